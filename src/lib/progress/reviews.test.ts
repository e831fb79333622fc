import { describe, expect, it } from 'vitest';
import { withCheckAttempt } from './check-attempts';
import { withExerciseAttempt } from './exercise-attempts';
import { withoutLesson } from './attempts';
import { decodeProgress, encodeProgress } from './codec';
import { MAX_REVIEW_ANSWERS } from './limits';
import { mergeProgress } from './merge';
import { EMPTY_PROGRESS, own, type Progress } from './model';
import { countReviews, withCardReview, withQuestionReview, withReviewFeeling } from './reviews';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();

describe('review answers', () => {
  it('records the options chosen for one question and the zone chosen for one card, with the time', () => {
    let progress = withQuestionReview(EMPTY_PROGRESS, 'iaas-in-practice', 'guest-os-patching', ['customer'], at(0));
    progress = withCardReview(progress, 'iaas-duties', 'patch-guest-os', 'customer', at(1));
    expect(progress.reviews).toEqual({
      checks: { 'iaas-in-practice': [{ at: at(0), answers: { 'guest-os-patching': ['customer'] } }] },
      exercises: { 'iaas-duties': [{ at: at(1), placements: { 'patch-guest-os': 'customer' } }] },
    });
    expect(progress.checks, 'a review is not a check attempt').toEqual({});
    expect(decodeProgress(encodeProgress(progress))).toEqual({ status: 'ok', progress, savedVersion: 2 });
  });

  it('refuses ids the store could not read back', () => {
    expect(withQuestionReview(EMPTY_PROGRESS, '__proto__', 'q', ['a'], at(0))).toBe(EMPTY_PROGRESS);
    expect(withCardReview(EMPTY_PROGRESS, 'x', 'card', 'not a zone', at(0))).toBe(EMPTY_PROGRESS);
    expect(withQuestionReview(EMPTY_PROGRESS, 'c', 'q', ['a', '<b>'], at(0)).reviews.checks.c).toEqual([{ at: at(0), answers: { q: ['a'] } }]);
  });

  it('keeps ids named like Object methods apart from the methods', () => {
    let progress = withQuestionReview(EMPTY_PROGRESS, 'constructor', 'toString', ['valueOf'], at(0));
    progress = withQuestionReview(progress, 'constructor', 'hasOwnProperty', ['a'], at(1));
    expect(progress.reviews.checks.constructor).toHaveLength(2);
    expect(own(EMPTY_PROGRESS.reviews.checks, 'constructor')).toBeUndefined();
    expect(decodeProgress(encodeProgress(progress)).progress).toEqual(progress);
  });

  it(`keeps the latest ${MAX_REVIEW_ANSWERS} answers of each check`, () => {
    let progress = withQuestionReview(EMPTY_PROGRESS, 'other', 'q', ['a'], at(0));
    for (let minute = 1; minute <= MAX_REVIEW_ANSWERS + 5; minute += 1) progress = withQuestionReview(progress, 'c', `q${minute % 3}`, ['a'], at(minute));
    const reviews = progress.reviews.checks.c!;
    expect(reviews).toHaveLength(MAX_REVIEW_ANSWERS);
    expect(reviews[0]!.at).toBe(at(6));
    expect(reviews.at(-1)!.at).toBe(at(MAX_REVIEW_ANSWERS + 5));
    expect(progress.reviews.checks.other, 'another check keeps its own').toHaveLength(1);
  });

  it('records how a review felt, changes it, and takes it back', () => {
    let progress = withQuestionReview(EMPTY_PROGRESS, 'c', 'q', ['a'], at(0));
    progress = withQuestionReview(progress, 'c', 'q', ['b'], at(1));
    const guessed = withReviewFeeling(progress, 'checks', 'c', 'q', at(1), 'guessed');
    expect(guessed.reviews.checks.c).toEqual([
      { at: at(0), answers: { q: ['a'] } },
      { at: at(1), answers: { q: ['b'] }, felt: 'guessed' },
    ]);
    expect(withReviewFeeling(guessed, 'checks', 'c', 'q', at(1), 'knew').reviews.checks.c![1]!.felt).toBe('knew');
    expect(withReviewFeeling(guessed, 'checks', 'c', 'q', at(1), null)).toEqual(progress);
    expect(withReviewFeeling(progress, 'checks', 'c', 'q', at(9), 'knew'), 'no review at that time').toBe(progress);
    expect(withReviewFeeling(progress, 'exercises', 'toString', 'q', at(0), 'knew')).toBe(progress);
  });

  it('merges two copies without losing or doubling an answer, and the later copy’s feeling wins', () => {
    const base = withQuestionReview(EMPTY_PROGRESS, 'c', 'q', ['a'], at(0));
    const ours = withReviewFeeling(withQuestionReview(base, 'c', 'q', ['b'], at(2)), 'checks', 'c', 'q', at(0), 'knew');
    const theirs = withCardReview(withQuestionReview(base, 'c', 'q', ['c'], at(1)), 'x', 'card', 'customer', at(3));
    // Between tabs the stored copy (`incoming`) is the one saved last.
    const merged = mergeProgress(theirs, ours, true).reviews;
    expect(merged.checks.c!.map((review) => [review.at, review.felt])).toEqual([
      [at(0), 'knew'],
      [at(1), undefined],
      [at(2), undefined],
    ]);
    expect(merged.exercises.x).toEqual(theirs.reviews.exercises.x);
    expect(mergeProgress(ours, theirs, true).reviews.checks.c![0], 'the later copy again').toEqual({ at: at(0), answers: { q: ['a'] } });
    expect(countReviews(merged)).toBe(4);
    const twice = mergeProgress(theirs, ours, true);
    expect(mergeProgress(twice, twice, true).reviews).toEqual(merged);
  });

  it('keeps the same limit when merging, and drops what the other copy reset', () => {
    let ours: Progress = EMPTY_PROGRESS;
    let theirs: Progress = EMPTY_PROGRESS;
    for (let minute = 0; minute < MAX_REVIEW_ANSWERS; minute += 1) {
      ours = withQuestionReview(ours, 'c', 'q', ['a'], at(minute * 2));
      theirs = withQuestionReview(theirs, 'c', 'q', ['a'], at(minute * 2 + 1));
    }
    const merged = mergeProgress(ours, theirs).reviews.checks.c!;
    expect(merged).toHaveLength(MAX_REVIEW_ANSWERS);
    expect(merged[0]!.at).toBe(at(MAX_REVIEW_ANSWERS));
    // Another tab reset everything after our answers: they do not come back.
    const reset: Progress = { ...EMPTY_PROGRESS, clearedAt: at(10_000) };
    expect(mergeProgress(ours, reset, true).reviews).toEqual({ checks: {}, exercises: {} });
  });

  it('forgets a lesson’s reviews with the lesson', () => {
    let progress = withCheckAttempt(EMPTY_PROGRESS, 'iaas', { q: ['a'] }, at(0));
    progress = withExerciseAttempt(progress, 'sort-iaas', { os: 'customer' }, at(0));
    progress = withQuestionReview(progress, 'iaas', 'q', ['a'], at(1));
    progress = withQuestionReview(progress, 'paas', 'q', ['a'], at(1));
    progress = withCardReview(progress, 'sort-iaas', 'os', 'customer', at(2));
    const reset = withoutLesson(progress, 'iaas-in-practice', ['iaas'], ['sort-iaas'], at(3));
    expect(reset.reviews).toEqual({ checks: { paas: progress.reviews.checks.paas }, exercises: {} });
  });
});
