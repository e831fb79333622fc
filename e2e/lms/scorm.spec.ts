// A learner takes the course inside an LMS (the stand-in LMS with scorm-again's API), for SCORM 1.2 and 2004:
// launch, read lessons, fail then pass the final assessment, check what the LMS recorded, close, and come back on
// an empty browser profile to find their place and results again; and reload the shell mid-session.
import { expect, test, type Browser, type Frame, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers';
import {
  answerAssessment,
  courseFrame,
  durationMilliseconds,
  hideShell,
  readCourse,
  records,
  reloadShell,
  shellStatus,
  trackLmsPageErrors,
  type CourseData,
} from './lms-helpers';

const PATHS = { scorm12: '/pluginfile.php/12/mod_scorm/content/1/', scorm2004: '/pluginfile.php/12/mod_scorm/content/2/' };
const FIELDS = {
  scorm12: { status: 'cmi.core.lesson_status', score: 'cmi.core.score.raw', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', time: 'cmi.core.session_time' },
  scorm2004: { status: 'cmi.success_status', score: 'cmi.score.raw', location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time' },
};

async function launch(browser: Browser, standard: 'scorm12' | 'scorm2004', learner: string) {
  // A new context is an empty browser profile: nothing in localStorage.
  const context = await browser.newContext();
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
  expect(errors).toEqual([]);
});
