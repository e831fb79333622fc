// The cmi5 package against a mock cmi5 LMS and LRS: the launch steps with a one-time fetch URL, statements that are
// valid xAPI and follow cmi5's rules (the mock LRS refuses those that do not), a reload that keeps the session (and,
// without pageswap, one that ends it), resume from the state API on a new browser, browse mode, scores as whole
// questions, one judgement per session, statements the LRS refused sent again, resume data the course cannot read,
// and Exit course back to the LMS.
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
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
  seedCmi5State,
  shellStatus,
  trackLmsPageErrors,
  withoutPageswap,
  type StatementRecord,
} from './lms-helpers';

const VERB = (id: string) => `http://adlnet.gov/expapi/verbs/${id}`;
const verbs = (statements: StatementRecord[]) => statements.map((statement) => statement.verb.id.split('/').pop());
const ROOT = '/mod/cmi5/content/7/au/';

async function launch(browser: Browser, learner: string, registration: string, mode = 'Normal', pageswap = true, returnURL = true) {
  const context = await browser.newContext();
  if (!pageswap) await withoutPageswap(context);
  const page = await context.newPage();
  const errors = trackLmsPageErrors(page);
  await page.goto(`/lms/cmi5/launch?learner=${learner}&registration=${registration}&mode=${mode}${returnURL ? '' : '&returnURL=none'}`);
  const frame = await courseFrame(page, true);
  return { context, page, frame, errors };
}

/** The cmi5 rules every registration must keep, checked on what the LRS received. */
function expectCmi5Rules(statements: StatementRecord[], registration: string): void {
  const mine = statements.filter((statement) => statement.context?.registration === registration);
  expect(mine.length).toBeGreaterThan(0);
  // Sessions: each starts with initialized and ends with terminated, with nothing outside them.
  const sessions: string[][] = [];
  for (const verb of verbs(mine)) {
    if (verb === 'initialized') sessions.push([]);
    expect(sessions.length, `${verb} before any initialized`).toBeGreaterThan(0);
    sessions.at(-1)!.push(verb!);
  }
  for (const session of sessions) {
    expect(session[0]).toBe('initialized');
    expect(session.at(-1)).toBe('terminated');
    expect(session.filter((verb) => verb === 'terminated')).toHaveLength(1);
  }
  const all = verbs(mine);
  expect(all.filter((verb) => verb === 'completed').length).toBeLessThanOrEqual(1);
  expect(all.filter((verb) => verb === 'passed').length).toBeLessThanOrEqual(1);
  const passedAt = all.indexOf('passed');
  if (passedAt >= 0) expect(all.slice(passedAt)).not.toContain('failed');
  for (const statement of mine.filter((item) => item.verb.id === VERB('terminated'))) {
    expect(statement.result?.duration).toMatch(/^PT/);
  }
}

test('cmi5: launch, fail then pass, reload without pageswap, close, resume on a new browser', async ({ browser }) => {
  // Two assessments of 15 questions or two launches: a long journey on a busy machine.
  test.slow();
  const learner = `cmi5-${Date.now()}`;
  const registration = randomUUID();
  // A browser without pageswap cannot tell this reload from a close: the reload ends the session (the fallback).
  const first = await launch(browser, learner, registration, 'Normal', false);
  const course = await readCourse(first.page, true);
  const root = new URL(ROOT, first.page.url());
  const lessons = course.key.lessons.map((lesson) => lesson.id);

  // The launch steps ran: one fetch, then initialized.
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized']);
  expect((await records('cmi5', learner)).fetchUses).toBe(1);

  await first.frame.goto(new URL(`lessons/${lessons[2]}/index.html`, root).href);
  await expect(first.frame.locator(`[data-lesson="${lessons[2]}"]`)).toBeVisible();
  await first.frame.goto(new URL('assessment/index.html', root).href);
  await answerAssessment(first.frame, course, 'wrong');
  await expect(first.frame.getByText(/^Not passed yet\./)).toBeVisible();
  // A failed submission is held until the session ends: the learner may still pass in it (one judgement a session).
  await first.page.waitForTimeout(500);
  expect(verbs((await records('cmi5', learner)).statements)).toEqual(['initialized']);
  await first.frame.getByRole('button', { name: 'Retry' }).click();
  await answerAssessment(first.frame, course, 'right');
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed']);
  const passed = (await records('cmi5', learner)).statements.at(-1)!;
  expect(passed.result).toMatchObject({ success: true, score: { scaled: 1, raw: 15, min: 0, max: 15 } });

  // The reload keeps the token (the fetch URL is not asked again) and the learner's place and results.
  await hideShell(first.page, true);
  await first.page.reload();
  const reloaded = await courseFrame(first.page, true);
  await expect(reloaded.locator(`[data-lesson="${lessons[2]}"]`)).toBeVisible();
  await expect(first.page.getByRole("status")).toContainText("Reloading the page ended this session");
  expect((await records('cmi5', learner)).fetchUses).toBe(1);
  await first.page.close({ runBeforeUnload: true });
  expect(first.errors).toEqual([]);

  let recorded = await records('cmi5', learner);
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements).at(-1)).toBe('terminated');
  // The keepalive requests of the closed page may still be on their way: the context stays open until they arrive.
  await first.context.close();
  recorded = await records('cmi5', learner);
  expect(recorded.invalid).toEqual([]);
  expect(recorded.rejected).toEqual([]);
  expectCmi5Rules(recorded.statements, registration);

  // A new launch of the same registration on an empty profile resumes from the LRS's state; nothing is sent twice.
  const second = await launch(browser, learner, registration);
  await expect.poll(() => second.frame.url()).toContain(`lessons/${lessons[2]}/index.html`);
  await second.frame.goto(new URL('assessment/index.html', root).href);
  await expect(second.frame.getByText(/^Passed\./)).toBeVisible();
  await second.page.close({ runBeforeUnload: true });
  expect(second.errors).toEqual([]);
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements).filter((verb) => verb === 'terminated')).toHaveLength(2);
  await second.context.close();
  recorded = await records('cmi5', learner);
  expect(recorded.fetchUses).toBe(2);
  expect(recorded.invalid).toEqual([]);
  expect(recorded.rejected).toEqual([]);
  expectCmi5Rules(recorded.statements, registration);
});

test('cmi5: a reload keeps the session: one initialized, results earned after it sent, terminated on the close', async ({ browser }) => {
  const learner = `cmi5-reload-${Date.now()}`;
  const registration = randomUUID();
  const { context, page, frame, errors } = await launch(browser, learner, registration);
  const launched = Date.now();
  const course = await readCourse(page, true);
  const root = new URL(ROOT, page.url());
  const lesson = course.key.lessons[1]!.id;
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized']);

  // Read a lesson, spend a moment on it, then reload the shell.
  await frame.goto(new URL(`lessons/${lesson}/index.html`, root).href);
  await expect(frame.locator(`[data-lesson="${lesson}"]`)).toBeVisible();
  await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  await hideShell(page, true);
  await page.waitForTimeout(2500);
  const reloadedAt = new Date().toISOString();
  await reloadShell(page, true);
  const reloaded = await courseFrame(page, true);
  await expect(reloaded.locator(`[data-lesson="${lesson}"]`)).toBeVisible();
  expect(await shellStatus(page, true)).toBe('');
  let recorded = await records('cmi5', learner);
  expect(recorded.fetchUses).toBe(1);
  expect(verbs(recorded.statements)).toEqual(['initialized']);

  // Passed after the reload: sent at once, in the same session.
  await reloaded.goto(new URL('assessment/index.html', root).href);
  await answerAssessment(reloaded, course, 'right');
  await expect(reloaded.getByText(/^Passed\./)).toBeVisible();
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed']);

  await page.close({ runBeforeUnload: true });
  const closed = Date.now();
  expect(errors).toEqual([]);
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed', 'terminated']);
  await context.close();
  recorded = await records('cmi5', learner);
  expect(recorded.invalid).toEqual([]);
  expectCmi5Rules(recorded.statements, registration);
  const [initialized, passed, terminated] = recorded.statements;
  expect(passed!.timestamp! > reloadedAt).toBe(true);
  expect(passed!.result).toMatchObject({ success: true, score: { scaled: 1 } });
  // One session: the LMS's session id on every statement, and a duration that spans the reload.
  const sessionId = (statement: StatementRecord) => JSON.stringify(statement.context).match(/sessionid":"([^"]+)/)?.[1];
  expect(sessionId(initialized!)).toBeTruthy();
  expect(new Set([initialized, passed, terminated].map((statement) => sessionId(statement!)))).toEqual(new Set([sessionId(initialized!)]));
  expect(durationMilliseconds(terminated!.result!.duration!)).toBeGreaterThanOrEqual(closed - launched - 2000);
});

test('cmi5: browse mode sends only initialized and terminated', async ({ browser }) => {
  const learner = `cmi5-browse-${Date.now()}`;
  const registration = randomUUID();
  const { context, page, frame, errors } = await launch(browser, learner, registration, 'Browse');
  const course = await readCourse(page, true);
  await frame.goto(new URL('assessment/index.html', new URL(ROOT, page.url())).href);
  await answerAssessment(frame, course, 'right');
  await expect(frame.getByText(/^Passed\./)).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'terminated']);
  await context.close();
  expect((await records('cmi5', learner)).invalid).toEqual([]);
  expect(errors).toEqual([]);
});

const assessmentUrl = (page: Page) => new URL('assessment/index.html', new URL(ROOT, page.url())).href;
const shellMessage = (page: Page) => page.getByRole('status');

test('cmi5: a pass at 14 of 15 is reported with raw 14 of 0..15, and a later 15 of 15 sends nothing more', async ({ browser }) => {
  // Two assessments of 15 questions or two launches: a long journey on a busy machine.
  test.slow();
  const learner = `cmi5-raw-${Date.now()}`;
  const registration = randomUUID();
  const { context, page, frame, errors } = await launch(browser, learner, registration);
  const course = await readCourse(page, true);
  await frame.goto(assessmentUrl(page));
  await answerAssessment(frame, course, 14);
  await expect(frame.getByText(/^Passed\./)).toBeVisible();
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed']);
  const passed = (await records('cmi5', learner)).statements.at(-1)!;
  expect(passed.result?.score).toEqual({ scaled: 0.9333, raw: 14, min: 0, max: 15 });

  await frame.getByRole('button', { name: 'Retry' }).click();
  await answerAssessment(frame, course, 'right');
  await expect(frame.getByText(/^Passed\./)).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed', 'terminated']);
  await context.close();
  const recorded = await records('cmi5', learner);
  expect(recorded.rejected).toEqual([]);
  expect(recorded.invalid).toEqual([]);
  expectCmi5Rules(recorded.statements, registration);
  expect(errors).toEqual([]);
});

test('cmi5: fail, retry and pass in one session sends one judgement, passed; a failure alone is sent as the session ends', async ({ browser }) => {
  // Two assessments of 15 questions or two launches: a long journey on a busy machine.
  test.slow();
  const learner = `cmi5-judge-${Date.now()}`;
  const registration = randomUUID();
  const first = await launch(browser, learner, registration);
  const course = await readCourse(first.page, true);
  await first.frame.goto(assessmentUrl(first.page));
  await answerAssessment(first.frame, course, 'wrong');
  await expect(first.frame.getByText(/^Not passed yet\./)).toBeVisible();
  await first.frame.getByRole('button', { name: 'Retry' }).click();
  await answerAssessment(first.frame, course, 'right');
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed']);
  await first.page.close({ runBeforeUnload: true });
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed', 'terminated']);
  await first.context.close();

  // Another registration: failed, and the window closed; failed goes out before terminated.
  const again = randomUUID();
  const second = await launch(browser, learner, again);
  await second.frame.goto(assessmentUrl(second.page));
  await answerAssessment(second.frame, course, 'wrong');
  await expect(second.frame.getByText(/^Not passed yet\./)).toBeVisible();
  await second.page.close({ runBeforeUnload: true });
  const mine = async () => (await records('cmi5', learner)).statements.filter((statement) => statement.context?.registration === again);
  await expect.poll(async () => verbs(await mine())).toEqual(['initialized', 'failed', 'terminated']);
  await second.context.close();
  const failed = (await mine())[1]!;
  expect(failed.result).toMatchObject({ success: false, score: { raw: 0, min: 0, max: 15, scaled: 0 } });
  const recorded = await records('cmi5', learner);
  expect(recorded.rejected).toEqual([]);
  expectCmi5Rules(recorded.statements, registration);
  expectCmi5Rules(recorded.statements, again);
  expect([...first.errors, ...second.errors]).toEqual([]);
});

test('cmi5: a statement the LRS refused is sent again, and the learner is told meanwhile', async ({ browser }) => {
  const learner = `cmi5-retry-${Date.now()}`;
  const registration = randomUUID();
  const { context, page, frame } = await launch(browser, learner, registration);
  const course = await readCourse(page, true);
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized']);
  await controlLms('cmi5', learner, { refuseStatements: true });
  await frame.goto(assessmentUrl(page));
  await answerAssessment(frame, course, 'right');
  await expect(shellMessage(page)).toContainText('Your LMS is not saving this visit; keep this window open');
  await expect.poll(async () => (await records('cmi5', learner)).refused, { timeout: 15_000 }).toBeGreaterThan(1);
  await controlLms('cmi5', learner, { refuseStatements: false });
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements), { timeout: 30_000 }).toEqual(['initialized', 'passed']);
  await expect(shellMessage(page)).toHaveText('');
  await page.close({ runBeforeUnload: true });
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'passed', 'terminated']);
  await context.close();
  expect((await records('cmi5', learner)).rejected).toEqual([]);
});

test('cmi5: a pass the LRS never took is sent at the next launch', async ({ browser }) => {
  const learner = `cmi5-next-${Date.now()}`;
  const registration = randomUUID();
  const first = await launch(browser, learner, registration);
  const course = await readCourse(first.page, true);
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized']);
  await controlLms('cmi5', learner, { refuseStatements: true });
  await first.frame.goto(assessmentUrl(first.page));
  await answerAssessment(first.frame, course, 'right');
  await expect(shellMessage(first.page)).toContainText('Your LMS is not saving this visit');
  await first.page.close({ runBeforeUnload: true });
  await first.context.close();
  await controlLms('cmi5', learner, { refuseStatements: false });
  // The closed session's terminated was refused too: the LMS would abandon it. The next launch sends the pass.
  const second = await launch(browser, learner, registration);
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'initialized', 'passed']);
  await second.page.close({ runBeforeUnload: true });
  await second.context.close();
  expect((await records('cmi5', learner)).rejected).toEqual([]);
});

test('cmi5: resume data the course cannot read is kept aside, the learner told, and nothing sent twice', async ({ browser }) => {
  const learner = `cmi5-garbage-${Date.now()}`;
  const registration = randomUUID();
  // An earlier session passed and completed; its resume data is now damaged.
  await seedCmi5State(
    learner,
    registration,
    'https://w3id.org/srm-course/lms/resume',
    JSON.stringify({ suspendData: '{"f":"srm1","t":0,"d":[', location: 'review', sent: { completed: true, passed: true, failedAttempts: 1 } }),
  );
  const { context, page, frame, errors } = await launch(browser, learner, registration);
  const course = await readCourse(page, true);
  await expect(shellMessage(page)).toContainText(/cannot read.+kept aside in this browser.+starts afresh.+results in the LMS stay as they are/);
  await frame.goto(assessmentUrl(page));
  await answerAssessment(frame, course, 'wrong');
  await expect(frame.getByText(/^Not passed yet\./)).toBeVisible();
  const backups = await frame.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':lms-resume-backup')).map((key) => localStorage.getItem(key)));
  expect(backups).toEqual(['{"f":"srm1","t":0,"d":[']);
  await page.close({ runBeforeUnload: true });
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'terminated']);
  await context.close();
  expect((await records('cmi5', learner)).rejected).toEqual([]);
  expect(errors).toEqual([]);
});

/** Presses Exit course in the shell by keyboard. */
async function exitByKeyboard(page: Page): Promise<void> {
  const exit = page.getByRole('button', { name: 'Exit course' });
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  await expect(exit).toBeFocused();
  await page.keyboard.press('Enter');
}

test('cmi5: Exit course ends the session with terminated and returns to the LMS', async ({ browser }) => {
  const learner = `cmi5-exit-${Date.now()}`;
  const registration = randomUUID();
  const { context, page, frame, errors } = await launch(browser, learner, registration);
  const lesson = (await readCourse(page, true)).key.lessons[3]!.id;
  await frame.goto(new URL(`lessons/${lesson}/index.html`, new URL(ROOT, page.url())).href);
  await expect(frame.locator(`[data-lesson="${lesson}"]`)).toBeVisible();
  await expectNoAxeViolations(page, 'cmi5 launch shell');
  await exitByKeyboard(page);
  await expect(page).toHaveURL(/\/lms\/returned/);
  await expect(page.getByRole('heading', { name: 'Back in the LMS' })).toBeVisible();
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'terminated']);
  await context.close();
  expect((await records('cmi5', learner)).rejected).toEqual([]);
  expect(errors).toEqual([]);
  // The bookmark was saved on the way out.
  const next = await launch(browser, learner, registration);
  await expect.poll(() => next.frame.url()).toContain(`lessons/${lesson}/index.html`);
  await next.context.close();
});

test('cmi5: Exit course without a returnURL says the window can be closed', async ({ browser }) => {
  const learner = `cmi5-exit-here-${Date.now()}`;
  const registration = randomUUID();
  const { context, page, errors } = await launch(browser, learner, registration, 'Normal', true, false);
  await exitByKeyboard(page);
  await expect(page.getByRole('heading', { name: 'You have left the course' })).toBeFocused();
  await expect(page.getByText('You can close this window.')).toBeVisible();
  await expect.poll(async () => verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'terminated']);
  await expectNoAxeViolations(page, 'cmi5 launch shell after Exit course');
  await page.close({ runBeforeUnload: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(verbs((await records('cmi5', learner)).statements)).toEqual(['initialized', 'terminated']);
  await context.close();
  expect(errors).toEqual([]);
});
