import { describe, expect, it } from 'vitest';
import { median, medianOfRuns, summarizeRun } from './lighthouse-summary.mjs';

const lhr = (performance: number, tbt: number, failingAudit?: string) => ({
  categories: {
    performance: { score: performance, auditRefs: [{ id: 'total-blocking-time', weight: 30 }, { id: 'diagnostics', weight: 0 }] },
    accessibility: { score: 1, auditRefs: failingAudit ? [{ id: failingAudit, weight: 7 }] : [] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 0.92, auditRefs: [] },
  },
  audits: {
    'largest-contentful-paint': { numericValue: 1234.5 },
    'total-blocking-time': { numericValue: tbt, score: tbt > 50 ? 0.9 : 1, title: 'Total Blocking Time' },
    'cumulative-layout-shift': { numericValue: 0.00012 },
    diagnostics: { score: 0, title: 'not scored' },
    ...(failingAudit ? { [failingAudit]: { score: 0, title: 'Background and foreground colors have sufficient contrast' } } : {}),
  },
});

describe('summarizeRun', () => {
  it('keeps scores out of 100, the three metrics and only the weighted audits that lost points', () => {
    const run = summarizeRun(lhr(0.99, 80, 'color-contrast'));
    expect(run.scores).toEqual({ performance: 99, accessibility: 100, 'best-practices': 100, seo: 92 });
    expect(run).toMatchObject({ lcpMs: 1234.5, tbtMs: 80, cls: 0 });
    expect(run.failing).toEqual([
      'performance: total-blocking-time (Total Blocking Time)',
      'accessibility: color-contrast (Background and foreground colors have sufficient contrast)',
    ]);
  });
});

describe('medianOfRuns', () => {
  it('takes the median of each figure separately and reports audits failing in any run', () => {
    const result = medianOfRuns([summarizeRun(lhr(1, 0)), summarizeRun(lhr(0.9, 120, 'color-contrast')), summarizeRun(lhr(0.97, 30))]);
    expect(result.scores.performance).toBe(97);
    expect(result.tbtMs).toBe(30);
    expect(result.failing).toHaveLength(2);
  });

  it('uses the lower middle value for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});
