import { expect, test, type Page } from '@playwright/test';
import { trackPageErrors } from './helpers';

const KEY = 'srm-course:progress';
const BACKUP = 'srm-course:progress-backup';
const LESSON = 'lessons/why-datacenter-security-is-hard/';
const LESSON_TITLE = /Why securing your own datacenter is hard/i;

async function stored(page: Page, key = KEY): Promise<string | null> {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

async function readToTheEnd(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Previous and next lesson' }).scrollIntoViewIfNeeded();
}

function lessonStatus(page: Page) {
  // The status is part of the link's name in the lesson list, so a screen reader hears it with the title.
  return page.getByRole('navigation', { name: 'Lessons' }).first().getByRole('link', { name: LESSON_TITLE });
}

test.describe('lesson tracking', () => {
  test('opening, reading to the end and the last section survive a reload and show on the home page', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto(LESSON);
    await expect(lessonStatus(page)).toHaveAccessibleName(/In progress/);
    await readToTheEnd(page);
    await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);
    // Scrolling back up to a section makes it the place to come back to.
    await page.getByRole('heading', { name: 'Pressure 2: tools' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').lastPlace?.sectionId).toBe('pressure-2-tools');
    await page.reload();
    await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);

    await page.goto('./');
    const card = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: LESSON_TITLE });
    await expect(card).toContainText('Complete');
    const resume = page.getByRole('link', { name: /Continue where you left off/ });
    await expect(resume).toHaveAccessibleName(LESSON_TITLE);
    await resume.click();
    await expect(page).toHaveURL(/#pressure-2-tools$/);
    await expect(page.getByRole('heading', { name: 'Pressure 2: tools' })).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('a learner who has not started sees "Not started" as text, and no Continue link', async ({ page }) => {
    await page.goto('./');
    const card = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: LESSON_TITLE });
    await expect(card).toContainText('Not started');
    await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveCount(0);
    expect(await stored(page)).toBeNull();
  });

  test('two pages in one browser stay in sync', async ({ context }) => {
    const home = await context.newPage();
    await home.goto('./');
    const card = home.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: LESSON_TITLE });
    await expect(card).toContainText('Not started');
    const lesson = await context.newPage();
    await lesson.goto(LESSON);
    await expect(card).toContainText('In progress');
    await readToTheEnd(lesson);
    await expect(card).toContainText('Complete');
    await expect(home.getByRole('link', { name: /Continue where you left off/ })).toBeVisible();
  });
});

const CORRUPT: [string, () => string][] = [
  ['garbage', () => '{{{ not json'],
  ['null', () => 'null'],
  ['JSON of the wrong shape', () => JSON.stringify({ version: 1, lessons: [], checks: 'none' })],
  ['a future version', () => JSON.stringify({ version: 99, lessons: {}, checks: {}, exercises: {}, lastPlace: null, settings: {} })],
  ['a huge value', () => `{"version":1,"padding":"${'x'.repeat(1_200_000)}"}`],
];

test.describe('corrupt saved progress', () => {
  for (const [name, make] of CORRUPT) {
    test(`${name}: the site works, the value is kept under the backup key and progress starts fresh`, async ({ page }) => {
      const errors = trackPageErrors(page);
      const raw = make();
      await page.goto('./');
      await page.evaluate(
        ([key, value]) => {
          localStorage.setItem('someone-else', 'untouched');
          localStorage.setItem(key!, value!);
        },
        [KEY, raw],
      );
      await page.goto(LESSON);
      await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText('A copy of the old data was kept');
      await expect(lessonStatus(page)).toHaveAccessibleName(/In progress/);
      expect(await stored(page, BACKUP)).toBe(raw);
      expect(JSON.parse((await stored(page)) ?? 'null')).toMatchObject({ version: 1, lessons: { 'why-datacenter-security-is-hard': {} } });
      expect(await stored(page, 'someone-else')).toBe('untouched');
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
      await expect(lessonStatus(page)).toHaveAccessibleName(/In progress/);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('storage that cannot be used', () => {
  const blockers: [string, string][] = [
    [
      'every storage call throws',
      `for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
         Storage.prototype[name] = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
       }`,
    ],
    [
      'the browser blocks localStorage itself',
      `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied', 'SecurityError'); } });`,
    ],
    [
      'storage is full',
      `Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };`,
    ],
  ];
  for (const [name, script] of blockers) {
    test(`${name}: the visit works and a notice says progress can't be saved`, async ({ page }) => {
      const errors = trackPageErrors(page);
      await page.addInitScript({ content: script });
      await page.goto(LESSON);
      await expect(page.getByRole('status').filter({ hasText: 'can’t be saved on this browser' })).toBeVisible();
      await expect(lessonStatus(page)).toHaveAccessibleName(/In progress/);
      await readToTheEnd(page);
      await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);
      expect(errors).toEqual([]);
    });
  }
});
