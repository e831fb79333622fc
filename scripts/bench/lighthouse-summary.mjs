// Pure reading of Lighthouse results: the figures the report keeps from one run, and the median of several runs.

/** The categories the quality bar sets targets for. */
export const CATEGORY_IDS = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {{ scores: Record<string, number>, lcpMs: number, tbtMs: number, cls: number, failing: string[] }} RunSummary
 */

/**
 * Scores (0-100), LCP, TBT, CLS and the audits that cost points, from one Lighthouse result (lhr).
 * @param {any} lhr
 * @returns {RunSummary}
 */
export function summarizeRun(lhr) {
  const scores = Object.fromEntries(CATEGORY_IDS.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
  const failing = new Set(/** @type {string[]} */ ([]));
  for (const id of CATEGORY_IDS) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${id}: ${ref.id} (${audit.title})`);
    }
  }
  return {
    scores,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    failing: [...failing],
  };
}

/** The median of numbers (the lower middle value for an even count). */
export function median(/** @type {number[]} */ values) {
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.floor((sorted.length - 1) / 2)]);
}

/**
 * Median of each figure over several runs of the same page; failing audits are those seen in any run.
 * @param {RunSummary[]} runs
 * @returns {RunSummary}
 */
export function medianOfRuns(runs) {
  return {
    scores: Object.fromEntries(CATEGORY_IDS.map((id) => [id, median(runs.map((run) => run.scores[id] ?? 0))])),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
    cls: median(runs.map((run) => run.cls)),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
  };
}
