// Turns the benchmark's JSON (bench/report.json) into the Markdown report (bench/report.md). Pure: data in, text out.
import { formatKB } from './weigh.mjs';
import { METRICS } from './budgets.mjs';

/** @typedef {import('./budgets.mjs').BudgetCheck} BudgetCheck */
/** @typedef {import('./weigh.mjs').Weight} Weight */
/**
 * @typedef {{
 *   kind: string, label: string, path: string, site?: 'fixture', status: 'measured' | 'not built yet',
 *   onLoad?: Weight, scrolled?: Weight, inlineJs?: import('./weigh.mjs').Tally, foreign?: string[], islands?: number,
 *   checks?: BudgetCheck[]
 * }} PageResult
 */
/**
 * @typedef {{
 *   kind: string, label: string, runs: number, scores: Record<string, number>, lcpMs: number, tbtMs: number, cls: number,
 *   failing: string[]
 * }} LighthouseResult
 */
/**
 * @typedef {{
 *   lessons: number, pages: number, checks: number, astroBuildMs: number, pagefindMs: number, msPerLesson: number,
 *   lessonHtmlGzip: number, lessonPageGzip: number, lessonPageJsGzip: number, distBytes: number
 * }} BuildFigures
 */
/**
 * @typedef {{
 *   participants: number, rounds: number, spreadMs: number, joinMs: number,
 *   tallyAfterLastAnswerMs: { median: number, p95: number, max: number },
 *   serverMemoryMB: { rssAfterJoin: number, rss: number, heapUsed: number }, messagesPerSecond: number
 * }} LiveClassResult
 */
/**
 * @typedef {{
 *   generatedAt?: string,
 *   environment?: Record<string, string>,
 *   weights?: { pages: PageResult[], build?: { astroBuildMs: number, pagefindMs: number, offlineMs?: number } },
 *   scale?: { real: BuildFigures, synthetic: BuildFigures, note?: string },
 *   lighthouse?: { generatedAt: string, runs: number, pages: (LighthouseResult | { kind: string, label: string, status: string })[] },
 *   live?: { classes: LiveClassResult[], target: { participants: number, p95Ms: number, met: boolean | null } },
 * }} Report
 */

const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
const seconds = (/** @type {number} */ value) => `${(value / 1000).toFixed(1)} s`;

/** Renders one budget limit or figure in the metric's unit. */
function formatMetric(/** @type {string} */ metric, /** @type {number | string} */ value) {
  const unit = /** @type {Record<string, { unit: string }>} */ (METRICS)[metric]?.unit;
  return unit === 'bytes' && typeof value === 'number' ? formatKB(value) : String(value);
}

/** The Markdown report. */
export function renderReport(/** @type {Report} */ report) {
  const lines = ['# Benchmark report', ''];
  lines.push(
    'Written by `npm run bench` (page weights, budgets, build scaling) and `npm run bench:lighthouse`. Budgets live in',
    '`bench/budgets.json`, the page standing for each kind in `bench/pages.json`. Gzip sizes are computed from the served',
    'files with zlib (level 9), so they do not depend on the machine; times do.',
    '',
  );
  if (report.environment) {
    lines.push(Object.entries(report.environment).map(([key, value]) => `${key}: ${value}`).join(' · '), '');
  }
  if (report.weights) lines.push(...renderWeights(report.weights.pages));
  if (report.scale) lines.push(...renderScale(report.scale));
  if (report.live) lines.push(...renderLive(report.live));
  if (report.lighthouse) lines.push(...renderLighthouse(report.lighthouse));
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderWeights(/** @type {PageResult[]} */ pages) {
  const lines = ['## What a first visit loads', ''];
  lines.push(
    '"On load": after the load event and network idle, first screen only. "Scrolled": after scrolling through the',
    'whole page, when every island has hydrated. JS counts script files plus the scripts Astro inlines into the HTML',
    '(the "inline" figure, also part of the HTML bytes). Search (Pagefind) loads only when opened, so it is not counted.',
    'All columns but "JS on load" are after scrolling; bytes are gzip unless marked raw.',
    ...(pages.some((page) => page.site === 'fixture')
      ? [
          'Every lesson of this course ends with a knowledge check, so the reading-only lesson is measured on the fixture',
          'site (`npm run build:fixture`): the course plus a copy of lesson 1 with its check taken out.',
        ]
      : []),
    '',
    '| page | JS on load | JS scrolled | of which inline | CSS | HTML | fonts | images | all (gzip) | all (raw) | requests | islands |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const page of pages) {
    if (page.status !== 'measured' || !page.onLoad || !page.scrolled) {
      lines.push(`| ${page.label} (\`${page.path || '/'}\`) | not built yet |  |  |  |  |  |  |  |  |  |  |`);
      continue;
    }
    const s = page.scrolled.byCategory;
    const inline = page.inlineJs ?? { raw: 0, gzip: 0, count: 0 };
    lines.push(
      `| ${page.label} (\`${page.path || '/'}\`) | ${formatKB(page.onLoad.byCategory.js.gzip + inline.gzip)} | ${formatKB(s.js.gzip + inline.gzip)} (${s.js.count} files) | ${formatKB(inline.gzip)} (${inline.count}) | ${formatKB(s.css.gzip)} | ${formatKB(s.html.gzip)} | ${formatKB(s.font.gzip)} | ${formatKB(s.image.gzip)} | ${formatKB(page.scrolled.totalGzip)} | ${formatKB(page.scrolled.totalRaw)} | ${page.scrolled.requests} | ${page.islands} |`,
    );
  }
  lines.push('', '### Budgets', '', '| page | budget | limit | measured | result |', '|---|---|---|---|---|');
  for (const page of pages) {
    if (page.status !== 'measured') {
      lines.push(`| ${page.label} | all | | not built yet | not checked |`);
      continue;
    }
    for (const check of page.checks ?? []) {
      const label = /** @type {Record<string, { label: string }>} */ (METRICS)[check.metric]?.label ?? check.metric;
      lines.push(
        `| ${page.label} | ${label} | ${formatMetric(check.metric, check.limit)} | ${formatMetric(check.metric, check.actual)} | ${check.ok ? 'pass' : '**FAIL**'} |`,
      );
    }
  }
  const foreign = pages.flatMap((page) => page.foreign ?? []);
  lines.push('', foreign.length ? `Requests to other origins: ${foreign.join(', ')}` : 'No page made a request to another origin.', '');
  return lines;
}

function renderScale(/** @type {NonNullable<Report['scale']>} */ scale) {
  const row = (/** @type {string} */ name, /** @type {BuildFigures} */ f) =>
    `| ${name} | ${f.lessons} | ${f.checks} | ${f.pages} | ${seconds(f.astroBuildMs)} | ${seconds(f.pagefindMs)} | ${ms(f.msPerLesson)} | ${formatKB(f.lessonHtmlGzip)} | ${formatKB(f.lessonPageGzip)} | ${formatKB(f.lessonPageJsGzip)} | ${(f.distBytes / 1024 / 1024).toFixed(1)} MB |`;
  return [
    '## Build cost as the course grows',
    '',
    '| course | lessons | check files | pages | astro build | pagefind | astro build per lesson | lesson HTML (gzip, median) | lesson page, all (gzip) | lesson page JS (gzip) | dist size |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    row('this course', scale.real),
    row('synthetic', scale.synthetic),
    '',
    ...(scale.note ? [scale.note, ''] : []),
  ];
}

function renderLive(/** @type {NonNullable<Report['live']>} */ live) {
  const first = live.classes[0];
  const lines = [
    '## Live sessions',
    '',
    'Simulated learners over real WebSockets on loopback join the classroom server (`npm run classroom`, in a process of',
    `its own) and answer ${first ? first.rounds : ''} questions, each round's answers spread over ${first ? seconds(first.spreadMs) : '1 s'}. "Tally after the last`,
    'answer" is the time from the last answer sent to the presenter receiving a tally that counts every answer. Messages per',
    'second count both ways (answers, acknowledgements, the presenter\'s tallies) while the class answers.',
    '',
    '| learners | all joined in | tally after the last answer: median | p95 | max | server memory (RSS) after joining / answering | heap used | messages per second |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const c of live.classes) {
    lines.push(
      `| ${c.participants} | ${ms(c.joinMs)} | ${ms(c.tallyAfterLastAnswerMs.median)} | ${ms(c.tallyAfterLastAnswerMs.p95)} | ${ms(c.tallyAfterLastAnswerMs.max)} | ${c.serverMemoryMB.rssAfterJoin} / ${c.serverMemoryMB.rss} MB | ${c.serverMemoryMB.heapUsed} MB | ${c.messagesPerSecond} |`,
    );
  }
  const verdict = live.target.met === null ? 'not measured' : live.target.met ? 'met' : '**missed**';
  lines.push('', `Target: ${live.target.participants} learners answering within one second, tally within ${live.target.p95Ms} ms at the 95th percentile: ${verdict}.`, '');
  return lines;
}

function renderLighthouse(/** @type {NonNullable<Report['lighthouse']>} */ lighthouse) {
  const lines = [
    '## Lighthouse (mobile)',
    '',
    `Lighthouse 13.5, default mobile settings (simulated throttling), median of ${lighthouse.runs} runs per page, served from localhost with the production headers. Run ${lighthouse.generatedAt}.`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const page of lighthouse.pages) {
    if (!('scores' in page)) {
      lines.push(`| ${page.label} | ${page.status} |  |  |  |  |  |  |`);
      continue;
    }
    const s = page.scores;
    lines.push(
      `| ${page.label} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${ms(page.lcpMs)} | ${ms(page.tbtMs)} | ${page.cls} |`,
    );
  }
  lines.push('');
  const failing = lighthouse.pages.flatMap((page) => ('failing' in page ? page.failing.map((audit) => `- ${page.label}: ${audit}`) : []));
  lines.push(...(failing.length ? ['Audits that cost points in at least one run:', '', ...failing] : ['No scored audit lost points in any run.']), '');
  return lines;
}

/** Checks of a whole run that failed, across pages. */
export function failedChecks(/** @type {PageResult[]} */ pages) {
  return pages.flatMap((page) => (page.checks ?? []).filter((check) => !check.ok));
}
