import { expect, test } from '@playwright/test';
import { builtPages, lessonPathsInOrder } from './helpers';

test('home → Start → next through every lesson, then previous back to the first @base', async ({ page }) => {
  const lessons = await lessonPathsInOrder(page);
  expect(lessons.length).toBeGreaterThan(0);
  await page.goto('./');
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(new RegExp(`${lessons[0]}$`));
  for (const path of lessons.slice(1)) {
    await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next lesson/ }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /Back to the course home/ })).toBeVisible();
  for (const path of lessons.slice(0, -1).reverse()) {
    await page.getByRole('link', { name: /Previous lesson/ }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
});

test('the lesson navigation marks the current lesson and the page shows time, contents and a way home', async ({ page }) => {
  const lessons = await lessonPathsInOrder(page);
  const target = lessons[Math.min(1, lessons.length - 1)]!;
  await page.goto(target);
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  expect(await current.evaluate((link) => (link as HTMLAnchorElement).pathname)).toBe(target);
  await expect(page.getByText(/Estimated time: \d+/)).toBeVisible();
  const contents = page.getByRole('complementary').getByRole('navigation', { name: 'On this page' });
  const firstSection = contents.getByRole('link').first();
  const sectionName = (await firstSection.textContent())!.trim();
  await firstSection.click();
  await expect(page.getByRole('heading', { name: sectionName, exact: true })).toBeInViewport();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Course home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/who secures what/i);
});

test('the home page states the audience, objectives, lessons with minutes and total time', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you will be able to do' })).toBeVisible();
  const lessons = page.getByRole('region', { name: 'Lessons' });
  await expect(lessons.getByText(/^Total time: /)).toBeVisible();
  const minutes = await lessons.locator('.lesson-card__meta > span:first-child').allTextContents();
  expect(minutes.length).toBeGreaterThan(0);
  for (const text of minutes) expect(text).toMatch(/^\d+ min$|^\d+ h/);
  await expect(page.getByRole('link', { name: 'Start the course' })).toHaveCount(1);

  // With no progress, nothing on the page reads as done: the final assessment's slot holds a neutral mark (not a tick,
  // and not a number that would make it one more lesson), drawn apart from the lessons' filled number discs.
  const assessment = page.getByRole('region', { name: 'Final assessment' });
  const mark = assessment.locator('[aria-hidden="true"]').first();
  await expect(mark).toBeVisible();
  await expect(mark).not.toHaveText(/[✓✔☑✅\d]/);
  expect(await mark.locator('svg').count(), 'the mark is drawn').toBe(1);
  const number = lessons.locator('[aria-hidden="true"]').first();
  const background = (locator: typeof mark) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background(mark), 'not a status disc like the lesson numbers').not.toBe(await background(number));
  await expect(assessment).not.toContainText(/\b(done|completed|passed)\b/i);
});

test('the theme choice survives a reload and is applied before the page is painted @base', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Record the theme at the moment <body> is created, before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody)).toBe('dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await page.getByLabel('Theme').selectOption('auto');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('auto');
});

test('search opens with "/" and with its button, finds a term and opens the lesson @base', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('./');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('textbox');
  await expect(input).toBeFocused();
  await input.fill('security experts');
  const result = dialog.getByRole('link', { name: /datacenter/i }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/lessons\/why-datacenter-security-is-hard\//);
  await page.getByRole('button', { name: /Search/ }).click();
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeHidden();
});

test('search for a glossary term opens its entry, from a lesson and from the glossary itself @base', async ({ page }) => {
  const searchFor = async (words: string) => {
    await page.getByRole('button', { name: /Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.getByRole('textbox').fill(words);
    return dialog;
  };
  await page.goto('lessons/security-is-shared/');
  let dialog = await searchFor('hypervisor');
  // The term's definition comes first, above the lessons that use the word, with the entry itself under it.
  await expect(dialog.getByRole('link').nth(0)).toHaveText('Glossary');
  await expect(dialog.getByRole('link').nth(1)).toHaveText('Hypervisor');
  await dialog.getByRole('link', { name: 'Hypervisor', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/#hypervisor$/);
  await expect(page.locator(':target')).toHaveText('Hypervisor');
  await expect(page.getByRole('heading', { name: 'Hypervisor', exact: true })).toBeInViewport();
  // On the glossary page a result is a place on the same page: the dialog closes and the page goes to the entry.
  dialog = await searchFor('guest operating system');
  await dialog.getByRole('link', { name: 'Guest operating system', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/glossary\/#guest-operating-system$/);
  await expect(page.getByRole('heading', { name: 'Guest operating system', exact: true })).toBeInViewport();
});

test('the first "/" opens search while its code is still loading, and every key typed meanwhile reaches the search box', async ({ page }) => {
  const searchCode = /\/(_astro\/(SearchDialogModule|search-dialog)[^/]*\.js|pagefind\/pagefind-ui\.js)$/;
  const fetched: string[] = [];
  page.on('request', (request) => searchCode.test(request.url()) && fetched.push(request.url()));
  // A slow connection: the dialog's code and Pagefind take a moment, long enough to type the whole query meanwhile.
  await page.route(searchCode, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto('lessons/why-datacenter-security-is-hard/');
  await page.waitForLoadState('networkidle');
  expect(fetched, 'no search code before search is used').toEqual([]);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('security experts');
  const input = dialog.getByRole('textbox');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('security experts');
  await expect(dialog.getByRole('link', { name: /datacenter/i }).first()).toBeVisible();
  expect(fetched.length).toBeGreaterThan(0);
});

test('when the search code cannot load, the dialog says so and still closes with its button', async ({ page }) => {
  await page.route(/\/_astro\/SearchDialogModule[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await page.getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog.getByRole('status')).toHaveText(/Search could not load\. Check your connection/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lessons are fully readable and navigable', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Next lesson|Back to the course home/ })).toBeVisible();
    // Controls that need scripts stay out of the way.
    await expect(page.getByRole('button', { name: /Search/ })).toBeHidden();
    await expect(page.getByLabel('Theme')).toBeHidden();
  });
});

test('an unknown address shows the 404 page with a way back @base', async ({ page }) => {
  const response = await page.goto('this-page-does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
});

test('a lesson prints without navigation', async ({ page }) => {
  const lessons = await lessonPathsInOrder(page);
  await page.goto(lessons[0]!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next lesson' })).toBeHidden();
});

test('every page has a title, a description, a language and a favicon that loads', async ({ page, request }) => {
  // 48 pages in one test: only the head matters, so each page counts as loaded once its document is parsed.
  test.slow();
  for (const path of builtPages()) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.title()).not.toBe('');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect((await request.get(new URL(icon!, page.url()).href)).status()).toBe(200);
  }
});
