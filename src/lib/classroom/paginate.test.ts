import { describe, expect, it } from 'vitest';
import { paginateSection, splitBox, splitParagraph, topLevelBlocks } from './paginate';
import { blockLines } from './slide-lines';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');
/** A paragraph of about `lines` lines of body text. */
const paragraph = (lines: number, word = 'word') => `<p>${words(lines * 12, word)}</p>`;

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

describe('splitParagraph', () => {
  it('cuts a paragraph too long for a slide between sentences, never inside a link', () => {
    const sentence = (index: number) => `Sentence ${index} has <a href="#x">a link. Inside it</a> and ${words(40)}.`;
    const html = `<p class="x">${[1, 2, 3, 4].map(sentence).join(' ')}</p>`;
    const pieces = splitParagraph(html, 8);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece).toMatch(/^<p class="x">Sentence \d[\s\S]*\.<\/p>$/);
      expect(blockLines(piece)).toBeLessThanOrEqual(8);
    }
    expect(pieces.join(' ').replace(/<\/p> <p class="x">/g, ' ')).toBe(html);
  });

  it('leaves a paragraph that fits, or has no sentence to cut at, as it is', () => {
    expect(splitParagraph('<p>Short. Two sentences.</p>', 8)).toEqual(['<p>Short. Two sentences.</p>']);
    const unbroken = `<p>${words(200)}</p>`;
    expect(splitParagraph(unbroken, 8)).toEqual([unbroken]);
  });
});

describe('splitBox', () => {
  const scenario = (body: string) =>
    `<div class="scenario" role="note"><p class="scenario__eyebrow">Scenario</p><p class="scenario__title">Title</p><div class="scenario__body">${body}</div></div>`;

  it('continues a long box in a copy of its frame, its label and title included', () => {
    const body = [paragraph(4, 'aaaa'), paragraph(4, 'bbbb'), paragraph(4, 'cccc')].join('\n');
    const pieces = splitBox(scenario(body), 12);
    expect(pieces).toEqual([scenario(`${paragraph(4, 'aaaa')}\n`), scenario(`${paragraph(4, 'bbbb')}\n`), scenario(paragraph(4, 'cccc'))]);
  });

  it('shares a long list out between copies of the list, numbering carried on', () => {
    const items = Array.from({ length: 8 }, (_, index) => `<li>${words(20, `i${index}`)}</li>`);
    const pieces = splitBox(`<ol>${items.join('')}</ol>`, 8);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]).toMatch(/^<ol><li>/);
    const firstCount = pieces[0]!.match(/<li>/g)!.length;
    expect(pieces[1]).toMatch(new RegExp(`^<ol start="${firstCount + 1}"><li>`));
    expect(pieces.join('').match(/<li>/g)).toHaveLength(8);
  });

  it('leaves a box that fits as it is', () => {
    const short = scenario(paragraph(1));
    expect(splitBox(short, 12)).toEqual([short]);
  });
});

describe('paginateSection', () => {
  it('leaves a short section on one slide, unchanged', () => {
    const html = `<h2 id="s">S</h2>\n${paragraph(3)}\n${paragraph(3)}`;
    expect(paginateSection(html, 12)).toEqual([html]);
  });

  it('splits a long section between blocks and loses nothing', () => {
    const paragraphs = Array.from({ length: 5 }, (_, index) => paragraph(4, `w${index}`));
    const html = `<h2 id="s">S</h2>${paragraphs.join('')}`;
    const pages = paginateSection(html, 10);
    expect(pages).toEqual([`<h2 id="s">S</h2>${paragraphs[0]}${paragraphs[1]}`, `${paragraphs[2]}${paragraphs[3]}`, paragraphs[4]]);
    expect(pages.join('')).toBe(html);
  });

  it('moves a subheading, or a paragraph that ends with a colon, on with the block it introduces', () => {
    const list = `<ul>${Array.from({ length: 3 }, () => `<li>${words(10)}</li>`).join('')}</ul>`;
    const html = `<h2 id="s">S</h2>${paragraph(6)}<h3 id="t">Topic</h3>${paragraph(4)}`;
    expect(paginateSection(html, 9)).toEqual([`<h2 id="s">S</h2>${paragraph(6)}`, `<h3 id="t">Topic</h3>${paragraph(4)}`]);
    const lead = '<p>Contoso must still:</p>';
    expect(paginateSection(`<h2 id="s">S</h2>${paragraph(6)}${lead}${list}`, 9)).toEqual([`<h2 id="s">S</h2>${paragraph(6)}`, `${lead}${list}`]);
    // …but never leaves a heading alone on a slide.
    expect(paginateSection(`<h2 id="s">S</h2>${lead}${list}${paragraph(5)}`, 6)).toEqual([`<h2 id="s">S</h2>${lead}${list}`, paragraph(5)]);
  });

  it('gives a diagram or table a slide of its own, with the heading just before it', () => {
    const figure = '<figure class="slide-figure"><table><tr><td>x</td></tr></table></figure>';
    expect(paginateSection(`<h2 id="s">S</h2>${paragraph(1)}${figure}${paragraph(1)}`, 12)).toEqual([
      `<h2 id="s">S</h2>${paragraph(1)}`,
      figure,
      paragraph(1),
    ]);
    expect(paginateSection(`<h2 id="s">S</h2>${figure}`, 12)).toEqual([`<h2 id="s">S</h2>${figure}`]);
  });

  it('splits a paragraph longer than a slide between sentences', () => {
    const long = `<p>${Array.from({ length: 6 }, (_, index) => `Sentence ${index} ${words(20)}.`).join(' ')}</p>`;
    const pages = paginateSection(`<h2 id="s">S</h2>${long}`, 6);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => /<p>Sentence/.test(page))).toBe(true);
  });
});
