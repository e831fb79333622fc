// Helpers for the LMS specs: the frames of a launched package, the course (read from content/, not from what the
// package ships), the stand-in LMS's records and controls, and answering the final assessment.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** Port of the stand-in LMS (LMS_E2E_PORT, default 4402). */
export const LMS_PORT = Number(process.env.LMS_E2E_PORT || 4402);

/** The course as the tests need it: lessons, checks with their answers, the mastery score the package proposes. */
export interface CourseData {
  title: string;
  masteryScore: number;
  key: {
    lessons: { id: string; title: string }[];
    checks: Record<string, { title: string; questions: { id: string; correctOptionIds: string[] }[] }>;
    assessmentId: string | null;
  };
}

/** What the stand-in LMS recorded for a learner. */
export interface LmsRecords {
  commits: Record<string, string>[];
  finals: number;
  data: Record<string, string>;
  statements: StatementRecord[];
  invalid: { statement: unknown; warnings: string[] }[];
  /** Statements the LRS refused because they break the cmi5 rules, and why. */
  rejected: { verb: string; reason: string }[];
  /** Commits or statements refused while a test told the LMS to refuse them. */
  refused: number;
  fetchUses: number;
  launches: number;
}

/** A statement as the mock LRS stored it. */
export interface StatementRecord {
  id: string;
  verb: { id: string };
  result?: { success?: boolean; completion?: boolean; duration?: string; score?: { scaled?: number; raw?: number; min?: number; max?: number } };
  context?: { registration?: string };
  timestamp?: string;
}

/**
 * Console and page errors, as trackPageErrors collects them, except the browser's own log line for an xAPI
 * document that does not exist yet: the LRS answers 404 for a first state read or agent profile, as xAPI requires.
 */
export function trackLmsPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/status of 404/.test(message.text()) && /\/lrs\/(activities\/state|agents\/profile)/.test(message.location().url)) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return errors;
}

/** The shell page's frame (the launch file), found under the LMS page or as the page itself. */
function shellFrame(page: Page, direct: boolean): Frame {
  if (direct) return page.mainFrame();
  const frame = page.frames().find((candidate) => candidate.url().includes('/lms-launch/index.html'));
  if (!frame) throw new Error('the LMS did not open the launch file');
  return frame;
}

/** The frame that shows the course inside the shell, once it has loaded a page. */
export async function courseFrame(page: Page, direct = false): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => {
      const shell = page.frames().find((candidate) => candidate.url().includes('/lms-launch/index.html'));
      found = (direct ? page.mainFrame() : shell)?.childFrames().find((child) => child.url().startsWith('http'));
      return Boolean(found);
    })
    .toBe(true);
  await found!.waitForLoadState();
  return found!;
}

/** Lessons in order and checks with their answers, read from content/ (the answers a package ships are not used). */
function courseFromContent(): CourseData['key'] {
  const lessons = readdirSync('content/lessons')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/lessons/${file}`, 'utf8'))![1]!) as { title: string; order: number; draft?: boolean };
      return { id: file.replace(/\.mdx$/, ''), ...frontmatter };
    })
    .filter((lesson) => !lesson.draft)
    .sort((a, b) => a.order - b.order);
  let assessmentId: string | null = null;
  const checks: CourseData['key']['checks'] = {};
  for (const file of readdirSync('content/checks').filter((name) => name.endsWith('.yaml'))) {
    const id = file.replace(/\.yaml$/, '');
    const check = parse(readFileSync(`content/checks/${file}`, 'utf8')) as {
      title: string;
      kind?: string;
      questions: { id: string; options: { id: string; correct?: boolean }[] }[];
    };
    if (check.kind === 'assessment') assessmentId = id;
    checks[id] = {
      title: check.title,
      questions: check.questions.map((question) => ({
        id: question.id,
        correctOptionIds: question.options.filter((option) => option.correct).map((option) => String(option.id)),
      })),
    };
  }
  return { lessons: lessons.map(({ id, title }) => ({ id, title })), checks, assessmentId };
}

/** The course, from content/, with the mastery score the shell page carries for the packager. */
export async function readCourse(page: Page, direct = false): Promise<CourseData> {
  const text = await shellFrame(page, direct).locator('#lms-course').textContent();
  const { masteryScore } = JSON.parse(text ?? '{}') as { masteryScore: number };
  return { title: 'Cloud Security: Who Secures What', masteryScore, key: courseFromContent() };
}

/** Pretends the shell page went to the background (another tab, a minimised window): the bridge commits. */
export async function hideShell(page: Page, direct = false): Promise<void> {
  await shellFrame(page, direct).evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
}

/** Reloads the shell page alone, as the learner's reload button does (SCORM: the LMS page around it stays). */
export async function reloadShell(page: Page, direct = false): Promise<void> {
  if (direct) {
    await page.reload();
    return;
  }
  const shell = shellFrame(page, false);
  const reloaded = page.waitForEvent('framenavigated', (frame) => frame === shell);
  await shell.evaluate(() => setTimeout(() => location.reload()));
  await reloaded;
}

/** The message the shell shows the learner ('' when all is well). */
export async function shellStatus(page: Page, direct = false): Promise<string> {
  return (await shellFrame(page, direct).locator('[data-lms-status]').textContent()) ?? '';
}

/** Makes the browser behave as one without pageswap (before Baseline 2026): the shell never hears of it. */
export async function withoutPageswap(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => window.addEventListener('pageswap', (event) => event.stopImmediatePropagation(), true));
}

/** Milliseconds in a SCORM 1.2 CMITimespan (HHHH:MM:SS.SS) or an ISO 8601 duration (PT#H#M#S). */
export function durationMilliseconds(text: string): number {
  const timespan = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text);
  const match = timespan ?? iso;
  if (!match) throw new Error(`not a duration: ${text}`);
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}

/** What the stand-in LMS holds for a learner. */
export async function records(standard: string, learner: string): Promise<LmsRecords> {
  const response = await fetch(`http://localhost:${LMS_PORT}/lms/records?standard=${standard}&learner=${encodeURIComponent(learner)}`);
  return (await response.json()) as LmsRecords;
}

async function post(path: string, query: Record<string, string>, body: string): Promise<void> {
  const response = await fetch(`http://localhost:${LMS_PORT}${path}?${new URLSearchParams(query)}`, { method: 'POST', body });
  expect(response.ok, `${path} ${response.status}`).toBe(true);
}

/** Gives the stand-in LMS a record for a SCORM learner before launch (name-value pairs, as if committed earlier). */
export async function seedScorm(standard: 'scorm12' | 'scorm2004', learner: string, data: Record<string, string>): Promise<void> {
  await post('/lms/seed', { standard, learner }, JSON.stringify(data));
}

/** Puts a state document into the mock LRS for a cmi5 registration before launch. */
export async function seedCmi5State(learner: string, registration: string, stateId: string, document: string): Promise<void> {
  await post('/lms/seed', { standard: 'cmi5', learner, registration, stateId }, document);
}

/** Makes the stand-in LMS refuse SCORM commits, or the mock LRS refuse statements, until told otherwise. */
export async function controlLms(standard: string, learner: string, settings: { refuseCommits?: boolean; refuseStatements?: boolean }): Promise<void> {
  await post('/lms/control', { standard, learner }, JSON.stringify(settings));
}

/**
 * Answers every question of the final assessment shown in `frame` (all right, all wrong, or the first `n` right) and
 * checks the answers. Questions are recognised by their inputs' names, which end with the question id; answers come
 * from the course's content.
 */
export async function answerAssessment(frame: Frame, course: CourseData, mode: 'right' | 'wrong' | number): Promise<void> {
  const assessment = course.key.checks[course.key.assessmentId!]!;
  const questions = assessment.questions;
  const region = frame.getByRole('region', { name: assessment.title, exact: true });
  const check = region.getByRole('button', { name: 'Check answers' });
  await region.scrollIntoViewIfNeeded();
  // Enabled once the island has hydrated, which also fixes the question draw.
  await expect(check).toBeEnabled();
  const groups = region.getByRole('group');
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  const rightCount = mode === 'right' ? count : mode === 'wrong' ? 0 : mode;
  for (let index = 0; index < count; index += 1) {
    const inputs = groups.nth(index).locator('input');
    const name = (await inputs.first().getAttribute('name')) ?? '';
    const question = questions
      .filter((candidate) => name.endsWith(`-${candidate.id}`))
      .sort((a, b) => b.id.length - a.id.length)[0];
    if (!question) throw new Error(`no question in the course matches input name ${name}`);
    const values = await inputs.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
    const chosen = index < rightCount ? question.correctOptionIds : [values.find((value) => !question.correctOptionIds.includes(value))!];
    for (const value of chosen) await groups.nth(index).locator(`input[value="${value}"]`).check();
  }
  await check.click();
}
