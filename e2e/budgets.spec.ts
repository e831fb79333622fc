import { expect, test } from '@playwright/test';
import { checkBudgets, describeFailures } from '../scripts/bench/budgets.mjs';
import { isBuilt, measurePage, readBudgets, readPages } from '../scripts/bench/measure.mjs';

// The deterministic part of `npm run bench`: what a first visit to each page kind loads (gzip bytes computed from the
// files, request counts) against bench/budgets.json. Timings and Lighthouse stay out of `npm test`: they are noisy.
const budgets = readBudgets();
const outDir = process.env.OUT_DIR || 'dist';

// Page kinds that break their budget on the course as it stands. Their tests are expected to fail, so the rest of the
// suite stays usable, and they start failing the suite the moment the page fits: remove the entry with the fix.
// `npm run bench` still reports them as broken and exits non-zero.
const KNOWN_OVER_BUDGET: Record<string, string> = {
  reading:
    'first screen ships 6.3 KB gzip of JS against 5 KB: the 4.6 KB the home page ships (progress tracker and store 3.6 KB, search, theme and boot scripts 1.0 KB) plus Astro\'s island runtime (1.7 KB) for the knowledge check further down',
};

for (const entry of readPages()) {
  test(`${entry.label} stays within its budget (bench/budgets.json "${entry.kind}")`, async ({ browser, baseURL }) => {
    test.skip(!isBuilt(outDir, entry.path), `${entry.path} is not built yet: bench/pages.json points at a page that does not exist`);
    test.fail(entry.kind in KNOWN_OVER_BUDGET, `known to break its budget: ${KNOWN_OVER_BUDGET[entry.kind]}`);
    const measurement = await measurePage(browser, { siteUrl: baseURL!, entry });
    expect(measurement.scrolled.requests, 'the page loaded nothing: wrong URL?').toBeGreaterThan(0);
    expect(measurement.foreign, 'requests to other origins').toEqual([]);
    expect(describeFailures(checkBudgets(measurement, budgets))).toEqual([]);
  });
}
