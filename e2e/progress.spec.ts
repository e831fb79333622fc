import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations, trackPageErrors, useTheme } from './helpers';
import { MAX_IMPORT_FILE_BYTES } from '../src/lib/progress/limits';

const KEY = 'srm-course:progress';
const BACKUP = 'srm-course:progress-backup';
const LESSON = 'lessons/why-datacenter-security-is-hard/';
const LESSON_TITLE = /Why securing your own datacenter is hard/i;
const LESSON_ID = 'why-datacenter-security-is-hard';
const SECTION_TITLE = 'Challenge 2: too many security tools';
const SECTION_ID = 'challenge-2-too-many-security-tools';

/** Answers the lesson's knowledge check through its own UI (first option everywhere) and checks it. */
async function tryTheCheck(page: Page): Promise<void> {
  const check = page.getByRole('button', { name: 'Check answers' });
  await check.scrollIntoViewIfNeeded();
  // The button is drawn before the island hydrates; answering before that would be undone by hydration.
  await expect(check).toBeEnabled();
  const groups = page.locator('fieldset');
  await expect(groups.first()).toBeVisible();
  for (const group of await groups.all()) {
    await group.locator('input').first().check();
  }
  await check.click();
}

/** Adds a (wrong) attempt at the lesson's knowledge check straight into storage, as if made in another tab. */
function addCheckAttempt([key, checkId, questionIds]: [string, string, string[]]) {
  const progress = JSON.parse(localStorage.getItem(key)!);
  const answers = Object.fromEntries(questionIds.map((id) => [id, ['not-an-option']]));
  progress.checks[checkId] = [{ at: new Date().toISOString(), answers }];
  localStorage.setItem(key, JSON.stringify(progress));
}

interface TrackedLesson {
  id: string;
  title: string;
  checkIds: string[];
  exerciseIds: string[];
  /** The question ids of each of the lesson's checks, now and in earlier versions: an attempt counts once it answers one set in full. */
  questionIds: Record<string, string[][]>;
}

/** The course's lessons with their checks and exercises, as the page tells its own script. */
async function courseLessons(page: Page): Promise<TrackedLesson[]> {
  return JSON.parse((await page.locator('[data-progress-tracker]').getAttribute('data-lessons'))!);
}


/** Saved progress where every lesson is complete, and the final assessment passed when `passed`. */
async function finishedProgress(page: Page, { passed }: { passed: boolean }) {
  const at = (minute: number) => new Date(Date.UTC(2026, 2, 14, 10, minute)).toISOString();
  const lessons = await courseLessons(page);
  const progress = { version: 2, lessons: {}, checks: {}, exercises: {}, lastPlace: null, settings: {}, reviews: { checks: {}, exercises: {} } } as Record<string, any>;
  lessons.forEach((lesson, index) => {
    progress.lessons[lesson.id] = { openedAt: at(index), endedAt: at(index) };
    // Tried, not necessarily right: an attempt counts once it answers every question.
    for (const id of lesson.checkIds) {
      const answers = Object.fromEntries(lesson.questionIds[id]![0]!.map((question) => [question, ['not-an-option']]));
      progress.checks[id] = [{ at: at(index), answers }];
    }
    // An exercise attempt counts once a card is placed (right or wrong): one card, in a zone that is no answer.
    for (const id of lesson.exerciseIds) {
      progress.exercises[id] = { attempts: [{ at: at(index), placements: { 'some-card': 'nowhere' } }], placements: {} };
    }
  });
  // Answer the whole assessment pool from the question bank: right answers to pass, wrong ones to fail.
  const bank = parse(readFileSync('content/checks/final-assessment.yaml', 'utf8')) as {
    questions: { id: string; options: { id: string; correct?: boolean }[] }[];
  };
  const answers = Object.fromEntries(
    bank.questions.map((question) => [question.id, question.options.filter((o) => Boolean(o.correct) === passed).slice(0, passed ? undefined : 1).map((o) => o.id)]),
  );
  progress.checks['final-assessment'] = [{ at: at(40), answers }];
  return progress;
}

async function seed(page: Page, progress: unknown): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(progress)]);
}

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
    await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').lessons?.[LESSON_ID]?.endedAt).toBeTruthy();
    // The lesson embeds a knowledge check, so it is complete only once that was tried too.
    await expect(lessonStatus(page)).toHaveAccessibleName(/In progress/);
    await tryTheCheck(page);
    await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);
    // Scrolling back up to a section makes it the place to come back to.
    await page.getByRole('heading', { name: SECTION_TITLE }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').lastPlace?.sectionId).toBe(SECTION_ID);
    await page.reload();
    await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);

    await page.goto('./');
    const card = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: LESSON_TITLE });
    await expect(card).toContainText('Complete');
    const resume = page.getByRole('link', { name: /Continue where you left off/ });
    await expect(resume).toHaveAccessibleName(LESSON_TITLE);
    await resume.click();
    await expect(page).toHaveURL(new RegExp(`#${SECTION_ID}$`));
    await expect(page.getByRole('heading', { name: SECTION_TITLE })).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('at 375 px, "Continue where you left off" wraps as one sentence, not in two columns', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./');
    await seed(page, { version: 1, lessons: {}, checks: {}, exercises: {}, lastPlace: { lessonId: LESSON_ID, at: new Date().toISOString() }, settings: {} });
    await page.reload();
    const resume = page.getByRole('link', { name: /Continue where you left off/ });
    await expect(resume).toBeVisible();
    // The sentence is too long for one line at 375 px. Wrapped text starts its next line at the left of the link's
    // content, so the lesson title does too; as a second column it would start further right on every line.
    const { contentLeft, titleLefts } = await resume.evaluate((link) => {
      const style = getComputedStyle(link);
      return {
        contentLeft: link.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
        titleLefts: [...link.lastElementChild!.getClientRects()].map((rect) => rect.left),
      };
    });
    expect(Math.min(...titleLefts) - contentLeft).toBeLessThan(1);
  });

  test('a learner who has not started sees "Not started" as text, and no Continue link', async ({ page }) => {
    await page.goto('./');
    const card = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: LESSON_TITLE });
    await expect(card).toContainText('Not started');
    await expect(page.getByRole('link', { name: /Continue where you left off/ })).toHaveCount(0);
    await expect(page.getByText('Continue where you left off')).toBeHidden();
    // Away from home the resume link never shows, not even as an empty box.
    await page.goto('progress/');
    await expect(page.getByText('Continue where you left off')).toBeHidden();
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
    await expect.poll(async () => JSON.parse((await stored(lesson)) ?? '{}').lessons?.[LESSON_ID]?.endedAt).toBeTruthy();
    await expect(card).toContainText('In progress');
    await tryTheCheck(lesson);
    await expect(card).toContainText('Complete');
    await expect(home.getByRole('link', { name: /Continue where you left off/ })).toBeVisible();
  });
});

const CORRUPT: [string, () => string][] = [
  ['garbage', () => '{{{ not json'],
  ['null', () => 'null'],
  ['JSON of the wrong shape', () => JSON.stringify({ version: 1, lessons: [], checks: 'none' })],
  ['a huge value', () => `{"version":1,"padding":"${'x'.repeat(1_200_000)}"}`],
];

test.describe('corrupt saved progress', () => {
  for (const [name, make] of CORRUPT) {
    test(`${name}: the site works, the value is kept under the backup key and progress starts fresh`, async ({ page }) => {
      test.setTimeout(60_000);
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
      expect(JSON.parse((await stored(page)) ?? 'null')).toMatchObject({ version: 2, lessons: { 'why-datacenter-security-is-hard': {} } });
      expect(await stored(page, 'someone-else')).toBe('untouched');
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
      await expect(lessonStatus(page)).toHaveAccessibleName(/In progress/);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('progress saved by a newer version of the course', () => {
  const NEWER = JSON.stringify({ version: 3, lessons: { [LESSON_ID]: { openedAt: '2027-01-01T00:00:00.000Z' } }, badges: ['new'] });
  const RELOAD = 'saved by a newer version of this course';

  test('is never overwritten, and every page asks for a reload', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto('./');
    await seed(page, JSON.parse(NEWER));
    await page.goto(LESSON);
    await expect(page.getByRole('status').filter({ hasText: RELOAD })).toBeVisible();
    await readToTheEnd(page);
    await tryTheCheck(page);
    await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);
    await page.goto('progress/');
    await expect(page.getByRole('status').filter({ hasText: RELOAD })).toBeVisible();
    expect(await stored(page)).toBe(NEWER);
    expect(await stored(page, BACKUP)).toBeNull();
    expect(errors).toEqual([]);
  });

  test('arriving from another tab, it is left alone and this tab asks for a reload', async ({ context }) => {
    const older = await context.newPage();
    const errors = trackPageErrors(older);
    await older.goto(LESSON);
    await expect(lessonStatus(older)).toHaveAccessibleName(/In progress/);
    const newer = await context.newPage();
    await newer.goto('./');
    await newer.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, NEWER]);
    await expect(older.getByRole('status').filter({ hasText: RELOAD })).toBeVisible();
    // This tab carries on with what it had, and what it does now is not saved over the newer progress.
    await expect(lessonStatus(older)).toHaveAccessibleName(/In progress/);
    await readToTheEnd(older);
    await tryTheCheck(older);
    await expect(lessonStatus(older)).toHaveAccessibleName(/Complete/);
    expect(await stored(older)).toBe(NEWER);
    expect(await stored(older, BACKUP)).toBeNull();
    expect(errors).toEqual([]);
  });
});

test.describe('saved progress too big to back up', () => {
  test('is left untouched and described truthfully until the learner confirms resetting everything', async ({ page }) => {
    test.setTimeout(60_000);
    const errors = trackPageErrors(page);
    // Storage refuses the copy, as a full origin refuses a second 4 MB value.
    await page.addInitScript(`{
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).endsWith('progress-backup')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    }`);
    await page.goto('./');
    await page.evaluate((key) => localStorage.setItem(key, 'x'.repeat(4_000_000)), KEY);
    // The page's notice (the progress page adds a note of its own that also says "left untouched").
    const untouchedNotice = page.locator('[data-notice="recovered-untouched"]');
    await page.goto(LESSON);
    await expect(untouchedNotice).toBeVisible();
    await expect(untouchedNotice).toContainText('It has been left untouched');
    await page.goto('progress/');
    await expect(untouchedNotice).toBeVisible();
    const note = page.getByText(/^Earlier progress on this browser could not be read/);
    await expect(note).toContainText('could not be copied, so it has been left untouched');
    await expect(note).not.toContainText('A copy was kept');
    expect(await stored(page, BACKUP)).toBeNull();
    expect((await stored(page))?.length, 'the lesson visit did not overwrite it').toBe(4_000_000);

    await page.getByRole('button', { name: 'Reset all progress' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
    await expect(dialog).toContainText('Your saved progress could not be read and could not be copied; resetting replaces it.');
    await dialog.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All progress was reset.' })).toBeVisible();
    // A reset keeps its time, so that another tab's older copy does not bring anything back.
    expect(JSON.parse((await stored(page))!)).toEqual({ version: 2, lessons: {}, checks: {}, exercises: {}, lastPlace: null, settings: {}, reviews: { checks: {}, exercises: {} }, clearedAt: expect.any(String) });
    await expect(note).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
    await expect(note).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

/** Every write fails as in a full origin; reads work. */
const STORAGE_FULL = `Storage.prototype.setItem = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };`;
const CANNOT_SAVE = 'can’t be saved on this browser';

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
    ['storage is full', STORAGE_FULL],
  ];
  for (const [name, script] of blockers) {
    test(`${name}: the visit works and a notice says progress can't be saved`, async ({ page }) => {
      const errors = trackPageErrors(page);
      await page.addInitScript({ content: script });
      await page.goto(LESSON);
      await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
      await expect(lessonStatus(page)).toHaveAccessibleName(/In progress/);
      await readToTheEnd(page);
      await tryTheCheck(page);
      await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);
      // Within the visit, other pages reflect what was done, although none of it could be stored.
      await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Your progress' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
      const lesson = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: LESSON_TITLE }) });
      await expect(lesson).toContainText('Complete');
      await expect(lesson).toContainText('Read to the end');
      await expect(page.getByText(/\b1 of \d+ lessons complete/)).toBeVisible();
      await page.getByRole('link', { name: LESSON_TITLE }).first().click();
      await expect(lessonStatus(page)).toHaveAccessibleName(/Complete/);
      expect(errors).toEqual([]);
    });
  }

  test('storage is full: pages that save nothing say so too', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.addInitScript({ content: STORAGE_FULL });
    for (const path of ['./', 'glossary/', 'about/']) {
      await page.goto(path);
      await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE }), path).toBeVisible();
    }
    expect(errors).toEqual([]);
  });

  test('storage is full: the progress page says a saved name or a reset lasts for this visit only', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto('progress/');
    await seed(page, await finishedProgress(page, { passed: true }));
    await page.addInitScript({ content: STORAGE_FULL });
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: CANNOT_SAVE })).toBeVisible();
    await page.getByLabel(/Your name for the record/).fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Name set for this visit only: the change could not be saved on this browser.' })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('Ada Lovelace');
    await page.getByRole('button', { name: 'Reset all progress' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, reset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'All progress was reset for this visit only: the change could not be saved on this browser.' })).toBeFocused();
    await expect(page.getByText(/\b0 of \d+ lessons complete/)).toBeVisible();
    // Nothing of it was stored: another tab still finds the saved progress, without the name.
    const other = await page.context().newPage();
    await other.goto('progress/');
    await expect(other.getByRole('article', { name: 'Certificate of completion' })).toContainText('This records that the course has been completed');
    expect(errors).toEqual([]);
  });
});

test.describe('progress page', () => {
  test('shows each lesson’s status and scores, the rule for completion, and the assessment result', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto(LESSON);
    await readToTheEnd(page);
    await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').lessons?.[LESSON_ID]?.endedAt).toBeTruthy();
    await page.goto('progress/');
    // An attempt made in another tab (written straight to storage) shows up after a reload.
    const questionIds = (await courseLessons(page)).find((lesson) => lesson.id === LESSON_ID)!.questionIds[LESSON_ID]![0]!;
    await page.evaluate(addCheckAttempt, [KEY, LESSON_ID, questionIds] as [string, string, string[]]);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'When is a lesson complete?' })).toBeVisible();
    await expect(page.getByText(/reached its end.*tried every knowledge check and\s+exercise/)).toBeVisible();
    const lessons = await courseLessons(page);
    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: LESSON_TITLE }) });
    await expect(first).toContainText('Complete');
    await expect(first).toContainText(/1 attempt\. Best: 0 of \d+ correct \(0%\)\. Last: 0 of \d+ correct/);
    await expect(page.getByText(`1 of ${lessons.length} lessons complete`)).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute('value', String(Math.round(100 / lessons.length)));
    await expect(page.getByText('Final assessment: Not attempted yet.')).toBeVisible();
    await expect(page.getByText(/completion record appears here once every lesson is complete/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('progress saved before the questions and cards were rewritten keeps every status, score and the pass', async ({ page }) => {
    // A learner who finished the course as it was before (src/lib/progress/fixtures/finished-before-issue-14.json):
    // many of its question and card ids no longer exist, and each is graded with the answer key it was made with.
    const errors = trackPageErrors(page);
    const before = JSON.parse(readFileSync('src/lib/progress/fixtures/finished-before-issue-14.json', 'utf8')) as { lessons: Record<string, unknown> };
    await page.goto('progress/');
    await seed(page, before);
    await page.reload();
    for (const lesson of await courseLessons(page)) {
      if (!(lesson.id in before.lessons)) continue; // a lesson added since
      const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lesson.title, exact: true }) });
      await expect(item, lesson.id).toContainText('Complete');
      await expect(item, lesson.id).toContainText(/2 attempts\. Best: (\d+) of \1 correct \(100%\)/);
    }
    await expect(page.getByText('Final assessment: Passed. Best score: 15 of 15 correct (100%); pass mark 80%.')).toBeVisible();

    // The check shows the old score but a fresh attempt, since its questions changed; the sort keeps the cards both
    // versions share and leaves the new ones to sort.
    await page.goto('lessons/security-is-shared/');
    const check = page.getByRole('region', { name: 'Check your knowledge', exact: true });
    await check.scrollIntoViewIfNeeded();
    await expect(check.getByText('The questions have changed since your last attempt, which still counts. Attempts: 2. Best score: 100%.')).toBeVisible();
    await expect(check.getByRole('button', { name: 'Check answers' })).toBeEnabled();
    await expect(check.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.goto('exercises/iaas-duties/');
    await expect(page.locator('[id^="DndLiveRegion"]')).toBeAttached();
    await expect(page.getByRole('region', { name: /^Unsorted cards \(2 cards\)$/ })).toBeVisible();
    await expect(page.locator('[data-result]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a finished course gives a printable completion record with the learner’s name', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto('progress/');
    await seed(page, await finishedProgress(page, { passed: false }));
    await page.reload();
    await expect(page.getByText(/Final assessment: Not passed yet\. Best score: 0 of \d+ correct \(0%\); pass mark 80%\./)).toBeVisible();
    await expect(page.getByRole('article', { name: 'Certificate of completion' })).toHaveCount(0);

    await seed(page, await finishedProgress(page, { passed: true }));
    await page.reload();
    await expect(page.getByText(/Final assessment: Passed\. Best score: (\d+) of \1 correct \(100%\); pass mark 80%\./)).toBeVisible();
    const record = page.getByRole('article', { name: 'Certificate of completion' });
    await expect(record).toContainText('This records that the course has been completed');
    await expect(record).toContainText('Completed on March 14, 2026.');
    await page.getByLabel(/Your name for the record/).fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save name' }).click();
    // The confirmation appears next to the button, where the learner is looking, not at the top of the page.
    await expect(page.getByRole('status').filter({ hasText: 'Name saved.' })).toBeInViewport();
    await expect(record).toContainText('This records that Ada Lovelace has completed the course');
    await page.reload();
    await expect(record).toContainText('Ada Lovelace');
    await expect(page.getByRole('button', { name: 'Print the record' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(record).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print the record' })).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('reset one lesson and then everything, by keyboard only, with a confirmation', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto('progress/');
    await seed(page, await finishedProgress(page, { passed: true }));
    await page.reload();
    const lessons = await courseLessons(page);
    const firstTitle = lessons[0]!.title;
    const reset = page.getByRole('button', { name: `Reset “${firstTitle}”` });
    await reset.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Reset “${firstTitle}”?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    await expect(page.getByText(`${lessons.length} of ${lessons.length} lessons complete`)).toBeVisible();

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Yes, reset' })).toBeFocused();
    await page.keyboard.press('Enter');
    const message = page.getByRole('status').filter({ hasText: `Progress for “${firstTitle}” was reset.` });
    await expect(message).toBeFocused();
    // In the lesson's own card, where its Reset button was.
    const firstCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: firstTitle }) });
    await expect(firstCard.getByRole('status')).toHaveText(`Progress for “${firstTitle}” was reset.`);
    await expect(page.getByText(`${lessons.length - 1} of ${lessons.length} lessons complete`)).toBeVisible();
    const saved = JSON.parse((await stored(page))!);
    expect(saved.lessons[lessons[0]!.id]).toBeUndefined();
    expect(saved.checks[lessons[0]!.checkIds[0]!]).toBeUndefined();
    expect(saved.lessons[lessons[1]!.id]).toBeDefined();

    await page.getByRole('button', { name: 'Reset all progress' }).focus();
    await page.keyboard.press('Enter');
    const all = page.getByRole('dialog', { name: 'Reset all progress?' });
    await expect(all).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'All progress was reset.' })).toBeFocused();
    await expect(page.getByText(`0 of ${lessons.length} lessons complete`)).toBeVisible();
    // A reset keeps its time, so that another tab's older copy does not bring anything back.
    expect(JSON.parse((await stored(page))!)).toEqual({ version: 2, lessons: {}, checks: {}, exercises: {}, lastPlace: null, settings: {}, reviews: { checks: {}, exercises: {} }, clearedAt: expect.any(String) });
    expect(errors).toEqual([]);
  });

  test('export → reset → import (keyboard only) restores the same progress', async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto(LESSON);
    await readToTheEnd(page);
    await page.goto('progress/');
    await seed(page, { ...(await finishedProgress(page, { passed: true })), settings: { learnerName: 'Grace' } });
    await page.reload();
    const before = JSON.parse((await stored(page))!);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download progress (JSON file)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^shared-responsibility-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(before);
    await expect(page.getByRole('status').filter({ hasText: 'Your progress file has been downloaded.' })).toBeInViewport();

    await page.getByRole('button', { name: 'Reset all progress' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, reset' }).click();
    await expect(page.getByText(/\b0 of \d+ lessons complete/)).toBeVisible();

    const input = page.getByLabel('Import a progress file');
    await input.focus();
    const choosing = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await choosing).setFiles(file);
    const preview = page.getByRole('heading', { name: 'What the import will change' });
    await expect(preview).toBeFocused();
    const table = page.getByRole('table');
    await expect(table.getByRole('row', { name: /Name on the completion record/ })).toContainText('none');
    await expect(table.getByRole('row', { name: /Name on the completion record/ })).toContainText('Grace');
    // Keyboard: the preview heading has focus, then the table's scrolling region, then the Replace button.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('region', { name: 'What the import will change' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Replace my progress with the file' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Your progress was replaced with the file’s.' })).toBeFocused();
    // Replace keeps the time it replaced everything (clearedAt), for other tabs; the facts are the file's.
    expect(JSON.parse((await stored(page))!)).toEqual({ ...before, clearedAt: expect.any(String) });
    await expect(page.getByRole('article', { name: 'Certificate of completion' })).toContainText('Grace');
    expect(errors).toEqual([]);
  });

  const BAD_FILES: [string, string | Buffer, RegExp][] = [
    ['not JSON', 'hello, I am a text file', /This is not a progress file/],
    ['JSON without a version', '{"lessons":{}}', /no version number/],
    ['from a newer version of the course', JSON.stringify({ version: 5, lessons: {} }), /cannot be read by this version of the course: it is version 5/],
    ['damaged', JSON.stringify({ version: 1, lessons: { x: { openedAt: 'soon' } }, checks: {}, exercises: {} }), /damaged: it has a field that is wrong: lessons\.x\.openedAt should be a date/],
    ['too large', Buffer.alloc(MAX_IMPORT_FILE_BYTES + 100_000, 32), /too large/],
  ];
  for (const [name, contents, message] of BAD_FILES) {
    test(`an import file that is ${name} is refused with a message and changes nothing`, async ({ page }) => {
      const errors = trackPageErrors(page);
      await page.goto(LESSON);
      await page.goto('progress/');
      const before = await stored(page);
      await page.getByLabel('Import a progress file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
      const alert = page.getByRole('alert');
      await expect(alert).toHaveText(message);
      await expect(alert).toContainText('Nothing was changed.');
      await expect(alert).toBeFocused();
      await expect(page.getByRole('heading', { name: 'What the import will change' })).toHaveCount(0);
      expect(await stored(page)).toBe(before);
      expect(errors).toEqual([]);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`no axe violations on the progress page (${theme}), empty, filled, with a dialog and an import preview`, async ({ page }) => {
      // Four full axe runs: slow on a loaded two-core machine.
      test.setTimeout(120_000);
      const errors = trackPageErrors(page);
      await useTheme(page, theme);
      await page.goto('progress/');
      await expectNoAxeViolations(page, `empty progress page (${theme})`);
      await seed(page, await finishedProgress(page, { passed: true }));
      await page.reload();
      await expect(page.getByRole('article', { name: 'Certificate of completion' })).toBeVisible();
      await expectNoAxeViolations(page, `finished progress page (${theme})`);
      await page.getByRole('button', { name: 'Reset all progress' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `reset dialog (${theme})`);
      await page.keyboard.press('Escape');
      await page.getByLabel('Import a progress file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from((await stored(page))!) });
      await expect(page.getByRole('heading', { name: 'What the import will change' })).toBeVisible();
      await expectNoAxeViolations(page, `import preview (${theme})`);
      // On a phone the table scrolls sideways, in a region a keyboard can reach.
      const viewport = page.viewportSize()!;
      await page.setViewportSize({ width: 375, height: 800 });
      const scroller = page.getByRole('table').locator('..');
      await expect.poll(() => scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await expectNoAxeViolations(page, `import preview at 375 px (${theme})`);
      await page.setViewportSize(viewport);
      await page.getByRole('button', { name: 'Cancel import' }).click();
      await page.getByLabel('Import a progress file').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page, `import refused (${theme})`);
      expect(errors).toEqual([]);
    });
  }
});
