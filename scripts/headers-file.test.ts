import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const FILE = `
# Every page
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; script-src 'self'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('_headers file', () => {
  const rules = parseHeadersFile(FILE);
  it('reads patterns and their headers, keeping values that contain colons', () => {
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Content-Security-Policy', "default-src 'self'; script-src 'self'"],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    ]);
  });
  it('applies every matching rule to a path', () => {
    expect(headersFor(rules, '/_astro/app.js').map(([name]) => name)).toEqual([
      'X-Content-Type-Options',
      'Content-Security-Policy',
      'Cache-Control',
    ]);
    expect(headersFor(rules, '/lessons/x/').map(([name]) => name)).toEqual(['X-Content-Type-Options', 'Content-Security-Policy']);
  });
});
