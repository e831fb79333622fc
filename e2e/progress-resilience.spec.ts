import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { trackPageErrors } from './helpers';

// Nothing a learner did may be lost: a page restored from the back/forward cache, two tabs saving at once, storage
// that is blocked, full, frees up or only fails to read, a check answered before its code arrived.

const KEY = 'srm-course:progress';
const FIRST = 'lessons/why-datacenter-security-is-hard/';
const FIRST_ID = 'why-datacenter-security-is-hard';
const SECOND_TITLE = /Security becomes a shared responsibility/;
const CANNOT_SAVE = 'can’t be saved on this browser';

/** Answers the check on this page (option `choice` of every question, counted from 0) and checks it. */
async function answerTheCheck(page: Page, choice = 0): Promise<void> {
  const check = page.getByRole('button', { name: 'Check answers' });
  await check.scrollIntoViewIfNeeded();
  await expect(check).toBeEnabled();
  for (const group of await page.locator('.kc-question').all()) await group.locator('input').nth(choice).check();
  await check.click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

/** The attempts saved in this browser's storage at a check. */
async function storedAttempts(page: Page, checkId: string): Promise<number> {
  return page.evaluate(
    ([key, id]) => (JSON.parse(localStorage.getItem(key!) ?? '{}').checks?.[id!] ?? []).length as number,
    [KEY, checkId],
  );
}

/** The progress page's card for a lesson. */
function lessonCard(page: Page, title: RegExp) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
}

async function openProgressPage(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Your progress' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
}

/** Ways storage can fail, as init scripts (the page's own storage calls then fail the same way). */
const STORAGE: Record<string, string> = {
  'storage works': '',
  'every storage call throws': `for (const name of ['getItem', 'setItem', 'removeItem']) {
    Storage.prototype[name] = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
  }`,
  'storage is full': `Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };`,
};

/** Clicks the check's submit button in both pages at the same instant (their clocks are the machine's). */
async function checkAtOnce(pages: Page[]): Promise<void> {
  const at = Date.now() + 250;
  await Promise.all(
    pages.map((page) =>
      page.evaluate(
        (when) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              document.querySelector<HTMLButtonElement>('.kc-actions button[type="submit"]')!.click();
              resolve();
            }, when - Date.now()),
          ),
        at,
      ),
    ),
  );
}

test.describe('two tabs', () => {
  test('saving within the same few milliseconds, again and again, lose no attempt', async ({ context }) => {
    test.setTimeout(180_000);
    const tabs = [await context.newPage(), await context.newPage()];
    const errors = tabs.map((tab) => trackPageErrors(tab));
    for (const tab of tabs) {
      await tab.goto(FIRST);
      await tab.getByRole('button', { name: 'Check answers' }).scrollIntoViewIfNeeded();
      await expect(tab.getByRole('button', { name: 'Check answers' })).toBeEnabled();
    }
    const TRIALS = 16;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      // Each tab answers differently, so that the two attempts are different facts even at the same millisecond.
      for (const [index, tab] of tabs.entries()) {
        for (const group of await tab.locator('.kc-question').all()) await group.locator('input').nth(index).check();
      }
      await checkAtOnce(tabs);
      for (const tab of tabs) {
        await tab.getByRole('button', { name: 'Retry' }).click();
        await expect(tab.getByRole('button', { name: 'Check answers' })).toBeVisible();
      }
    }
    for (const tab of tabs) await expect.poll(() => storedAttempts(tab, FIRST_ID), { message: 'every attempt of both tabs is saved' }).toBe(2 * TRIALS);
    const progress = await context.newPage();
    await progress.goto('progress/');
    await expect(lessonCard(progress, /Why securing your own datacenter is hard/)).toContainText(`${2 * TRIALS} attempts`);
    expect(errors.flat()).toEqual([]);
  });

  test('a reset in one tab is not undone by the other tab’s older copy', async ({ context }) => {
    const lesson = await context.newPage();
    await lesson.goto(FIRST);
    await answerTheCheck(lesson);
    const progress = await context.newPage();
    await progress.goto('progress/');
    const card = lessonCard(progress, /Why securing your own datacenter is hard/);
    await expect(card).toContainText('1 attempt');
    await card.getByRole('button', { name: /^Reset/ }).click();
    await progress.getByRole('dialog').getByRole('button', { name: 'Yes, reset' }).click();
    await expect(card).toContainText('Not attempted yet');
    // The lesson tab still shows the lesson (it may record, as new facts, that it is open and read), and saves as the
    // learner reads on: its older copy must not bring the attempt back.
    await lesson.bringToFront();
    await lesson.mouse.wheel(0, -2000);
    await lesson.waitForTimeout(300);
    await lesson.mouse.wheel(0, 600);
    await expect.poll(() => storedAttempts(lesson, FIRST_ID)).toBe(0);
    await progress.reload();
    await expect(lessonCard(progress, /Why securing your own datacenter is hard/)).toContainText('Not attempted yet');
    const opened = await progress.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
    for (const lesson of Object.values(opened.lessons) as { openedAt: string }[]) {
      expect(lesson.openedAt >= opened.clearedAt, 'no opening from before the reset came back').toBe(true);
    }
  });
});

test.describe('storage that fails in part', () => {
  test('only reading fails: the progress carried from page to page is kept', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.addInitScript(`Storage.prototype.getItem = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };`);
    await page.goto(FIRST);
    await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
    await answerTheCheck(page);
    await openProgressPage(page);
    await expect(lessonCard(page, /Why securing your own datacenter is hard/)).toContainText('1 attempt');
    await page.getByRole('link', { name: /Why securing your own datacenter is hard/ }).first().click();
    await openProgressPage(page);
    await expect(lessonCard(page, /Why securing your own datacenter is hard/)).toContainText('1 attempt');
    expect(errors).toEqual([]);
  });

  test('full, then freed: what was done while it was full is saved once there is room', async ({ page, context, baseURL }) => {
    const errors = trackPageErrors(page);
    // Full while the cookie says so; the cookie is the test's switch, the page's own storage calls are the subject.
    await page.addInitScript(`{
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (document.cookie.includes('storage=full')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    }`);
    await context.addCookies([{ name: 'storage', value: 'full', url: baseURL! }]);
    await page.goto(FIRST);
    await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
    await answerTheCheck(page);
    expect(await storedAttempts(page, FIRST_ID)).toBe(0);
    await context.clearCookies();
    await openProgressPage(page);
    await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toHaveCount(0);
    await expect(lessonCard(page, /Why securing your own datacenter is hard/)).toContainText('1 attempt');
    await expect.poll(() => storedAttempts(page, FIRST_ID), { message: 'saved now that storage has room' }).toBe(1);
    // A new tab (which carries nothing) finds it too.
    const other = await context.newPage();
    await other.goto('progress/');
    await expect(lessonCard(other, /Why securing your own datacenter is hard/)).toContainText('1 attempt');
    expect(errors).toEqual([]);
  });

  test('blocked: instructor mode, switched on, shows its banner on every page of the visit', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.addInitScript({ content: STORAGE['every storage call throws'] });
    await page.goto('instructors/');
    const toggle = page.getByRole('button', { name: 'Instructor mode' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const banner = page.getByRole('region', { name: 'Instructor mode notice' });
    await expect(banner).toBeVisible();
    await page.getByRole('link', { name: 'Course', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
    await expect(banner).toBeVisible();
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(banner.getByRole('link', { name: 'Instructor notes for this lesson' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

/** Slows this page's network as a poor mobile connection does (400 ms latency, 50 KB/s). */
async function slowNetwork(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 50 * 1024,
    uploadThroughput: 50 * 1024,
  });
}

test.describe('a knowledge check on a slow network', () => {
  test('keeps the answers chosen before its code had loaded', async ({ page, context }) => {
    test.setTimeout(90_000);
    const errors = trackPageErrors(page);
    await slowNetwork(context, page);
    await page.goto(FIRST, { waitUntil: 'commit' });
    const groups = page.locator('.kc-question');
    await groups.first().scrollIntoViewIfNeeded({ timeout: 30_000 });
    // The learner answers while the island's code is still on its way (its server-rendered inputs take the clicks).
    await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
    const chosen = [];
    for (const group of await groups.all()) {
      const option = group.locator('input').last();
      await option.check();
      chosen.push(option);
    }
    expect(await page.locator('astro-island[ssr]').count(), 'answered before the island took over').toBe(1);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 60_000 });
    // Taken over: every choice is still there, and the check counts it.
    await page.waitForTimeout(500);
    for (const option of chosen) await expect(option).toBeChecked();
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Answer every question/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
