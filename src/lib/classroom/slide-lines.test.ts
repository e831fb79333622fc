import { describe, expect, it } from 'vitest';
import { LINE_CHARS, SLIDE_LINES, SMALL_TEXT, blockLines, headingLines, isWideBlock, smallLines, wrapLines } from './slide-lines';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('wrapLines', () => {
  it('wraps at word boundaries', () => {
    expect(wrapLines('')).toBe(0);
    expect(wrapLines('one two three', 6)).toBe(3);
    expect(wrapLines('one two three', 7)).toBe(2);
    expect(wrapLines('one two three', 13)).toBe(1);
    expect(wrapLines('aaaa bbbb cc', 9)).toBe(2);
  });

  it('breaks a word longer than the line', () => {
    expect(wrapLines('x'.repeat(25), 10)).toBe(3);
  });

  it('counts a full line of body text as one line', () => {
    expect(wrapLines('x'.repeat(LINE_CHARS))).toBe(1);
    // Four-letter words and their spaces: five characters each.
    const perLine = Math.floor((LINE_CHARS + 1) / 5);
    expect(wrapLines(words(perLine * 3))).toBe(3);
    expect(wrapLines(words(perLine * 3 + 1))).toBe(4);
  });
});

describe('smallLines and headingLines', () => {
  it('counts smaller type as fewer, wider lines', () => {
    const text = words(40);
    expect(smallLines(text)).toBeLessThan(wrapLines(text));
    expect(smallLines('short')).toBeCloseTo(SMALL_TEXT);
  });

  it('counts larger headings as taller, narrower lines', () => {
    expect(headingLines('Short', 1.4)).toBeGreaterThan(1);
    expect(headingLines(words(20), 1.4)).toBeGreaterThan(headingLines(words(10), 1.4));
  });
});

describe('blockLines', () => {
  it('counts a paragraph by its wrapped lines plus the space after it', () => {
    expect(blockLines(`<p>${words(3)}</p>`)).toBeCloseTo(1.45);
  });

  it('counts a list item by item, each starting a line', () => {
    expect(blockLines('<ul><li>a</li><li>b</li><li>c</li></ul>')).toBeGreaterThan(3);
  });

  it('counts a box by its content, labels and frame', () => {
    const box = `<div class="scenario"><p class="scenario__eyebrow">Scenario</p><p class="scenario__title">Title</p><div class="scenario__body"><p>${words(3)}</p></div></div>`;
    const bare = `<div class="scenario"><div class="scenario__body"><p>${words(3)}</p></div></div>`;
    expect(blockLines(box)).toBeGreaterThan(blockLines(bare) + 1.5);
  });

  it('gives a diagram or table a whole slide and a section heading nothing (the slide counts it)', () => {
    for (const html of ['<figure><ol><li>x</li></ol></figure>', '<table><tr><td>x</td></tr></table>', '<div class="matrix"><table></table></div>']) {
      expect(isWideBlock(html)).toBe(true);
      expect(blockLines(html)).toBe(SLIDE_LINES);
    }
    expect(isWideBlock('<div class="callout"><p>x</p></div>')).toBe(false);
    expect(blockLines('<h2 id="a">A heading</h2>')).toBe(0);
  });
});
