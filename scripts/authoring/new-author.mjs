#!/usr/bin/env node
// npm run test:new-author: proves that a new author can add a lesson by following the README alone. It copies the
// course, writes the README's examples (a lesson, its check, its sorting exercise and its final-assessment question)
// into the files the README names, and runs the unit tests and the production build on the copy: both must pass, the
// new lesson must be built between the lessons its fractional `order` puts it, and the build must not print the
// bundler's MODULE_LEVEL_DIRECTIVE warnings that quote lesson files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from '../bench/site.mjs';

/**
 * The README's example files: each fenced block preceded (in the text since the previous block) by a backticked
 * `content/…` path is the content of that file, or, for a file that exists, entries to add to its `questions:` list.
 */
export function readmeExamples(/** @type {string} */ readme) {
  const examples = [];
  const fence = /```(\w+)\n([\s\S]*?)```/g;
  let textStart = 0;
  for (let match = fence.exec(readme); match; match = fence.exec(readme)) {
    const before = readme.slice(textStart, match.index);
    const paths = [...before.matchAll(/`(content\/(?:lessons|checks|exercises)\/[a-z0-9-]+\.(?:mdx|yaml))`/g)];
    textStart = match.index + match[0].length;
    if (paths.length > 0) examples.push({ file: paths.at(-1)[1], text: match[2] });
  }
  return examples;
}

/** Runs a command in the copy, printing its output as it goes; returns its combined output and status. */
function run(/** @type {string} */ dir, /** @type {string} */ command, /** @type {string[]} */ args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = output.split('\n').filter((line) => line.trim() && !/[├└]─/.test(line));
  // Every failed test by name, then the summary at the end.
  const failed = lines.filter((line) => /^\s*(FAIL|×)\s/.test(line));
  console.log([...new Set(failed)].slice(0, 40).concat(lines.slice(-15)).join('\n'));
  return { output, ok: result.status === 0 };
}

const root = resolve('.');
const examples = readmeExamples(readFileSync(join(root, 'README.md'), 'utf8'));
const failures = [];
const kinds = ['content/lessons/', 'content/checks/', 'content/exercises/', 'content/checks/final-assessment.yaml'];
for (const kind of kinds) {
  if (!examples.some((example) => example.file.startsWith(kind))) failures.push(`the README has no example for ${kind}`);
}
const lesson = examples.find((example) => example.file.startsWith('content/lessons/'));
const dir = copyProject(root, 'new-author');
try {
  for (const { file, text } of examples) {
    const path = join(dir, file);
    if (existsSync(path)) {
      // An existing file (the final assessment): the example's questions go at the start of its `questions:` list.
      const original = readFileSync(path, 'utf8');
      const added = original.replace(/^questions:\n/m, (list) => `${list}${text}`);
      if (added === original) failures.push(`${file} has no "questions:" list to add the README's example to`);
      writeFileSync(path, added);
      console.log(`added the README's example to ${file}`);
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${file} from the README`);
    }
  }
  const unit = run(dir, join(root, 'node_modules', '.bin', 'vitest'), ['run']);
  if (!unit.ok) failures.push('the unit tests fail on the course with the README\'s lesson added (output above)');
  const build = run(dir, 'npm', ['run', 'build']);
  if (!build.ok) failures.push('the build fails on the course with the README\'s lesson added (output above)');
  if (/MODULE_LEVEL_DIRECTIVE/.test(build.output)) failures.push('the build printed MODULE_LEVEL_DIRECTIVE warnings about lesson files');
  if (build.ok && lesson) {
    const id = lesson.file.replace(/^content\/lessons\/|\.mdx$/g, '');
    const page = join(dir, 'dist', 'lessons', id, 'index.html');
    if (!existsSync(page)) failures.push(`the build has no page lessons/${id}/`);
    else {
      // Its order (4.5 in the README) puts it after IaaS in practice and before PaaS in practice, with no renumbering.
      const html = readFileSync(page, 'utf8');
      const previous = /href="\/lessons\/([a-z0-9-]+)\/"[^>]*rel="prev"/.exec(html)?.[1];
      const next = /href="\/lessons\/([a-z0-9-]+)\/"[^>]*rel="next"/.exec(html)?.[1];
      if (previous !== 'iaas-in-practice' || next !== 'paas-in-practice') {
        failures.push(`lessons/${id}/ comes after ${previous} and before ${next}, not between iaas-in-practice and paas-in-practice`);
      } else {
        console.log(`lessons/${id}/ is built between ${previous} and ${next}`);
      }
    }
  }
} finally {
  // NEW_AUTHOR_KEEP=1 keeps the copy, to run one test or the dev server on it.
  if (process.env.NEW_AUTHOR_KEEP) console.log(`\nThe copy is kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nA new author following the README does not get a green course:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nThe README's ${examples.length} example files, added to a copy of the course, pass the unit tests and the build.`);
