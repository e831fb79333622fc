import { expect, test } from '@playwright/test';
import { checkBudgets, describeFailures } from '../scripts/bench/budgets.mjs';
import { buildFor, isBuilt, measurePage, readBudgets, readPages } from '../scripts/bench/measure.mjs';
import { FIXTURE_URL } from './sites';

// The deterministic part of `npm run bench`: what a first visit to each page kind loads (gzip bytes computed from the
// files, request counts) against bench/budgets.json. Timings and Lighthouse stay out of `npm test`: they are noisy.
// The reading kind lives in the fixture site (npm run build:fixture), served by playwright.config.ts.
const budgets = readBudgets();
const outDir = process.env.OUT_DIR || 'dist';

for (const entry of readPages()) {
  test(`${entry.label} stays within its budget (bench/budgets.json "${entry.kind}")`, async ({ browser, baseURL }) => {
    const dir = buildFor(entry, outDir);
    // npm test builds every site; only a hand-run spec may lack one. In CI a missing page is a failure, not a skip.
    if (!process.env.CI) test.skip(!isBuilt(dir, entry.path), `${dir}/${entry.path} is not built: run npm run build${entry.site ? `:${entry.site}` : ''}`);
    const measurement = await measurePage(browser, { siteUrl: entry.site === 'fixture' ? FIXTURE_URL : baseURL!, entry });
    expect(measurement.scrolled.requests, 'the page loaded nothing: wrong URL?').toBeGreaterThan(0);
    expect(measurement.foreign, 'requests to other origins').toEqual([]);
    expect(describeFailures(checkBudgets(measurement, budgets))).toEqual([]);
  });
}
