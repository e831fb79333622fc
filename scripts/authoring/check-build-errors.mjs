#!/usr/bin/env node
// npm run test:authoring: proves that bad authored content stops the real build with a message an author can act on.
// For each case of bad-content.mjs it breaks one file in a temporary copy of the project, runs `astro build`, and
// checks that the build fails, that its output names the file and the field (or question, option, component), that
// the message is printed once and that `Location:` points at the author's file and line. It prints what the build
// said for each case, so that the messages an author meets can be read here.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from '../bench/site.mjs';
import { BAD_CONTENT } from './bad-content.mjs';

/** The build's error, without its stack trace and with the temporary folder left out of paths. */
function buildMessage(/** @type {string} */ output, /** @type {string} */ dir) {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => /^(content\/|The item-writing check|\[|\S+ has (a problem|\d+ problems))/.test(line) && !/\[(WARN|vite|content|build|types)\]/.test(line));
  const end = lines.findIndex((line, index) => index > start && /^\s*Stack trace:/.test(line));
  const message = start === -1 ? lines.slice(-8) : lines.slice(start, end === -1 ? start + 12 : end);
  return message.join('\n').replaceAll(`${dir}/`, '').trimEnd();
}

/** Indents a block of text under the case it belongs to. */
const indent = (/** @type {string} */ text) => text.replace(/^/gm, '    │ ');

const root = resolve('.');
const dir = copyProject(root, 'authoring');
const failures = [];
try {
  for (const bad of BAD_CONTENT) {
    const before = failures.length;
    const path = join(dir, bad.file);
    const original = readFileSync(path, 'utf8');
    const broken = bad.edit(original);
    if (broken === original) {
      failures.push(`${bad.name}: the edit did not apply to ${bad.file} (has the file changed?)`);
      continue;
    }
    writeFileSync(path, broken);
    const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, OUT_DIR: join(dir, 'dist-authoring'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    writeFileSync(path, original);
    // Astro colours its messages; compare the plain text.
    const output = `${build.stdout}\n${build.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    if (build.status === 0) failures.push(`${bad.name}: the build succeeded`);
    for (const text of bad.expect) {
      if (!output.includes(text)) failures.push(`${bad.name}: the build output does not say "${text}"`);
    }
    if (bad.once) {
      const times = output.split(bad.once).length - 1;
      if (times !== 1) failures.push(`${bad.name}: the build printed "${bad.once}" ${times} times, not once`);
    }
    const location = /Location:\s*\n\s*(\S+)/.exec(output)?.[1];
    const expectedLocation = typeof bad.location === 'function' ? bad.location(broken) : bad.location;
    if (expectedLocation && !location?.includes(expectedLocation)) {
      failures.push(`${bad.name}: Location: is ${location ?? 'missing'}, not the author's ${expectedLocation}`);
    }
    if (location && (/:0:0$/.test(location) || location.includes('node_modules'))) {
      failures.push(`${bad.name}: Location: ${location} does not point at the author's file`);
    }
    console.log(`${failures.length === before ? 'ok' : 'FAILED'} ${bad.name}`);
    console.log(indent(buildMessage(output, dir)));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nBad content did not stop the build as it should:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Every kind of bad content (${BAD_CONTENT.length}) stops the build once, naming the file, its line and what to fix.`);
