import { expect, test, type Page } from '@playwright/test';
import { hydrateIslands } from '../scripts/bench/measure.mjs';
import { builtPages, expectNoAxeViolations, trackCspViolations, trackForeignRequests, trackPageErrors } from './helpers';

// One test per built page, so the sweep spreads over the workers: the page is loaded once and its islands hydrated;
// then its heading outline and image names are checked, axe runs in both themes at 1280 and 375 px (WCAG 2.2 AA
// tags), and it is checked for reflow at 320 px and at 200% zoom, for motion under prefers-reduced-motion, for CSP
// violations under the shipped headers, and for console errors and requests to other origins.

const AXE_VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '375 px', width: 375, height: 800 },
];
const REFLOW_VIEWPORTS = [
  { name: '320 px wide', width: 320, height: 640 },
  { name: '200% zoom of a 1280 × 800 window', width: 640, height: 400 },
];

/** How far the page scrolls sideways, and the first elements that stick out. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > innerWidth + 1 && getComputedStyle(element).position !== 'fixed')
      .filter((element) => !element.closest('.visually-hidden, [hidden], dialog:not([open])'))
      .map((element) => element.tagName.toLowerCase() + (element.className ? `.${String(element.className).split(' ')[0]}` : ''));
    return { by: document.documentElement.scrollWidth - innerWidth, wide: wide.slice(0, 5).join(', ') };
  });
}

/** Headings a reader can reach, as levels in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
      .filter((heading) => !heading.closest('template, [hidden], [aria-hidden="true"], dialog:not([open])'))
      .map((heading) => Number(heading.tagName.slice(1))),
  );
}

/** Elements that still animate or transition for longer than 0.01 s, and the root's scroll behaviour. */
function motion(page: Page) {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const longest = Math.max(seconds(style.transitionDuration), style.animationName === 'none' ? 0 : seconds(style.animationDuration));
        if (longest > 0.01) found.push(`${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}${pseudo ?? ''}: ${longest}s`);
      }
    }
    return { found: found.slice(0, 10), scroll: getComputedStyle(document.documentElement).scrollBehavior };
  });
}

test.describe('every built page', () => {
  // The sweep runs with reduced motion, as some learners browse; theme switches are instant either way.
  test.use({ reducedMotion: 'reduce' });

  for (const path of builtPages()) {
    test(`${path || 'home'}: headings, image names, axe in both themes at 1280 and 375 px, reflow, reduced motion, CSP, no errors`, async ({ page }) => {
      test.slow();
      // The printouts are the longest pages, every question of every check with every explanation, and axe reads
      // them four times; on a loaded machine that outgrows the 90 s other pages get.
      if (path.startsWith('print/')) test.setTimeout(180_000);
      const errors = trackPageErrors(page);
      const foreign = trackForeignRequests(page);
      const violations = await trackCspViolations(page);
      await page.setViewportSize(AXE_VIEWPORTS[0]!);
      await page.goto(path);
      await hydrateIslands(page);

      // One h1 first, no skipped heading levels, and a text alternative on every image.
      const levels = await headingLevels(page);
      expect.soft(levels.filter((level) => level === 1), `${path}: exactly one h1`).toHaveLength(1);
      expect.soft(levels[0], `${path}: the h1 comes first`).toBe(1);
      levels.forEach((level, index) => {
        if (index > 0) expect.soft(level, `${path}: heading ${index + 1} skips a level`).toBeLessThanOrEqual(levels[index - 1]! + 1);
      });
      expect.soft(await page.locator('img:not([alt])').count(), `${path}: images without an alt attribute`).toBe(0);
      // No sentences run together ("pool.Every"): the build collapses a line break between text and a tag or an
      // expression, so a space that only the source's line break gave is lost.
      const runTogether = (await page.evaluate(() => document.body.innerText)).match(/\S*[a-z][.!?][A-Z][a-z]\S*/g) ?? [];
      expect.soft(runTogether, `${path}: sentences without a space between them`).toEqual([]);
      // Likewise a link or other inline element glued to the words around it ("Thelesson on the modelexplains").
      const glued = await page.evaluate(() =>
        [...document.querySelectorAll('main :is(a, kbd, strong, em, code, abbr, b, i)')]
          .filter((element) => getComputedStyle(element).display.startsWith('inline'))
          .flatMap((element) => {
            const text = element.textContent ?? '';
            const before = element.previousSibling?.nodeType === Node.TEXT_NODE ? (element.previousSibling.textContent ?? '') : '';
            const after = element.nextSibling?.nodeType === Node.TEXT_NODE ? (element.nextSibling.textContent ?? '') : '';
            const joins = (left: string, right: string) => /[\p{L}\d]$/u.test(left) && /^[\p{L}\d]/u.test(right);
            return [
              ...(joins(before, text) ? [`${before.slice(-12)}|${text.slice(0, 12)}`] : []),
              ...(joins(text, after) ? [`${text.slice(-12)}|${after.slice(0, 12)}`] : []),
            ];
          }),
      );
      expect.soft(glued, `${path}: inline elements glued to the words around them`).toEqual([]);
      const unnamedSvgImages = page.locator('svg[role="img"]:not([aria-label]):not([aria-labelledby])');
      expect.soft(await unnamedSvgImages.count(), `${path}: SVG images without a name`).toBe(0);

      for (const viewport of AXE_VIEWPORTS) {
        await page.setViewportSize(viewport);
        for (const theme of ['light', 'dark'] as const) {
          // The same switch the theme picker makes.
          await page.evaluate((choice) => (document.documentElement.dataset.theme = choice), theme);
          await expectNoAxeViolations(page, `${path} (${theme}, ${viewport.name})`);
        }
        const overflow = await horizontalOverflow(page);
        expect.soft(overflow.by, `${path} scrolls sideways at ${viewport.name} (${overflow.wide})`).toBeLessThanOrEqual(0);
        // Text never touches the window's edge: every page sits in a padded content column.
        for (const heading of await page.locator('h1:not(.visually-hidden)').all()) {
          const left = await heading.evaluate((element) => element.getBoundingClientRect().left);
          expect.soft(left, `${path}: the h1 touches the left edge at ${viewport.name}`).toBeGreaterThanOrEqual(12);
        }
      }

      for (const viewport of REFLOW_VIEWPORTS) {
        await page.setViewportSize(viewport);
        const overflow = await horizontalOverflow(page);
        expect.soft(overflow.by, `${path} scrolls sideways at ${viewport.name} (${overflow.wide})`).toBeLessThanOrEqual(0);
      }

      const moving = await motion(page);
      expect.soft(moving.found, `motion on ${path} with reduced motion`).toEqual([]);
      expect.soft(moving.scroll, `scroll-behavior on ${path}`).toBe('auto');

      expect(await violations(), `CSP violations on ${path}`).toEqual([]);
      expect(errors, `errors on ${path}`).toEqual([]);
      expect(foreign, `requests to other origins from ${path}`).toEqual([]);
    });
  }
});
