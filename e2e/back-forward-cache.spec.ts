import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/bench/site.mjs';
import { trackPageErrors } from './helpers';

// A page restored from the back/forward cache kept its old copy of the progress in memory. It must read the current
// progress again before it writes anything, or it writes that old copy over what was done on later pages.
// Playwright's Chromium starts with the cache switched off; this file needs it as learners have it.
test.use({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

const FIRST = 'lessons/why-datacenter-security-is-hard/';
const SECOND_TITLE = /Security becomes a shared responsibility/;
const CANNOT_SAVE = 'can’t be saved on this browser';

/** Answers the check on this page (the first option of every question) and checks it. */
async function answerTheCheck(page: Page): Promise<void> {
  const check = page.getByRole('button', { name: 'Check answers' });
  await check.scrollIntoViewIfNeeded();
  await expect(check).toBeEnabled();
  for (const group of await page.locator('.kc-question').all()) await group.locator('input').first().check();
  await check.click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

/** Ways storage can fail, as init scripts (the page's own storage calls then fail the same way). */
const STORAGE: Record<string, string> = {
  'storage works': '',
  'every storage call throws': `for (const name of ['getItem', 'setItem', 'removeItem']) {
    Storage.prototype[name] = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
  }`,
  'storage is full': `Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };`,
};

test.describe('a page restored from the back/forward cache', () => {
  for (const [name, blocker] of Object.entries(STORAGE)) {
    test(`${name}: reads the progress again before it writes, so nothing done on the later page is lost`, async ({ page }) => {
      const errors = trackPageErrors(page);
      await page.addInitScript(`${blocker}
        window.restoredFromCache = 0;
        addEventListener('pageshow', (event) => { if (event.persisted) window.restoredFromCache += 1; });`);
      await page.goto(FIRST);
      if (blocker) await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
      await page.getByRole('link', { name: /Next lesson/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: SECOND_TITLE })).toBeVisible();
      await answerTheCheck(page);
      await page.goBack({ waitUntil: 'commit' });
      await expect.poll(() => page.evaluate(() => (window as unknown as { restoredFromCache: number }).restoredFromCache), {
        message: 'the first lesson came back from the back/forward cache',
      }).toBe(1);
      // Reading on writes the place in the lesson: it must not write the page's old copy over the later attempt.
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(300);
      await page.mouse.wheel(0, -600);
      await page.getByRole('link', { name: 'Your progress' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SECOND_TITLE }) });
      await expect(card).not.toContainText('Not started');
      await expect(card).toContainText('1 attempt');
      expect(errors).toEqual([]);
    });
  }
});

