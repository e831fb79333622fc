import { expect, test, type Page } from '@playwright/test';
import { hydrateIslands, isBuilt, readPages } from '../scripts/bench/measure.mjs';
import { builtPages, trackPageErrors } from './helpers';

// Adds to every-page.spec.ts (axe, reflow and reduced motion on every page) what needs a keyboard: visible,
// unobscured focus at every Tab stop, and a keyboard-only journey. The journey's pages come from bench/pages.json,
// the same map the benchmark uses.

const outDir = process.env.OUT_DIR || 'dist';
const pathOf = (kind: string) => readPages().find((page) => page.kind === kind)!.path;

/** Describes the focused element, and whether it (or the label/wrapper drawn around it) shows a focus indicator. */
async function focusState(page: Page) {
  return page.evaluate(async () => {
    // Moving focus may scroll smoothly: judge what the learner sees once the page has come to rest.
    for (let still = 0, last = -1, frames = 0; still < 3 && frames < 120; frames += 1) {
      await new Promise(requestAnimationFrame);
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const shows = (node: Element) => {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return outline || style.boxShadow !== 'none';
    };
    const rect = element.getBoundingClientRect();
    // Focus not obscured (WCAG 2.4.11): the element's centre is not covered by something else, e.g. a sticky header.
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const name = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('name') || '').trim().slice(0, 60);
    return {
      name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`,
      focusVisible: element.matches(':focus-visible'),
      indicator: shows(element) || (element.parentElement ? shows(element.parentElement) : false),
      inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      obscured: rect.width > 0 && !!hit && !element.contains(hit) && !hit.contains(element) && !hit.closest('label')?.contains(element),
    };
  });
}

/** Presses Tab and checks the new focus stop is visible; returns its description, or null once focus leaves the page. */
async function tabAndCheck(page: Page, { mayLeave = false } = {}): Promise<string | null> {
  await page.keyboard.press('Tab');
  const state = await focusState(page);
  if (!state && mayLeave) return null;
  expect(state, 'focus left the page').not.toBeNull();
  expect.soft(state!.focusVisible && state!.indicator, `no visible focus indicator on ${state!.name}`).toBe(true);
  expect.soft(state!.inViewport && !state!.obscured, `focused ${state!.name} is off-screen or covered`).toBe(true);
  return state!.name;
}

/** Tabs (checking every stop) until `predicate` holds for the focused element; fails after `limit` stops. */
async function tabUntil(page: Page, description: string, predicate: (element: Element) => boolean, limit = 80) {
  const source = `(${predicate.toString()})(document.activeElement)`;
  for (let stop = 0; stop < limit; stop += 1) {
    await tabAndCheck(page);
    if (await page.evaluate(source)) return;
  }
  throw new Error(`${description} not reached in ${limit} Tab presses`);
}


/**
 * One page per template: lessons, exercises, slide decks and notes pages share their templates, so the first of each
 * kind stands for the rest (the matrix challenge has its own island, so it is kept too).
 */
function onePagePerTemplate(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const template = path === 'exercises/build-the-matrix/' ? path : path.replace(/^(lessons|exercises|present|instructors\/notes)\/[^/]+\//, '$1/*/');
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}

test.describe('focus sweep', () => {
  // Instant scrolling: the same final positions as the smooth scroll a Tab starts, without waiting ~0.25 s for it to
  // settle at every stop. The keyboard journey below keeps the default motion.
  test.use({ reducedMotion: 'reduce' });
  for (const path of onePagePerTemplate(builtPages())) {
    test(`every focus stop on ${path || 'home'} shows a visible, unobscured focus indicator`, async ({ page }) => {
      // Up to 60 stops, each waiting for scrolling to settle: long pages (the answer key) need more than 30 s on a busy machine.
      test.slow();
      await page.goto(path);
      await hydrateIslands(page);
      const seen = new Set<string>();
      // Tab through the page (up to 60 stops) until focus leaves it for the browser's own controls.
      for (let stop = 0; stop < 60; stop += 1) {
        const name = await tabAndCheck(page, { mayLeave: true });
        if (name === null || seen.has(name)) break;
        seen.add(name);
      }
      expect(seen.size, `${path} has focus stops`).toBeGreaterThan(1);
    });
  }
});

test('keyboard only: home → Start → a lesson with a check, answered and checked → exercise → progress page', async ({ page }) => {
  const needed = ['checks', 'exercise', 'progress'].filter((kind) => !isBuilt(outDir, pathOf(kind)));
  test.skip(needed.length > 0, `not built yet: ${needed.map(pathOf).join(', ')} (bench/pages.json)`);
  test.setTimeout(120_000);
  const errors = trackPageErrors(page);
  const checksPath = pathOf('checks');

  await page.goto('./');
  await tabUntil(page, 'the Start button', (element) => element.textContent?.trim() === 'Start the course');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Through the lesson navigation to the lesson with a check.
  await tabUntil(page, `the link to ${checksPath}`, new Function('element', `return element instanceof HTMLAnchorElement && element.pathname.endsWith(${JSON.stringify(`/${checksPath}`)})`) as (element: Element) => boolean);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${checksPath}$`));

  // Answer every question with the keyboard alone: Space selects the focused option, then Tab on to the next.
  const check = page.getByRole('region', { name: 'Check your knowledge', exact: true });
  await tabUntil(page, 'the first answer of the check', (element) => element instanceof HTMLInputElement && !!element.closest('astro-island'), 200);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  for (let stop = 0; stop < 80; stop += 1) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (element instanceof HTMLInputElement) {
        const group = element.closest('fieldset');
        const answered = !!group?.querySelector('input:checked');
        return { kind: element.type, answered };
      }
      return { kind: element?.textContent?.trim() ?? '', answered: false };
    });
    if (focused.kind === 'Check answers') break;
    if ((focused.kind === 'radio' || focused.kind === 'checkbox') && !focused.answered) await page.keyboard.press('Space');
    await tabAndCheck(page);
  }
  await expect(check.getByRole('button', { name: 'Check answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  // After checking, focus lands on the result (or the next thing to do), visibly, inside the check.
  const afterCheck = await focusState(page);
  expect(afterCheck, 'focus was lost after Check answers').not.toBeNull();
  expect(await check.evaluate((region) => region.contains(document.activeElement))).toBe(true);
  await expect(check.getByText(/\d+ of \d+/).first()).toBeVisible();

  // The exercise: pick a card up with Space, move it to the next zone with an arrow key, drop it with Space.
  await page.goto(pathOf('exercise'));
  await tabUntil(page, 'the first card', (element) => element.getAttribute('aria-roledescription') === 'draggable' || !!element.closest('[data-card], li')?.closest('astro-island'), 200);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const card = (await page.evaluate(() => document.activeElement?.textContent?.trim()))!;
  // Each key waits for what a screen reader would hear, so a busy machine cannot outrun dnd-kit.
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText(/^Picked up /);
  await page.waitForTimeout(50);
  await page.keyboard.press('ArrowRight');
  await expect(announcement).toHaveText(/ is over /);
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: /^Unsorted cards/ }).getByRole('button', { name: card, exact: true })).toHaveCount(0);
  const afterDrop = await focusState(page);
  expect(afterDrop?.focusVisible && afterDrop.indicator, 'visible focus after the drop').toBe(true);

  // The progress page shows what this journey did, unlike a first visitor's.
  await page.goto(pathOf('progress'));
  const journeyText = await page.getByRole('main').innerText();
  await tabAndCheck(page);
  const fresh = await page.context().browser()!.newPage();
  await fresh.goto(new URL(pathOf('progress'), page.url()).href);
  expect(journeyText).not.toBe(await fresh.getByRole('main').innerText());
  await fresh.close();
  expect(errors).toEqual([]);
});

test('without a reduced-motion preference, in-page links scroll smoothly (so the check above can fail)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('./');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
