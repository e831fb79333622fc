import { expect, it } from 'vitest';
import { renderReport } from './report.mjs';
import { summarize } from './weigh.mjs';

it('reports measured pages, pages not built yet and broken budgets in words', () => {
  const weight = summarize([{ url: 'http://localhost/_astro/a.js', resourceType: 'script', raw: 300_000, gzip: 100_000 }]);
  const text = renderReport({
    weights: {
      pages: [
        {
          kind: 'exercise',
          label: 'Exercise',
          path: 'exercises/x/',
          status: 'measured',
          onLoad: weight,
          scrolled: weight,
          inlineJs: { raw: 0, gzip: 0, count: 0 },
          foreign: [],
          islands: 1,
          checks: [{ kind: 'exercise', metric: 'jsGzip', limit: 92160, actual: 100_000, ok: false }],
        },
        { kind: 'presenter', label: 'Presenter view', path: 'present/', status: 'not built yet' },
      ],
    },
  });
  expect(text).toContain('| Exercise (`exercises/x/`) | 97.7 KB | 97.7 KB (1 files) |');
  expect(text).toContain('| Exercise | JS after scrolling through (gzip) | 90.0 KB | 97.7 KB | **FAIL** |');
  expect(text).toContain('| Presenter view (`present/`) | not built yet |');
  expect(text).toContain('No page made a request to another origin.');
});

it('says where a page measured on the fixture site comes from, and only then', () => {
  const weight = summarize([{ url: 'http://localhost/_astro/a.js', resourceType: 'script', raw: 3000, gzip: 1000 }]);
  const page = { kind: 'reading', label: 'Reading', path: 'lessons/r/', status: 'measured' as const, onLoad: weight, scrolled: weight, inlineJs: { raw: 0, gzip: 0, count: 0 }, foreign: [], islands: 0, checks: [] };
  expect(renderReport({ weights: { pages: [{ ...page, site: 'fixture' as const }] } })).toContain('measured on the fixture');
  expect(renderReport({ weights: { pages: [page] } })).not.toContain('fixture');
});

it('reports live sessions per class size against the target', () => {
  const text = renderReport({
    live: {
      classes: [
        { participants: 200, rounds: 20, spreadMs: 1000, joinMs: 950, tallyAfterLastAnswerMs: { median: 3, p95: 61, max: 70 }, serverMemoryMB: { rssAfterJoin: 107, rss: 115.2, heapUsed: 21.5 }, messagesPerSecond: 768 },
      ],
      target: { participants: 200, p95Ms: 250, met: true },
    },
  });
  expect(text).toContain('answer 20 questions, each round\'s answers spread over 1.0 s');
  expect(text).toContain('| 200 | 950 ms | 3 ms | 61 ms | 70 ms | 107 / 115.2 MB | 21.5 MB | 768 |');
  expect(text).toContain('tally within 250 ms at the 95th percentile: met.');
});
