#!/usr/bin/env node
// npm run test:dev-overlay: proves that `npm run dev` shows a content mistake in the browser instead of the page's last
// valid version. On a copy of the course it starts Astro's dev server (loopback, port DEV_OVERLAY_PORT, default 4407),
// opens a lesson in Chromium, breaks one content file at a time and waits for Astro's error overlay to name the file
// and the field; then puts the file back and waits for the overlay to go and the lesson to return.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, launchChromium } from '../bench/site.mjs';

const PORT = Number(process.env.DEV_OVERLAY_PORT ?? 4407);
const SHOTS = process.env.DEV_OVERLAY_SHOTS;
const LESSON = `http://127.0.0.1:${PORT}/lessons/iaas-in-practice/`;

/** Each mistake: the file, the edit, and what the overlay must say. */
const MISTAKES = [
  {
    name: 'a misspelt field of a check',
    file: 'content/checks/iaas-in-practice.yaml',
    edit: (/** @type {string} */ text) => text.replace('shuffle: true', 'shufle: true'),
    expect: ['content/checks/iaas-in-practice.yaml', 'shufle', 'did you mean `shuffle`?'],
  },
  {
    name: 'a misspelt component in the lesson',
    file: 'content/lessons/iaas-in-practice.mdx',
    edit: (/** @type {string} */ text) => text.replace('<ResponsibilitySort id="iaas-duties"', '<ResponsibiltySort id="iaas-duties"'),
    expect: ['content/lessons/iaas-in-practice.mdx', '<ResponsibiltySort> is not a component lessons can use'],
  },
  {
    name: 'a misspelt field of a glossary entry',
    file: 'content/glossary.yaml',
    edit: (/** @type {string} */ text) => text.replace('  related: [shared-responsibility-model]', '  relatd: [shared-responsibility-model]'),
    expect: ['content/glossary.yaml', 'relatd', 'did you mean `related`?'],
  },
];

const sleep = (/** @type {number} */ ms) => new Promise((done) => setTimeout(done, ms));

/** Waits until `check` returns a truthy value, or gives up after `ms`. */
async function waitFor(/** @type {() => Promise<unknown>} */ check, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    await sleep(500);
  }
  return undefined;
}

const root = resolve('.');
const dir = copyProject(root, 'dev-overlay');
const server = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(PORT)], {
  cwd: dir,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  /** The text of Astro's error overlay, or '' when there is none. */
  const overlay = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
  const ready = await waitFor(async () => (await page.goto(LESSON, { timeout: 60_000 }))?.ok(), 180_000);
  if (!ready) throw new Error(`the dev server did not serve ${LESSON}:\n${log.slice(-2000)}`);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  for (const mistake of MISTAKES) {
    const before = failures.length;
    const path = join(dir, mistake.file);
    const original = readFileSync(path, 'utf8');
    const broken = mistake.edit(original);
    if (broken === original) {
      failures.push(`${mistake.name}: the edit did not apply to ${mistake.file}`);
      continue;
    }
    writeFileSync(path, broken);
    // The open page reloads on its own; a fresh visit must show the mistake too, never the last valid lesson.
    const shown = await waitFor(async () => {
      const text = await overlay();
      return mistake.expect.every((part) => text.includes(part)) ? text : undefined;
    });
    if (!shown) failures.push(`${mistake.name}: the open page's overlay does not say ${mistake.expect.map((part) => `"${part}"`).join(', ')} (it says: ${(await overlay()).slice(0, 300) || 'nothing'})`);
    await page.goto(LESSON);
    const visited = await waitFor(async () => (await overlay()).includes(mistake.expect[0]));
    if (!visited) failures.push(`${mistake.name}: a fresh visit shows the page without the error`);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `dev-overlay-${mistake.file.replace(/\W+/g, '-')}.png`) });
    writeFileSync(path, original);
    const back = await waitFor(async () => {
      if (await overlay()) return false;
      return (await page.getByRole('heading', { level: 1 }).textContent({ timeout: 1000 }))?.includes('IaaS');
    });
    if (!back) failures.push(`${mistake.name}: once fixed, the lesson does not come back without the overlay`);
    console.log(`${failures.length === before ? 'ok' : 'FAILED'} ${mistake.name}`);
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await sleep(500);
  rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nnpm run dev does not show content mistakes as it should:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Each of ${MISTAKES.length} content mistakes shows in the dev overlay with its file and field, and goes once fixed.`);
