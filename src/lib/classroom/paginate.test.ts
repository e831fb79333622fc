import { describe, expect, it } from 'vitest';
import { blockWeight, paginateSection, topLevelBlocks } from './paginate';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('topLevelBlocks', () => {
  it('cuts at each top-level element and keeps nested markup, text and comments whole', () => {
    const html = '<h2 id="a">A</h2>\n<p>One <a href="x">two</a></p>\n<figure><figcaption>c</figcaption><ol><li>x</li></ol></figure>\n<img src="x.png" alt="y"><!-- note -->';
    expect(topLevelBlocks(html)).toEqual([
      '<h2 id="a">A</h2>\n',
      '<p>One <a href="x">two</a></p>\n',
      '<figure><figcaption>c</figcaption><ol><li>x</li></ol></figure>\n',
      '<img src="x.png" alt="y"><!-- note -->',
    ]);
    expect(topLevelBlocks(html).join('')).toBe(html);
  });

  it('keeps text that comes before the first element', () => {
    expect(topLevelBlocks('Lead text <p>p</p>')).toEqual(['Lead text <p>p</p>']);
    expect(topLevelBlocks('  ')).toEqual([]);
  });
});

describe('blockWeight', () => {
  it('counts words, plus a line for each heading, list item and table row', () => {
    expect(blockWeight(`<p>${words(10)}</p>`)).toBe(10);
    expect(blockWeight('<ul><li>a b</li><li>c</li></ul>')).toBe(3 + 2 * 4);
    expect(blockWeight('<table><tr><th>a</th></tr><tr><td>b</td></tr></table>')).toBe(2 + 2 * 4);
    expect(blockWeight('<h3>Two words</h3>')).toBe(2 + 6);
  });
});

describe('paginateSection', () => {
  it('leaves a short section on one slide, unchanged', () => {
    const html = `<h2 id="s">S</h2>\n<p>${words(40)}</p>\n<p>${words(40)}</p>`;
    expect(paginateSection(html, 130)).toEqual([html]);
  });

  it('splits a long section between blocks, never inside one, and loses nothing', () => {
    const paragraphs = Array.from({ length: 5 }, (_, index) => `<p>${words(50, `w${index}`)}</p>`);
    const html = `<h2 id="s">S</h2>${paragraphs.join('')}`;
    const pages = paginateSection(html, 130);
    expect(pages).toEqual([`<h2 id="s">S</h2>${paragraphs[0]}${paragraphs[1]}`, `${paragraphs[2]}${paragraphs[3]}`, paragraphs[4]]);
    expect(pages.join('')).toBe(html);
  });

  it('moves a subheading on with the block it introduces', () => {
    const html = `<h2 id="s">S</h2><p>${words(100)}</p><h3 id="t">Topic</h3><p>${words(60)}</p>`;
    expect(paginateSection(html, 130)).toEqual([`<h2 id="s">S</h2><p>${words(100)}</p>`, `<h3 id="t">Topic</h3><p>${words(60)}</p>`]);
  });

  it('gives a block heavier than a slide a page of its own', () => {
    const big = `<figure><ol>${Array.from({ length: 40 }, () => '<li>layer name</li>').join('')}</ol></figure>`;
    const html = `<h2 id="s">S</h2><p>${words(20)}</p>${big}<p>${words(20)}</p>`;
    expect(paginateSection(html, 130)).toEqual([`<h2 id="s">S</h2><p>${words(20)}</p>`, big, `<p>${words(20)}</p>`]);
  });
});
