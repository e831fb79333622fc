import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from './link-check.mjs';

const site = (base: string, links: string) => {
  const pages = new Map([
    ['index.html', `<a href="${base}lessons/a/">A</a>${links}`],
    ['lessons/a/index.html', '<h2 id="intro">Intro</h2><a href="../b/#missing">B</a>'],
    ['lessons/b/index.html', '<h2 id="start">Start</h2>'],
  ]);
  const files = new Set([...pages.keys(), 'favicon.svg']);
  return findBrokenLinks(pages, files, base);
};

describe('findBrokenLinks', () => {
  it('accepts working page, file and anchor links under a base path', () => {
    const broken = site('/course/', '<link href="/course/favicon.svg"><a href="lessons/b/#start">b</a><a href="#x" id="x">x</a>');
    expect(broken).toEqual([{ page: 'lessons/a/index.html', link: '../b/#missing', problem: 'no element with id "missing" on lessons/b/index.html' }]);
  });

  it('reports a missing page and a root-relative link that ignores the base path', () => {
    const broken = site('/course/', '<a href="/course/nowhere/">n</a><a href="/lessons/a/">root</a>');
    expect(broken.map((b) => b.problem)).toEqual([
      'no such page or file',
      'points outside the base path /course/',
      'no element with id "missing" on lessons/b/index.html',
    ]);
  });

  it('ignores links to other sites and mail addresses', () => {
    const broken = site('/', '<a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>');
    expect(broken).toHaveLength(1);
  });
});
