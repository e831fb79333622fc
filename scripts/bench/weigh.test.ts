import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { categorize, formatKB, gzipBytes, summarize } from './weigh.mjs';

describe('gzipBytes', () => {
  it('is deterministic and smaller than the input for repetitive text', () => {
    const body = Buffer.from('const x = 1;\n'.repeat(500));
    expect(gzipBytes(body)).toBe(gzipBytes(Buffer.from(body)));
    expect(gzipBytes(body)).toBeLessThan(body.length / 10);
  });

  it('counts an empty body as zero bytes', () => {
    expect(gzipBytes(Buffer.alloc(0))).toBe(0);
  });

  it('measures a real gzip stream of the body', () => {
    const body = Buffer.from('<!doctype html><title>x</title>');
    expect(gzipBytes(body)).toBeGreaterThan(body.length / 2);
    expect(gunzipSync(gzipSync(body, { level: 9 })).equals(body)).toBe(true);
  });
});

describe('categorize', () => {
  it('trusts the browser resource type first', () => {
    expect(categorize('http://localhost/_astro/a.js', 'script')).toBe('js');
    expect(categorize('http://localhost/x.css', 'stylesheet')).toBe('css');
    expect(categorize('http://localhost/lessons/a/', 'document')).toBe('html');
    expect(categorize('http://localhost/f.woff2', 'font')).toBe('font');
  });

  it('falls back to the extension for fetches and module preloads', () => {
    expect(categorize('http://localhost/_astro/client.B1.js', 'other')).toBe('js');
    expect(categorize('http://localhost/favicon.svg', 'other')).toBe('image');
    expect(categorize('http://localhost/pagefind/pagefind.wasm', 'fetch')).toBe('other');
  });
});

describe('summarize', () => {
  it('adds raw and gzip bytes per category and in total, counting every request', () => {
    const weight = summarize([
      { url: 'http://localhost/', resourceType: 'document', raw: 1000, gzip: 300 },
      { url: 'http://localhost/_astro/a.js', resourceType: 'script', raw: 2000, gzip: 700 },
      { url: 'http://localhost/_astro/b.js', resourceType: 'script', raw: 500, gzip: 200 },
      { url: 'http://localhost/favicon.svg', resourceType: 'other', raw: 400, gzip: 250 },
    ]);
    expect(weight.requests).toBe(4);
    expect(weight.totalRaw).toBe(3900);
    expect(weight.totalGzip).toBe(1450);
    expect(weight.byCategory.js).toEqual({ raw: 2500, gzip: 900, count: 2 });
    expect(weight.byCategory.image.count).toBe(1);
    expect(weight.byCategory.font).toEqual({ raw: 0, gzip: 0, count: 0 });
  });
});

it('formats bytes as KB with one decimal', () => {
  expect(formatKB(5120)).toBe('5.0 KB');
  expect(formatKB(1536)).toBe('1.5 KB');
});
