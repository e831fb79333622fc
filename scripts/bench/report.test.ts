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
