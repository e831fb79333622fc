import { describe, expect, it, vi } from 'vitest';
import { standingOf } from '../../lms/standing';
import { MAX_REVIEW_ANSWERS } from '../progress/limits';
import type { Progress, Reviews } from '../progress/model';
import { countReviews } from '../progress/reviews';
import { loadRealCourse } from './fixtures/real-course';
import { wholeCourseWithRetries, withThirtyDaysOfDueReviews, withThirtyDaysOfEveryReview } from './fixtures/reviews';
import { heaviestJourney } from './fixtures/worst-case';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_LIMIT,
  SCORM12_SUSPEND_TARGET,
  SCORM2004_SUSPEND_LIMIT,
  TRIM_ORDER,
  type DecodedSuspendData,
} from './suspend-data';

// The LMS build, the only one whose progress holds attempts trimmed from LMS resume data (build.ts).
vi.mock('../progress/build', () => ({ LMS_BUILD: true }));

// The worst case: the heaviest learner this course can have (every lesson, every retry the course keeps, the
// longest answers and name), plus thirty days of reviews on top, built with the verbs the pages use.
const course = loadRealCourse();
const heaviest = [...heaviestJourney(course)].at(-1)!;
const end = Date.parse(heaviest.lastPlace!.at);
const everyReview = withThirtyDaysOfEveryReview(heaviest, course, end);
const dueReviews = withThirtyDaysOfDueReviews(heaviest, course, end);
const weigh = standingOf(course.key, heaviest).weigh;
// A learner who kept retrying: every check, exercise and the assessment tried twenty times, then thirty days of
// reviewing everything due each morning.
const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 2, 9);
const retrier = wholeCourseWithRetries(course, start, 20);
const retrierReviewing = withThirtyDaysOfDueReviews(retrier, course, start + 8 * DAY);
const items = Object.values(course.checks).reduce((sum, check) => sum + check.questions.length, 0) +
  course.sortExerciseIds.reduce((sum, id) => sum + Object.keys(course.key.exercises[id]!.solution).length, 0);

const progressOf = (decoded: DecodedSuspendData) => {
  if (decoded.status !== 'ok') throw new Error(`resume data not readable: ${decoded.status}`);
  return decoded;
};
/** Resume data keeps times to the second. */
const toSecond = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();
const reviewsToSecond = (reviews: Reviews): Reviews => ({
  checks: Object.fromEntries(Object.entries(reviews.checks).map(([id, list]) => [id, list.map((review) => ({ ...review, at: toSecond(review.at) }))])),
  exercises: Object.fromEntries(Object.entries(reviews.exercises).map(([id, list]) => [id, list.map((review) => ({ ...review, at: toSecond(review.at) }))])),
});
/** What the bridge writes for SCORM 1.2 (src/lms/bridge.ts): the target first, the limit when the target cannot be met. */
const scorm12 = (progress: Progress) =>
  encodeSuspendData(progress, { limit: SCORM12_SUSPEND_TARGET, weigh, reviews: false }) ??
  encodeSuspendData(progress, { limit: SCORM12_SUSPEND_LIMIT, weigh, reviews: false });

describe('the review deck in LMS resume data, in the worst case', () => {
  it('is the worst case: every question and card reviewed, every check and exercise keeping the most review answers allowed', { timeout: 60_000 }, () => {
    expect(countReviews(everyReview.reviews)).toBe((Object.keys(course.checks).length + course.sortExerciseIds.length) * MAX_REVIEW_ANSWERS);
    expect(items).toBeGreaterThan(100);
  });

  it(`costs SCORM 1.2 nothing: the whole course with retries plus 30 days of reviews is written as without any review, within ${SCORM12_SUSPEND_TARGET} of its ${SCORM12_SUSPEND_LIMIT} characters`, () => {
    for (const [reviewed, without] of [[everyReview, heaviest], [dueReviews, heaviest], [retrierReviewing, retrier]] as const) {
      const encoded = scorm12(reviewed)!;
      expect(encoded.text).toBe(scorm12(without)!.text);
      expect(encoded.text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_TARGET);
      const decoded = progressOf(decodeSuspendData(encoded.text));
      expect(decoded.progress.reviews).toEqual({ checks: {}, exercises: {} });
      // The bridge keeps this browser's review answers, when they are this learner's.
      expect(decoded.leftInBrowser).toContain('reviews');
    }
    console.info(`SCORM 1.2, the whole course with retries plus 30 days of reviews: ${scorm12(everyReview)!.text.length} characters.`);
  });

  it(`keeps every attempt of a learner who retried everything twenty times, and every answer of thirty days of reviewing what is due, within SCORM 2004's ${SCORM2004_SUSPEND_LIMIT.toLocaleString('en-US')} characters`, () => {
    const retrierWeigh = standingOf(course.key, retrier).weigh;
    const encoded = encodeSuspendData(retrierReviewing, { limit: SCORM2004_SUSPEND_LIMIT, weigh: retrierWeigh })!;
    expect(encoded.trimmed).toEqual([]);
    const decoded = progressOf(decodeSuspendData(encoded.text));
    expect(countReviews(retrierReviewing.reviews)).toBeGreaterThan(items * 3);
    expect(decoded.progress.reviews).toEqual(reviewsToSecond(retrierReviewing.reviews));
    expect(decoded.progress.checks).toEqual(progressOf(decodeSuspendData(encodeSuspendData(retrier)!.text)).progress.checks);
    expect(decoded.leftInBrowser).toEqual([]);
    console.info(`SCORM 2004, twenty tries of everything and thirty days of due reviews: ${countReviews(retrierReviewing.reviews)} answers, ${encoded.text.length} characters.`);
  });

  it(`gives up the oldest review answers of each item first, then the rest, before any attempt, to fit SCORM 2004's limit in the worst case`, () => {
    // What the heaviest learner without any review answer writes within the limit (this course's fits whole; a longer
    // course may already have to leave attempts out): the review answers only ever go first.
    const withoutReviews = encodeSuspendData(heaviest, { limit: SCORM2004_SUSPEND_LIMIT, weigh })!;
    const whole = encodeSuspendData(everyReview, { weigh })!;
    // The heaviest learner alone nearly fills SCORM 2004's limit: the review answers stay in this browser.
    expect(whole.text.length).toBeGreaterThan(SCORM2004_SUSPEND_LIMIT);
    const encoded = encodeSuspendData(everyReview, { limit: SCORM2004_SUSPEND_LIMIT, weigh })!;
    expect(encoded.trimmed).toEqual(TRIM_ORDER.slice(0, Math.max(2, withoutReviews.trimmed.length)));
    expect(encoded.trimmed.slice(0, 2)).toEqual(['older review answers', 'browser-only fields']);
    expect(encoded.text).toBe(withoutReviews.text);
    const decoded = progressOf(decodeSuspendData(encoded.text));
    expect(decoded.leftInBrowser).toEqual(['reviews']);
    console.info(`SCORM 2004, the heaviest learner and every item reviewed twice a day for 30 days: ${whole.text.length} characters whole, ${encoded.text.length} written.`);
  });

  it('keeps the newest review answers of each item when only the older ones need to go', () => {
    const full = encodeSuspendData(dueReviews, { weigh })!;
    const encoded = encodeSuspendData(dueReviews, { limit: full.text.length - 1, weigh })!;
    expect(encoded.trimmed).toEqual(['older review answers']);
    const decoded = progressOf(decodeSuspendData(encoded.text));
    const all = reviewsToSecond(dueReviews.reviews);
    expect(countReviews(decoded.progress.reviews)).toBeLessThan(countReviews(all));
    for (const [id, list] of Object.entries(all.checks)) expect(decoded.progress.reviews.checks[id]!.at(-1)).toEqual(list.at(-1));
    for (const [id, list] of Object.entries(all.exercises)) expect(decoded.progress.reviews.exercises[id]!.at(-1)).toEqual(list.at(-1));
    // The bridge keeps this browser's whole list instead, when it is this learner's.
    expect(decoded.leftInBrowser).toEqual(['reviews']);
    expect(decoded.progress.checks).toEqual(progressOf(decodeSuspendData(encodeSuspendData(heaviest)!.text)).progress.checks);
  });

  it('round-trips every review answer and feeling when there is no limit (cmi5)', () => {
    const decoded = progressOf(decodeSuspendData(encodeSuspendData(everyReview, { weigh })!.text));
    expect(decoded.progress.reviews).toEqual(reviewsToSecond(everyReview.reviews));
    expect(decoded.leftInBrowser).toEqual([]);
  });

  it('leaves every review answer in the browser before it leaves out any attempt', () => {
    const withoutReviews = encodeSuspendData(heaviest, { weigh })!.text.length;
    const encoded = encodeSuspendData(everyReview, { limit: withoutReviews, weigh })!;
    expect(encoded.trimmed).toEqual(['older review answers', 'browser-only fields']);
    const decoded = progressOf(decodeSuspendData(encoded.text));
    expect(decoded.progress.reviews).toEqual({ checks: {}, exercises: {} });
    expect(decoded.leftInBrowser).toEqual(['reviews']);
  });
});
