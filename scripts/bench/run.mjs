#!/usr/bin/env node
// npm run bench: builds the site and the fixture site (or reuses dist/ and dist-fixture/ with --no-build), serves
// them with their production headers, loads each page kind of bench/pages.json as a first visit in headless Chromium,
// checks bench/budgets.json, measures build scaling with a synthetic course (skip with --no-scale), writes
// bench/report.{json,md}, and exits 1 when a budget is broken. It also runs the live-session benchmark (simulated
// learners over WebSockets on loopback, scripts/bench/live.mjs; skip with --no-live), whose timings it reports only.
// Usage: node scripts/bench/run.mjs [--no-build] [--no-scale] [--no-live] [--lessons 200] [--port 4415]
// The live benchmark's classroom server listens on CLASSROOM_BENCH_PORT (default 4425).
import { parseArgs } from 'node:util';
import { METRICS, checkBudgets, describeFailures } from './budgets.mjs';
import { buildFixtureSite } from './fixture-site.mjs';
import { buildFor, isBuilt, measurePage, readBudgets, readPages } from './measure.mjs';
import { saveReport } from './report-file.mjs';
import { launchChromium, serveBuilds, timedBuild } from './site.mjs';
import { measureScaling } from './scale.mjs';
import { measureLive } from './live.mjs';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    'no-live': { type: 'boolean', default: false },
    lessons: { type: 'string', default: '200' },
    port: { type: 'string', default: process.env.BENCH_PORT || '4415' },
  },
});
const outDir = 'dist';
const port = Number(values.port);

let build;
if (!values['no-build']) {
  console.log('Building the site…');
  build = await timedBuild({ cwd: process.cwd(), outDir });
  console.log(
    `  astro build ${(build.astroBuildMs / 1000).toFixed(1)} s, pagefind ${(build.pagefindMs / 1000).toFixed(1)} s, offline copy ${(build.offlineMs / 1000).toFixed(1)} s`,
  );
  console.log('Building the fixture site (the course plus a reading-only lesson)…');
  await buildFixtureSite({ root: process.cwd() });
}

const budgets = readBudgets();
const browser = await launchChromium();
const servers = serveBuilds(port);
/** @type {import('./report.mjs').PageResult[]} */
const pages = [];
try {
  for (const entry of readPages()) {
    const dir = buildFor(entry, outDir);
    if (!isBuilt(dir, entry.path)) {
      console.log(`${entry.label}: not built yet (${dir}/${entry.path})`);
      pages.push({ ...entry, status: 'not built yet' });
      continue;
    }
    const measurement = await measurePage(browser, { siteUrl: await servers.urlFor(dir), entry });
    const checks = checkBudgets(measurement, budgets);
    pages.push({ ...entry, status: 'measured', ...measurement, checks });
    const js = (METRICS.jsGzip.read(measurement) / 1024).toFixed(1);
    console.log(`${entry.label}: ${js} KB JS gzip, ${measurement.scrolled.requests} requests${checks.every((c) => c.ok) ? '' : ' — OVER BUDGET'}`);
  }
} finally {
  await servers.stopAll();
}

let scale;
if (!values['no-scale']) {
  console.log(`Building the real course and a synthetic course of ${values.lessons} lessons in temporary folders…`);
  scale = await measureScaling({ root: process.cwd(), total: Number(values.lessons), browser, port });
  console.log(`  real: ${(scale.real.astroBuildMs / 1000).toFixed(1)} s for ${scale.real.lessons} lessons; synthetic: ${(scale.synthetic.astroBuildMs / 1000).toFixed(1)} s for ${scale.synthetic.lessons}`);
}
const version = browser.version();
await browser.close();

let live;
if (!values['no-live']) {
  console.log('Live sessions: simulated learners over WebSockets on loopback…');
  live = await measureLive({ dir: outDir, port: Number(process.env.CLASSROOM_BENCH_PORT || 4425) });
  if (live.target.met === false) console.warn(`  Target missed: ${live.target.participants} learners, tally p95 over ${live.target.p95Ms} ms.`);
}

saveReport({ weights: { pages, ...(build ? { build } : {}) }, ...(scale ? { scale } : {}), ...(live ? { live } : {}) }, version);
console.log('Wrote bench/report.md and bench/report.json');
const failures = describeFailures(pages.flatMap((page) => page.checks ?? []));
if (failures.length) {
  console.error(`Budgets broken:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
