// Reads and writes the committed report: each bench command replaces its own section of bench/report.json and
// re-renders bench/report.md from the whole, so weights, scaling and Lighthouse figures live side by side.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { renderReport } from './report.mjs';

const JSON_PATH = 'bench/report.json';
const MARKDOWN_PATH = 'bench/report.md';

/** Merges `sections` into bench/report.json and rewrites bench/report.md. */
export function saveReport(/** @type {Partial<import('./report.mjs').Report>} */ sections, /** @type {string} */ browserVersion) {
  const previous = existsSync(JSON_PATH) ? JSON.parse(readFileSync(JSON_PATH, 'utf8')) : {};
  const report = {
    ...previous,
    generatedAt: new Date().toISOString(),
    environment: { node: process.version, chromium: browserVersion, cpus: String(cpus().length) },
    ...sections,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync(JSON_PATH, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(MARKDOWN_PATH, renderReport(report));
}
