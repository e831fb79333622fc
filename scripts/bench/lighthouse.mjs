#!/usr/bin/env node
// npm run bench:lighthouse: Lighthouse (mobile defaults) on each page kind of bench/pages.json, several runs each,
// against the production build served with its headers; writes the medians into bench/report.{json,md} and lists
// the audits that cost points. Noisy on a shared machine, so it is not part of npm test.
// Lighthouse is not a dependency of the project (it would add some 90 packages to every install): npx fetches the
// pinned version on first use and reuses its cache afterwards.
// Usage: node scripts/bench/lighthouse.mjs [--runs 3] [--port 4415] [--build]
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { medianOfRuns, summarizeRun } from './lighthouse-summary.mjs';
import { buildFixtureSite } from './fixture-site.mjs';
import { buildFor, isBuilt, readPages } from './measure.mjs';
import { saveReport } from './report-file.mjs';
import { CHROMIUM_FLAGS, chromiumPath, serveBuilds, timedBuild } from './site.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.BENCH_PORT || '4415' },
    build: { type: 'boolean', default: false },
  },
});
const outDir = 'dist';
const runs = Number(values.runs);
if (values.build) {
  await timedBuild({ cwd: process.cwd(), outDir });
  await buildFixtureSite({ root: process.cwd() });
}

/** The Lighthouse release the report's figures come from. */
const LIGHTHOUSE = 'lighthouse@13.5.0';

/** One Lighthouse run; resolves with its JSON result. */
function lighthouse(/** @type {string} */ url) {
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
  ];
  return new Promise((done, reject) => {
    const env = { ...process.env, ...(chromiumPath() ? { CHROME_PATH: chromiumPath() } : {}) };
    const child = spawn('npx', ['--yes', LIGHTHOUSE, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code === 0) done(JSON.parse(stdout));
      else reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

/** Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART); such a run is simply repeated. */
async function withRetries(/** @type {() => Promise<any>} */ attempt, tries = 3) {
  for (let left = tries; ; left -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (left <= 1) throw error;
      console.warn(`  retrying: ${String(error).split('\n')[0]}`);
    }
  }
}

const servers = serveBuilds(Number(values.port));
/** @type {NonNullable<import('./report.mjs').Report['lighthouse']>['pages']} */
const pages = [];
let chromiumVersion = 'unknown';
try {
  for (const entry of readPages()) {
    const dir = buildFor(entry, outDir);
    if (!isBuilt(dir, entry.path)) {
      console.log(`${entry.label}: not built yet`);
      pages.push({ kind: entry.kind, label: entry.label, status: 'not built yet' });
      continue;
    }
    const siteUrl = await servers.urlFor(dir);
    const summaries = [];
    for (let run = 0; run < runs; run += 1) {
      const lhr = await withRetries(() => lighthouse(new URL(entry.path, siteUrl).href));
      chromiumVersion = lhr.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/)?.[1] ?? chromiumVersion;
      summaries.push(summarizeRun(lhr));
    }
    const result = medianOfRuns(summaries);
    const s = result.scores;
    console.log(
      `${entry.label}: ${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms, CLS ${result.cls}`,
    );
    for (const audit of result.failing) console.log(`  lost points: ${audit}`);
    pages.push({ kind: entry.kind, label: entry.label, runs, ...result });
  }
} finally {
  await servers.stopAll();
}
saveReport({ lighthouse: { generatedAt: new Date().toISOString(), runs, pages } }, chromiumVersion);
console.log('Wrote bench/report.md and bench/report.json');
