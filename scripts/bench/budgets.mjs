// Pure comparison of measured page weights with the budgets in bench/budgets.json.
/** @typedef {import('./weigh.mjs').Weight} Weight */

/**
 * What one page kind may cost. All limits are optional; bytes are gzip.
 * @typedef {{
 *   jsGzipOnLoad?: number,
 *   jsGzip?: number,
 *   totalGzip?: number,
 *   requests?: number,
 *   requiresIsland?: boolean,
 *   forbidsIsland?: boolean,
 * }} KindBudget
 */
/** @typedef {{ everyPage: { foreignRequests: number }, kinds: Record<string, KindBudget> }} Budgets */
/**
 * A measured page: what the first load fetched (`onLoad`), what it had fetched after scrolling through the page so
 * every `client:visible` island hydrated (`scrolled`), the scripts inlined in its HTML, requests to other origins, and
 * how many islands it has.
 * @typedef {{
 *   kind: string, path: string, onLoad: Weight, scrolled: Weight, inlineJs: import('./weigh.mjs').Tally,
 *   foreign: string[], islands: number,
 * }} Measurement
 */
/** @typedef {{ kind: string, metric: string, limit: number | string, actual: number | string, ok: boolean }} BudgetCheck */

/** The metrics a budget can name, how to read each from a measurement, and what the report calls it. */
export const METRICS = /** @type {const} */ ({
  // JavaScript counts script files plus the scripts Astro inlined into the HTML.
  jsGzipOnLoad: { label: 'JS on load (gzip)', unit: 'bytes', read: (/** @type {Measurement} */ m) => m.onLoad.byCategory.js.gzip + m.inlineJs.gzip },
  jsGzip: { label: 'JS after scrolling through (gzip)', unit: 'bytes', read: (/** @type {Measurement} */ m) => m.scrolled.byCategory.js.gzip + m.inlineJs.gzip },
  totalGzip: { label: 'all bytes after scrolling through (gzip)', unit: 'bytes', read: (/** @type {Measurement} */ m) => m.scrolled.totalGzip },
  requests: { label: 'requests after scrolling through', unit: 'count', read: (/** @type {Measurement} */ m) => m.scrolled.requests },
});

/**
 * Every budget check for one measured page, passing or not.
 * @param {Measurement} measurement
 * @param {Budgets} budgets
 * @returns {BudgetCheck[]}
 */
export function checkBudgets(measurement, budgets) {
  const { kind } = measurement;
  const checks = /** @type {BudgetCheck[]} */ ([]);
  const limit = budgets.everyPage.foreignRequests;
  checks.push({ kind, metric: 'foreignRequests', limit, actual: measurement.foreign.length, ok: measurement.foreign.length <= limit });
  const budget = budgets.kinds[kind];
  if (!budget) return checks;
  if (budget.requiresIsland) {
    // A page listed as interactive that has no island would pass every limit while measuring the wrong page.
    checks.push({ kind, metric: 'islands', limit: 'at least 1', actual: measurement.islands, ok: measurement.islands > 0 });
  }
  if (budget.forbidsIsland) {
    // Likewise, a reading page that grew an island is no longer the page its budget is about.
    checks.push({ kind, metric: 'islands', limit: 'none', actual: measurement.islands, ok: measurement.islands === 0 });
  }
  for (const [metric, { read }] of Object.entries(METRICS)) {
    const max = budget[/** @type {keyof typeof METRICS} */ (metric)];
    if (typeof max !== 'number') continue;
    const actual = read(measurement);
    checks.push({ kind, metric, limit: max, actual, ok: actual <= max });
  }
  return checks;
}

/** Human-readable lines for the checks that failed. */
export function describeFailures(/** @type {BudgetCheck[]} */ checks) {
  return checks
    .filter((check) => !check.ok)
    .map((check) => `${check.kind}: ${check.metric} is ${check.actual}, budget ${check.limit}`);
}
