// Slides must read from the back of a room: on a 1280 × 720 projector, with every answer revealed, no text on any slide
// of any lesson is smaller than 28 CSS px, and nothing is cut off or left to scroll. The lessons and their slides are
// read from the build, so a new lesson or a longer section is measured without editing this file.
import { expect, test, type Page } from '@playwright/test';
import { builtPages, trackPageErrors } from './helpers';

/** The smallest type a projected slide may show, in CSS px at 1280 × 720. */
const MIN_TEXT_PX = 28;

const lessons = builtPages()
  .filter((path) => /^present\/[^/]+\/projector\/$/.test(path))
  .map((path) => path.split('/')[1]!);

/** What the measurement finds on the slide on show. */
interface SlideReading {
  kind: string;
  title: string;
  /** Text drawn smaller than the minimum: the words and their rendered size. */
  small: { text: string; px: number }[];
  /** Text drawn outside the slide's margins (in its safe margin, cut off, or only reachable by scrolling). */
  outside: string[];
  smallest: number;
  /** Pieces of text drawn outside the slide's heading: a slide that is only a heading has none. */
  bodyTexts: number;
}

/**
 * Measures every piece of text drawn on the slide on show: its rendered size (the computed font size times the CSS
 * zoom that lesson boxes are scaled with) and whether it lies inside the slide. Text kept only for screen readers
 * (visually hidden, 1 × 1 px) is not drawn and is skipped.
 */
function readSlide(page: Page, minimum: number): Promise<SlideReading> {
  return page.locator('[data-stage] > [data-slide]:not([hidden])').evaluate((slide, min) => {
    // The slide's side and bottom padding is its safe margin (the projector's counter sits in it): text stays inside,
    // give or take the few pixels a glyph's box reaches past its line.
    const outer = slide.getBoundingClientRect();
    const padding = getComputedStyle(slide.querySelector('[data-slide-inner]')!);
    const box = {
      top: outer.top,
      right: outer.right - parseFloat(padding.paddingRight) + 2,
      bottom: outer.bottom - parseFloat(padding.paddingBottom) + 6,
    };
    const small: { text: string; px: number }[] = [];
    const outside: string[] = [];
    let smallest = Infinity;
    let bodyTexts = 0;
    // Visually hidden text sits in a 1 × 1 px clipped box: screen readers read it, nobody sees it.
    const drawn = (element: Element) => {
      for (let current: Element | null = element; current && current !== slide; current = current.parentElement) {
        const rect = current.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) return false;
      }
      return true;
    };
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const element = node.parentElement;
      if (!text || !element || !element.checkVisibility({ visibilityProperty: true }) || !drawn(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
      if (rects.length === 0) continue;
      const zoom = (element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const px = Math.round(parseFloat(getComputedStyle(element).fontSize) * zoom * 10) / 10;
      smallest = Math.min(smallest, px);
      if (!element.closest('h2')) bodyTexts += 1;
      if (px < min) small.push({ text: text.slice(0, 60), px });
      if (rects.some((rect) => rect.bottom > box.bottom || rect.right > box.right || rect.top < box.top)) {
        outside.push(text.slice(0, 60));
      }
    }
    return {
      kind: slide.className,
      title: slide.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      small,
      outside,
      smallest,
      bodyTexts,
    };
  }, minimum);
}

test.describe('slides on a 1280 × 720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the build has lessons to present', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  for (const lesson of lessons) {
    test(`${lesson}: every slide, every answer revealed, has no text under ${MIN_TEXT_PX} px and nothing cut off`, async ({ page }) => {
      test.slow();
      const errors = trackPageErrors(page);
      await page.goto(`present/${lesson}/projector/`);
      await expect(page.locator('[data-deck][data-ready]')).toBeAttached();
      const steps: number[] = JSON.parse((await page.locator('[data-deck]').getAttribute('data-steps')) ?? '[]');
      expect(steps.length).toBeGreaterThan(1);
      const problems: string[] = [];
      for (const [index, stepCount] of steps.entries()) {
        if (index > 0) await page.keyboard.press('ArrowRight');
        await expect(page.locator('[data-counter]')).toHaveText(`Slide ${index + 1} of ${steps.length}`);
        for (let step = 0; step < stepCount; step += 1) await page.keyboard.press('r');
        if (stepCount > 0) await expect(page.locator('[data-slide]:not([hidden])')).toHaveAttribute('data-revealed', 'all');
        const reading = await readSlide(page, MIN_TEXT_PX);
        const where = `slide ${index + 1} (${reading.kind.replace('slide slide--', '')}: ${reading.title})`;
        expect(reading.smallest, `${where} has text`).toBeLessThan(Infinity);
        if (reading.bodyTexts === 0) problems.push(`${where}: nothing but a heading`);
        for (const { text, px } of reading.small) problems.push(`${where}: ${px} px "${text}"`);
        for (const text of reading.outside) problems.push(`${where}: outside the slide's margins "${text}"`);
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
