// The review deck inside an LMS. SCORM 1.2's suspend_data (4,096 characters for everything) is kept for what the
// LMS reports on, so the Review page's answers stay in the browser there; SCORM 2004 and cmi5 keep them with the rest
// of the resume data. A learner answers a check with one miss, reviews the missed question, and comes back.
import { expect, test, type Browser, type BrowserContext, type Frame } from '@playwright/test';
import { courseFrame, hideShell, readCourse, records, trackLmsPageErrors, type CourseData } from './lms-helpers';

// Where the stand-in LMS serves each package (e2e/lms/test-lms-server.mjs).
const PATHS = { scorm12: '/pluginfile.php/12/mod_scorm/content/1/', scorm2004: '/pluginfile.php/12/mod_scorm/content/2/' };
const LESSON = 'iaas-in-practice';
const MISSED = 'guest-os-patching';

async function launch(browser: Browser | BrowserContext, standard: keyof typeof PATHS, learner: string) {
  const context = 'newContext' in browser ? await browser.newContext() : browser;
  const page = await context.newPage();
  const errors = trackLmsPageErrors(page);
  await page.goto(`/lms/player?standard=${standard}&learner=${learner}`);
  const frame = await courseFrame(page);
  return { context, page, frame, errors, root: new URL(PATHS[standard], page.url()) };
}

/** Answers the IaaS lesson's check: everything right but the guest OS question. Inputs' names end with the question id. */
async function checkWithOneMiss(frame: Frame, course: CourseData, root: URL): Promise<void> {
  await frame.goto(new URL(`lessons/${LESSON}/index.html`, root).href);
  const region = frame.getByRole('region', { name: 'Check your knowledge', exact: true });
  await region.scrollIntoViewIfNeeded();
  await expect(region.getByRole('button', { name: 'Check answers' })).toBeEnabled();
  const questions = course.key.checks[LESSON]!.questions;
  const groups = region.getByRole('group');
  for (let index = 0; index < (await groups.count()); index += 1) {
    const inputs = groups.nth(index).locator('input');
    const name = (await inputs.first().getAttribute('name')) ?? '';
    const question = questions.filter((candidate) => name.endsWith(`-${candidate.id}`)).sort((a, b) => b.id.length - a.id.length)[0]!;
    const values = await inputs.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
    const chosen = question.id === MISSED ? [values.find((value) => !question.correctOptionIds.includes(value))!] : question.correctOptionIds;
    for (const value of chosen) await groups.nth(index).locator(`input[value="${value}"]`).check();
  }
  await region.getByRole('button', { name: 'Check answers' }).click();
  await expect(region.getByText('Score: 3 of 4 correct (75%).')).toBeVisible();
}

/** Reviews the missed question right away ("Review anyway": it is the one due soonest) and says it was known. */
async function reviewTheMiss(frame: Frame, course: CourseData, root: URL): Promise<void> {
  await frame.goto(new URL('review/index.html', root).href);
  // The package says what its LMS keeps.
  await expect(frame.getByText(/SCORM 1\.2 has room only for .* so there your review answers stay in this browser/)).toBeVisible();
  await frame.getByRole('button', { name: 'Review anyway' }).click();
  const item = frame.getByRole('region', { name: 'Question' });
  const question = course.key.checks[LESSON]!.questions.find((candidate) => candidate.id === MISSED)!;
  await item.locator(`input[value="${question.correctOptionIds[0]}"]`).check();
  await item.getByRole('button', { name: 'Check answer' }).click();
  await item.getByRole('radio', { name: 'I knew it' }).check();
}

/** The review answers this browser holds for the package. */
async function browserReviews(frame: Frame, standard: keyof typeof PATHS) {
  return frame.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').reviews, `srm-course@${PATHS[standard]}:progress`);
}

test('scorm12: review answers stay in this browser; the LMS keeps the attempts, and the deck is whole again at the next launch', async ({ browser }) => {
  const learner = `review12-${test.info().workerIndex}-${Date.now()}`;
  const first = await launch(browser, 'scorm12', learner);
  const course = await readCourse(first.page);
  await checkWithOneMiss(first.frame, course, first.root);
  await reviewTheMiss(first.frame, course, first.root);
  await hideShell(first.page);
  await expect.poll(async () => (await records('scorm12', learner)).data['cmi.suspend_data'] ?? '').toContain(LESSON);
  const suspend = JSON.parse((await records('scorm12', learner)).data['cmi.suspend_data']!);
  // Resume data names every id by its base-36 place in the dictionary `d` (src/lib/lms/suspend-data.ts).
  expect(suspend.c[suspend.d.indexOf(LESSON).toString(36)], 'the check attempt is in the LMS').toHaveLength(1);
  expect(suspend.r, 'no review answer is in the LMS').toBeUndefined();
  await first.page.close({ runBeforeUnload: true });

  // Back on the same browser: the LMS's copy replaces the progress, but this browser's review answers are kept.
  const second = await launch(first.context, 'scorm12', learner);
  await second.frame.goto(new URL('review/index.html', second.root).href);
  await expect(second.frame.getByText(/ 4 items in your deck/)).toBeVisible();
  expect((await browserReviews(second.frame, 'scorm12')).checks[LESSON]).toEqual([
    { at: expect.any(String), answers: { [MISSED]: expect.any(Array) }, felt: 'knew' },
  ]);
  await first.context.close();
  expect([...first.errors, ...second.errors]).toEqual([]);
});

test('scorm2004: review answers go to the LMS with the rest and come back on an empty browser', async ({ browser }) => {
  const learner = `review2004-${test.info().workerIndex}-${Date.now()}`;
  const first = await launch(browser, 'scorm2004', learner);
  const course = await readCourse(first.page);
  await checkWithOneMiss(first.frame, course, first.root);
  await reviewTheMiss(first.frame, course, first.root);
  // The shell's copy of progress hears of the feeling through a storage event, a moment after the radio is checked:
  // hiding the shell saves what it has heard, so it is hidden again until the LMS holds the feeling too.
  await expect
    .poll(async () => {
      await hideShell(first.page);
      return (await records('scorm2004', learner)).data['cmi.suspend_data'] ?? '';
    })
    .toMatch(/"r":.*"knew"|"knew".*"r":/);
  const reviewed = await browserReviews(first.frame, 'scorm2004');
  await first.context.close();

  const second = await launch(browser, 'scorm2004', learner);
  await second.frame.goto(new URL('review/index.html', second.root).href);
  await expect(second.frame.getByText(/ 4 items in your deck/)).toBeVisible();
  // Resume data keeps times to the second.
  const toSeconds = (at: string) => `${at.slice(0, 19)}.000Z`;
  expect(await browserReviews(second.frame, 'scorm2004')).toEqual({
    checks: { [LESSON]: reviewed.checks[LESSON].map((review: { at: string }) => ({ ...review, at: toSeconds(review.at) })) },
    exercises: {},
  });
  await second.context.close();
  expect([...first.errors, ...second.errors]).toEqual([]);
});
