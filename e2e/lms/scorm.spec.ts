// A learner takes the course inside an LMS (the stand-in LMS with scorm-again's API), for SCORM 1.2 and 2004:
// launch, read lessons, fail then pass the final assessment, check what the LMS recorded, close, and come back on
// an empty browser profile to find their place and results again; reload the shell mid-session; resume data the
// course cannot read, an LMS that refuses to save, and the Exit course control.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers';
import {
  answerAssessment,
  controlLms,
  courseFrame,
  durationMilliseconds,
  hideShell,
  readCourse,
  records,
  reloadShell,
  seedScorm,
  shellStatus,
  trackLmsPageErrors,
  type CourseData,
} from './lms-helpers';

const PATHS = { scorm12: '/pluginfile.php/12/mod_scorm/content/1/', scorm2004: '/pluginfile.php/12/mod_scorm/content/2/' };
const FIELDS = {
  scorm12: { status: 'cmi.core.lesson_status', score: 'cmi.core.score.raw', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', time: 'cmi.core.session_time' },
  scorm2004: { status: 'cmi.success_status', score: 'cmi.score.raw', location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time' },
};

async function launch(browser: Browser, standard: 'scorm12' | 'scorm2004', learner: string, context?: BrowserContext) {
  // A new context is an empty browser profile: nothing in localStorage.
  context ??= await browser.newContext();
  const page = await context.newPage();
  const errors = trackLmsPageErrors(page);
  await page.goto(`/lms/player?standard=${standard}&learner=${learner}`);
  const frame = await courseFrame(page);
  return { context, page, frame, errors };
}

/** The package root on the LMS (where it was "uploaded"). */
const rootOf = (page: Page, standard: keyof typeof PATHS) => new URL(PATHS[standard], page.url());

async function readLesson(frame: Frame, root: URL, lessonId: string): Promise<void> {
  await frame.goto(new URL(`lessons/${lessonId}/index.html`, root).href);
  await expect(frame.locator(`[data-lesson="${lessonId}"]`)).toBeVisible();
  await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
}

for (const standard of ['scorm12', 'scorm2004'] as const) {
  test(`${standard}: launch, lessons, a failed then passed assessment, close and resume on a new browser`, async ({ browser }) => {
    // Two launches or two assessments of 15 questions each: a long journey on a busy machine.
    test.slow();
    const learner = `${standard}-${test.info().workerIndex}-${Date.now()}`;
    const field = FIELDS[standard];
    const first = await launch(browser, standard, learner);
    const course: CourseData = await readCourse(first.page);
    const { frame, page } = first;
    const root = rootOf(page, standard);

    // Launch: the course home opens inside the shell, from the LMS's deep path, and the LMS session started.
    expect(frame.url()).toContain(`${PATHS[standard]}index.html`);
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    const lessons = course.key.lessons.map((lesson) => lesson.id);
    const storageKeys = await frame.evaluate(() => Object.keys(localStorage));
    expect(storageKeys).toContain(`srm-course@${PATHS[standard]}:progress`);
    expect(storageKeys.filter((key) => key.startsWith('srm-course:progress'))).toEqual([]);

    // Read two lessons: the bookmark follows the learner; nothing is passed or scored yet.
    await readLesson(frame, root, lessons[0]!);
    await readLesson(frame, root, lessons[1]!);
    await hideShell(page);
    await expect.poll(async () => (await records(standard, learner)).data[field.location] ?? '').toMatch(new RegExp(`^${lessons[1]}`));
    let data = (await records(standard, learner)).data;
    expect(data[field.status]).toBe(standard === 'scorm12' ? 'incomplete' : 'unknown');
    expect(data[field.score] ?? '').toBe('');

    // The final assessment, failed: the LMS gets "failed" and the score at once (a milestone commits).
    await frame.goto(new URL('assessment/index.html', root).href);
    await answerAssessment(frame, course, 'wrong');
    await expect(frame.getByText(/^Not passed yet\./)).toBeVisible();
    await expect.poll(async () => (await records(standard, learner)).data[field.status]).toBe('failed');
    data = (await records(standard, learner)).data;
    expect(Number(data[field.score])).toBeLessThan(course.masteryScore * 100);

    // Retried and passed.
    await frame.getByRole('button', { name: 'Retry' }).click();
    await answerAssessment(frame, course, 'right');
    await expect(frame.getByText(/^Passed\./)).toBeVisible();
    await expect.poll(async () => (await records(standard, learner)).data[field.status]).toBe('passed');
    data = (await records(standard, learner)).data;
    expect(data[field.score]).toBe('100');
    if (standard === 'scorm2004') {
      expect(data['cmi.score.scaled']).toBe('1');
      // Six lessons were never opened: passed, but not complete.
      expect(data['cmi.completion_status']).toBe('incomplete');
      expect(Number(data['cmi.progress_measure'])).toBeLessThan(1);
    }

    // Close the page: the final commit arrives, still suspended since the course is not finished.
    const before = (await records(standard, learner)).finals;
    await page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await records(standard, learner)).finals).toBe(before + 1);
    data = (await records(standard, learner)).data;
    expect(data[field.exit]).toBe('suspend');
    expect(data[field.time]).toMatch(standard === 'scorm12' ? /^\d{2,4}:\d{2}:\d{2}/ : /^PT/);
    expect(data['cmi.suspend_data']!.length).toBeLessThanOrEqual(4096);
    await first.context.close();
    expect(first.errors).toEqual([]);

    // Relaunch on an empty profile: the LMS's data restores progress and the frame opens at the bookmark.
    const second = await launch(browser, standard, learner);
    await expect.poll(() => second.frame.url()).toContain(`lessons/${lessons[1]}/index.html`);
    await second.frame.goto(new URL('assessment/index.html', root).href);
    await expect(second.frame.getByText(/^Passed\./)).toBeVisible();
    const commitsBefore = (await records(standard, learner)).commits.length;
    await hideShell(second.page);
    // The resumed session keeps the result (it never regresses to failed or incomplete).
    await expect.poll(async () => (await records(standard, learner)).commits.length).toBeGreaterThan(commitsBefore);
    expect((await records(standard, learner)).data[field.status]).toBe('passed');
    await second.context.close();
    expect(second.errors).toEqual([]);
  });
}

for (const standard of ['scorm12', 'scorm2004'] as const) {
  test(`${standard}: a reload of the shell carries on the session; it finishes once, on the close`, async ({ browser }) => {
    const learner = `${standard}-reload-${test.info().workerIndex}-${Date.now()}`;
    const field = FIELDS[standard];
    const { context, page, frame, errors } = await launch(browser, standard, learner);
    const launched = Date.now();
    const course: CourseData = await readCourse(page);
    const root = rootOf(page, standard);
    const lesson = course.key.lessons[1]!.id;

    // Read a lesson, spend a moment on it, then reload the shell (the LMS page and its API stay).
    await readLesson(frame, root, lesson);
    await hideShell(page);
    await expect.poll(async () => (await records(standard, learner)).data[field.location] ?? '').toMatch(new RegExp(`^${lesson}`));
    await page.waitForTimeout(2500);
    await reloadShell(page);
    const reloaded = await courseFrame(page);
    await expect.poll(() => reloaded.url()).toContain(`lessons/${lesson}/index.html`);
    expect(await shellStatus(page)).toBe('');
    const commitsBefore = (await records(standard, learner)).commits.length;
    expect((await records(standard, learner)).finals).toBe(0);

    // Passed after the reload: committed at once through the same session.
    await reloaded.goto(new URL('assessment/index.html', root).href);
    await answerAssessment(reloaded, course, 'right');
    await expect(reloaded.getByText(/^Passed\./)).toBeVisible();
    await expect.poll(async () => (await records(standard, learner)).data[field.status]).toBe('passed');
    const after = (await records(standard, learner)).commits.slice(commitsBefore);
    expect(after.some((commit) => commit[field.status] === 'passed')).toBe(true);

    // The close finishes the session, once, with the time of the whole session.
    await page.close({ runBeforeUnload: true });
    const closed = Date.now();
    await expect.poll(async () => (await records(standard, learner)).finals).toBe(1);
    const data = (await records(standard, learner)).data;
    expect(data[field.exit]).toBe('suspend');
    expect(durationMilliseconds(data[field.time]!)).toBeGreaterThanOrEqual(closed - launched - 2000);
    expect((await records(standard, learner)).launches).toBe(1);
    await context.close();
    expect(errors).toEqual([]);
  });
}

test('the shell leaves no trace without an LMS: the course runs as on the web', async ({ page }: { page: Page }) => {
  const errors = trackLmsPageErrors(page);
  await page.goto(`${PATHS.scorm12}lms-launch/index.html`);
  const frame = await courseFrame(page, true);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'launch shell without an LMS');
  // Links to lessons still work on a server without directory indexes.
  await frame.locator('a[href*="lessons/"]').first().click();
  await expect(frame.locator('[data-lesson]')).toBeVisible();
  // So does search: its index loads from the package, and a result opens the page under the package's path.
  const lessonFrame = await courseFrame(page, true);
  await lessonFrame.getByRole('button', { name: 'Search' }).click();
  await lessonFrame.getByRole('dialog').locator('input').first().fill('IaaS');
  const result = lessonFrame.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect.poll(() => page.mainFrame().childFrames()[0]?.url() ?? '').toMatch(new RegExp(`^http://[^/]+${PATHS.scorm12}.+/index\\.html`));
  await expect((await courseFrame(page, true)).locator('main')).toBeVisible();
  // A glossary term's result opens its entry in the package: the glossary file, at the term's anchor.
  const resultFrame = await courseFrame(page, true);
  await resultFrame.getByRole('button', { name: 'Search' }).click();
  await resultFrame.getByRole('dialog').locator('input').first().fill('hypervisor');
  await resultFrame.getByRole('dialog').getByRole('link', { name: 'Hypervisor', exact: true }).click();
  await expect.poll(() => page.mainFrame().childFrames()[0]?.url() ?? '').toMatch(new RegExp(`^http://[^/]+${PATHS.scorm12}glossary/index\\.html#hypervisor$`));
  await expect((await courseFrame(page, true)).locator(':target')).toHaveText('Hypervisor');
  expect(errors).toEqual([]);
});

/** The shell page (the package's launch file) inside the stand-in LMS's player. */
const shellOf = (page: Page) => page.frames().find((frame) => frame.url().includes('/lms-launch/index.html'))!;

/** What the LMS holds for a learner who passed with 100 and completed the course, in each standard's elements. */
const PASSED_RECORD = {
  scorm12: { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' },
  scorm2004: {
    'cmi.completion_status': 'completed',
    'cmi.success_status': 'passed',
    'cmi.score.scaled': '1',
    'cmi.score.raw': '100',
    'cmi.score.min': '0',
    'cmi.score.max': '100',
    'cmi.progress_measure': '1',
  },
};
/** Resume data as an earlier package wrote it, cut short as an LMS that truncates long values leaves it. */
const TRUNCATED = readFileSync('src/lib/lms/fixtures/srm1-trimmed.txt', 'utf8').slice(0, 1500);

/** The progress this browser holds for the package at `standard` (parsed), read from the course frame. */
async function browserProgress(frame: Frame, standard: keyof typeof PATHS): Promise<{ lessons: Record<string, { endedAt?: string }> }> {
  const text = await frame.evaluate((key) => localStorage.getItem(key), `srm-course@${PATHS[standard]}:progress`);
  return JSON.parse(text ?? '{"lessons":{}}') as { lessons: Record<string, { endedAt?: string }> };
}

for (const standard of ['scorm12', 'scorm2004'] as const) {
  for (const [damage, suspendData] of [
    ['garbage', '\u0001not resume data{'],
    ['truncated', TRUNCATED],
  ] as const) {
    test(`${standard}: ${damage} resume data never lowers the passed status and score the LMS holds; it is kept aside and the learner is told`, async ({ browser }) => {
      const learner = `${standard}-${damage}-${test.info().workerIndex}-${Date.now()}`;
      const field = FIELDS[standard];
      await seedScorm(standard, learner, { ...PASSED_RECORD[standard], 'cmi.suspend_data': suspendData, [field.location]: 'review' });
      const { context, page, frame, errors } = await launch(browser, standard, learner);
      const course = await readCourse(page);
      const root = rootOf(page, standard);

      // One sentence says what happened; the course starts afresh (this browser holds nothing of this learner's).
      await expect
        .soft(shellOf(page).getByRole('status'))
        .toContainText(/cannot read.+kept aside in this browser.+starts afresh.+results in the LMS stay as they are/);
      // The learner carries on; every value written is at least what the LMS held.
      await readLesson(frame, root, course.key.lessons[0]!.id);
      await hideShell(page);
      await expect.poll(async () => (await records(standard, learner)).commits.length).toBeGreaterThan(0);
      await page.close({ runBeforeUnload: true });
      await expect.poll(async () => (await records(standard, learner)).finals).toBe(1);
      const { commits, data } = await records(standard, learner);
      for (const commit of commits) {
        expect(commit[field.status] ?? 'passed', JSON.stringify(commit)).toBe('passed');
        expect(commit[field.score] ?? '100').toBe('100');
        if (standard === 'scorm2004') expect(commit['cmi.completion_status'] ?? 'completed').toBe('completed');
      }
      expect(data).toMatchObject(PASSED_RECORD[standard]);
      // The unreadable copy is kept aside in this browser, under the package's own key.
      const check = await context.newPage();
      await check.goto(`${PATHS[standard]}index.html`);
      const backups = await check.evaluate(
        (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => localStorage.getItem(key)),
        `srm-course@${PATHS[standard]}:lms-resume-backup`,
      );
      expect(backups).toEqual([suspendData]);
      await context.close();
      expect(errors).toEqual([]);
    });
  }

  test(`${standard}: when resume data cannot be read, this browser's progress is used if it is this learner's`, async ({ browser }) => {
    const learner = `${standard}-own-${test.info().workerIndex}-${Date.now()}`;
    const other = `${learner}-other`;
    const context = await browser.newContext();
    const first = await launch(browser, standard, learner, context);
    const course = await readCourse(first.page);
    const root = rootOf(first.page, standard);
    const lesson = course.key.lessons[0]!.id;
    await readLesson(first.frame, root, lesson);
    await expect.poll(async () => (await browserProgress(first.frame, standard)).lessons[lesson]?.endedAt).toBeTruthy();
    const endedAt = (await browserProgress(first.frame, standard)).lessons[lesson]!.endedAt;
    await first.page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await records(standard, learner)).finals).toBe(1);

    // The LMS's copy gets damaged; the same learner comes back on the same browser.
    await seedScorm(standard, learner, { 'cmi.suspend_data': 'damaged' });
    const second = await launch(browser, standard, learner, context);
    await expect.soft(shellOf(second.page).getByRole('status')).toContainText(/cannot read.+kept aside in this browser.+progress saved here is used/);
    // The very facts of the first visit (reading the lesson again would record a new time).
    expect((await browserProgress(second.frame, standard)).lessons[lesson]?.endedAt).toBe(endedAt);
    // …and the LMS gets readable resume data again.
    await hideShell(second.page);
    await expect.poll(async () => (await records(standard, learner)).data['cmi.suspend_data']).toMatch(/^\{"f":"srm/);
    await second.page.close({ runBeforeUnload: true });

    // Another learner on this browser, with damaged data of their own, does not get the first learner's progress.
    await seedScorm(standard, other, { 'cmi.suspend_data': 'damaged' });
    const third = await launch(browser, standard, other, context);
    await expect(shellOf(third.page).getByRole('status')).toContainText(/starts afresh/);
    expect((await browserProgress(third.frame, standard)).lessons[lesson]).toBeUndefined();
    await context.close();
    expect([...first.errors, ...second.errors, ...third.errors]).toEqual([]);
  });

  test(`${standard}: a refused commit is noticed, retried, and the learner told until the LMS saves again`, async ({ browser }) => {
    const learner = `${standard}-refused-${test.info().workerIndex}-${Date.now()}`;
    const field = FIELDS[standard];
    const { context, page, frame } = await launch(browser, standard, learner);
    const course = await readCourse(page);
    const root = rootOf(page, standard);
    const status = shellOf(page).getByRole('status');
    await expect.poll(async () => (await records(standard, learner)).commits.length).toBeGreaterThan(0);
    await expect(shellOf(page).getByText('Your LMS is not saving this visit')).toHaveCount(0);

    await controlLms(standard, learner, { refuseCommits: true });
    const lesson = course.key.lessons[1]!.id;
    await readLesson(frame, root, lesson);
    await hideShell(page);
    await expect(status).toContainText('Your LMS is not saving this visit; keep this window open');
    expect((await records(standard, learner)).refused).toBeGreaterThan(0);
    // The course keeps trying on its own; once the LMS takes commits again, the notice goes and the data arrives.
    await expect.poll(async () => (await records(standard, learner)).refused, { timeout: 15_000 }).toBeGreaterThan(1);
    await controlLms(standard, learner, { refuseCommits: false });
    await expect(status).toHaveText('', { timeout: 30_000 });
    expect((await records(standard, learner)).data[field.location]).toMatch(new RegExp(`^${lesson}`));
    await context.close();
  });

  test(`${standard}: Exit course saves, ends the session so that the LMS resumes it, and says the window can be closed`, async ({ browser }) => {
    const learner = `${standard}-exit-${test.info().workerIndex}-${Date.now()}`;
    const field = FIELDS[standard];
    const { context, page, frame, errors } = await launch(browser, standard, learner);
    const course = await readCourse(page);
    const lesson = course.key.lessons[2]!.id;
    await readLesson(frame, rootOf(page, standard), lesson);
    await expectNoAxeViolations(page, `${standard} launch shell`);

    // By keyboard: Tab from the top of the shell reaches the control first.
    const shell = shellOf(page);
    const exit = shell.getByRole('button', { name: 'Exit course' });
    await shell.locator('body').focus();
    await page.keyboard.press('Tab');
    await expect(exit).toBeFocused();
    await page.keyboard.press('Enter');
    const done = shell.getByRole('heading', { name: 'You have left the course' });
    await expect(done).toBeFocused();
    await expect(shell.getByText('You can close this window.')).toBeVisible();
    await expect.poll(async () => (await records(standard, learner)).finals).toBe(1);
    const { data } = await records(standard, learner);
    expect(data[field.exit]).toBe('suspend');
    expect(data[field.location]).toMatch(new RegExp(`^${lesson}`));
    if (standard === 'scorm2004') expect(data['adl.nav.request']).toBe('suspendAll');
    await expectNoAxeViolations(page, `${standard} launch shell after Exit course`);

    // Closing the window afterwards ends nothing twice; the next launch resumes at the bookmark.
    await page.close({ runBeforeUnload: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await records(standard, learner)).finals).toBe(1);
    const again = await launch(browser, standard, learner, context);
    await expect.poll(() => again.frame.url()).toContain(`lessons/${lesson}/index.html`);
    await context.close();
    expect([...errors, ...again.errors]).toEqual([]);
  });
}
