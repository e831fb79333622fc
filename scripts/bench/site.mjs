// Side-effectful helpers shared by the benchmark commands: build the site with timings, serve a build, start Chromium.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Chromium flags that keep a headless browser quiet on a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium when there is one, otherwise undefined (Playwright's own browser). */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Starts headless Chromium through Playwright. */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

const QUIET_ENV = { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };

/**
 * Runs a command to completion, resolving with its duration in ms; rejects with its output when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string> }} [options]
 */
export function run(command, args, options = {}) {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...QUIET_ENV, ...options.env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(performance.now() - started);
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Builds a project folder the way `npm run build` does (astro build, the Pagefind index, then the offline copy's
 * service worker), timing each step.
 * @param {{ cwd: string, outDir: string }} options
 */
export async function timedBuild({ cwd, outDir }) {
  const bin = (/** @type {string} */ name) => resolve(cwd, 'node_modules', '.bin', name);
  const astroBuildMs = await run(bin('astro'), ['build'], { cwd, env: { OUT_DIR: outDir } });
  const pagefindMs = await run(bin('pagefind'), ['--site', outDir, '--silent'], { cwd });
  const offlineMs = await run(process.execPath, [resolve(cwd, 'scripts', 'build-offline.mjs'), '--site', outDir], { cwd });
  return { astroBuildMs, pagefindMs, offlineMs };
}

/**
 * Serves a build with scripts/serve.mjs (which applies the build's _headers) and waits until it answers.
 * @param {{ dir: string, port: number }} options
 */
export async function serve({ dir, port }) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited (${child.exitCode}); is port ${port} free?`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`scripts/serve.mjs did not answer on ${url}`);
}

/**
 * Serves each build folder asked for, on consecutive ports from `firstPort`, starting each server on first use.
 * @param {number} firstPort
 */
export function serveBuilds(firstPort) {
  /** @type {Map<string, Promise<{ url: string, stop: () => void }>>} */
  const servers = new Map();
  return {
    /** The URL the build in `dir` is served at. */
    async urlFor(/** @type {string} */ dir) {
      if (!servers.has(dir)) servers.set(dir, serve({ dir, port: firstPort + servers.size }));
      return (await /** @type {Promise<{ url: string }>} */ (servers.get(dir))).url;
    },
    /** Stops every server started. */
    async stopAll() {
      for (const server of servers.values()) (await server.catch(() => null))?.stop();
    },
  };
}

// Not copied into the temporary project: outputs, caches and version control.
const SKIP = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report', 'bench']);

/** A clean copy of the project in a temporary folder, sharing installed packages but not their caches. */
export function copyProject(/** @type {string} */ root, /** @type {string} */ label) {
  const dir = mkdtempSync(join(tmpdir(), `course-${label}-`));
  for (const name of readdirSync(root)) {
    if (SKIP.has(name) || name.startsWith('dist')) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  // Link each package rather than node_modules itself, so Astro's content cache (node_modules/.astro) stays separate.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
