import { describe, expect, it } from 'vitest';
import { checkBudgets, describeFailures } from './budgets.mjs';
import { summarize } from './weigh.mjs';

const budgets = {
  everyPage: { foreignRequests: 0 },
  kinds: {
    reading: { jsGzipOnLoad: 5120, forbidsIsland: true },
    exercise: { jsGzip: 92160, requests: 15, requiresIsland: true },
    progress: {},
  },
};

function measurement(overrides: { kind: string; jsOnLoad?: number; jsScrolled?: number; requests?: number; inline?: number; foreign?: string[]; islands?: number }) {
  const requests = (js: number, count: number) => [
    { url: 'http://localhost/', resourceType: 'document', raw: 100, gzip: 50 },
    { url: 'http://localhost/_astro/a.js', resourceType: 'script', raw: js * 3, gzip: js },
    ...Array.from({ length: Math.max(0, count - 2) }, (_, i) => ({ url: `http://localhost/i${i}.svg`, resourceType: 'image', raw: 10, gzip: 10 })),
  ];
  return {
    kind: overrides.kind,
    path: 'x/',
    onLoad: summarize(requests(overrides.jsOnLoad ?? 0, 2)),
    scrolled: summarize(requests(overrides.jsScrolled ?? overrides.jsOnLoad ?? 0, overrides.requests ?? 2)),
    inlineJs: { raw: 0, gzip: overrides.inline ?? 0, count: overrides.inline ? 1 : 0 },
    foreign: overrides.foreign ?? [],
    islands: overrides.islands ?? 0,
  };
}

describe('checkBudgets', () => {
  it('passes a reading page at the limit and fails it one byte over, counting inline scripts', () => {
    expect(checkBudgets(measurement({ kind: 'reading', jsOnLoad: 5000, inline: 120 }), budgets).every((c) => c.ok)).toBe(true);
    const over = checkBudgets(measurement({ kind: 'reading', jsOnLoad: 5000, inline: 121 }), budgets);
    expect(describeFailures(over)).toEqual(['reading: jsGzipOnLoad is 5121, budget 5120']);
  });

  it('fails a reading page that has an island: it is no longer the page the budget is about', () => {
    const checks = checkBudgets(measurement({ kind: 'reading', jsOnLoad: 4000, islands: 1 }), budgets);
    expect(describeFailures(checks)).toEqual(['reading: islands is 1, budget none']);
  });

  it('checks the exercise against JS and request limits after scrolling, and requires an island', () => {
    const ok = checkBudgets(measurement({ kind: 'exercise', jsScrolled: 90_000, requests: 15, islands: 1 }), budgets);
    expect(ok.map((c) => c.metric)).toEqual(['foreignRequests', 'islands', 'jsGzip', 'requests']);
    expect(ok.every((c) => c.ok)).toBe(true);
    const heavy = checkBudgets(measurement({ kind: 'exercise', jsScrolled: 92_161, requests: 16, islands: 0 }), budgets);
    expect(describeFailures(heavy)).toEqual([
      'exercise: islands is 0, budget at least 1',
      'exercise: jsGzip is 92161, budget 92160',
      'exercise: requests is 16, budget 15',
    ]);
  });

  it('fails any page, with or without a budget of its own, that asks another origin for anything', () => {
    for (const kind of ['progress', 'unknown-kind']) {
      const checks = checkBudgets(measurement({ kind, foreign: ['https://fonts.example.com/a.woff2'] }), budgets);
      expect(describeFailures(checks)).toEqual([`${kind}: foreignRequests is 1, budget 0`]);
    }
  });
});
