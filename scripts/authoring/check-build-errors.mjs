#!/usr/bin/env node
// npm run test:authoring: proves that bad authored content stops the real build with a message an author can act on.
// For each case of bad-content.mjs it breaks one file in a temporary copy of the project, runs `astro build`, and
// checks that the build fails and that its output names the file and the question (or option, or lesson).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from '../bench/site.mjs';
import { BAD_CONTENT } from './bad-content.mjs';

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
    console.log(`${failures.length === before ? 'ok' : 'FAILED'} ${bad.name}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nBad content did not stop the build as it should:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Every kind of bad check (${BAD_CONTENT.length}) stops the build, naming the file and what to fix.`);
