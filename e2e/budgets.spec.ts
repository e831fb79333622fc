import { expect, test } from '@playwright/test';
import { checkBudgets, describeFailures } from '../scripts/bench/budgets.mjs';
import { isBuilt, measurePage, readBudgets, readPages } from '../scripts/bench/measure.mjs';

// The deterministic part of `npm run bench`: what a first visit to each page kind loads (gzip bytes computed from the
// files, request counts) against bench/budgets.json. Timings and Lighthouse stay out of `npm test`: they are noisy.
const budgets = readBudgets();
const outDir = process.env.OUT_DIR || 'dist';

for (const entry of readPages()) {
  test(`${entry.label} stays within its budget (bench/budgets.json "${entry.kind}")`, async ({ browser, baseURL }) => {
    test.skip(!isBuilt(outDir, entry.path), `${entry.path} is not built yet: bench/pages.json points at a page that does not exist`);
    const measurement = await measurePage(browser, { siteUrl: baseURL!, entry });
    expect(measurement.scrolled.requests, 'the page loaded nothing: wrong URL?').toBeGreaterThan(0);
    expect(measurement.foreign, 'requests to other origins').toEqual([]);
    expect(describeFailures(checkBudgets(measurement, budgets))).toEqual([]);
  });
}
