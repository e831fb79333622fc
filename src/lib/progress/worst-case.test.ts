import { describe, expect, it } from 'vitest';
import { loadRealCourse } from '../lms/fixtures/real-course';
import { wholeCourseWithRetries, withThirtyDaysOfEveryReview } from '../lms/fixtures/reviews';
import { encodeProgress } from './codec';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILE_BYTES, MAX_REVIEW_ANSWERS } from './limits';
import { MAX_ATTEMPTS } from './model';
import { countReviews } from './reviews';
import { exportText, readImport } from './transfer';

// The worst case the course can save in a browser, built from the real course through the same verbs the pages use:
// every lesson read, every check, exercise and the assessment attempted the most times kept (MAX_ATTEMPTS), then
// thirty days in which every question and card was answered twice a day, with a feeling, so that every check and
// exercise keeps the most review answers allowed (MAX_REVIEW_ANSWERS).
const course = loadRealCourse();
const start = Date.UTC(2026, 10, 2, 9, 0);
const whole = wholeCourseWithRetries(course, start, MAX_ATTEMPTS);
const worst = withThirtyDaysOfEveryReview(whole, course, start + 8 * 86_400_000);

describe('the worst case in this browser', () => {
  it('is the worst case: every check and sorting exercise keeps the most review answers allowed', () => {
    expect(countReviews(worst.reviews)).toBe((Object.keys(course.checks).length + course.sortExerciseIds.length) * MAX_REVIEW_ANSWERS);
  });

  it('is saved, exported and imported again within the limits', () => {
    const text = exportText(worst);
    console.log(`worst case: ${encodeProgress(worst).length} characters saved, ${text.length} exported; without reviews ${encodeProgress(whole).length} saved, ${exportText(whole).length} exported`);
    expect(encodeProgress(worst).length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_FILE_BYTES);
    expect(readImport(text, text.length)).toEqual({ ok: true, progress: worst });
  });
});
