import { describe, expect, it } from 'vitest';
import { encodeProgress } from './codec';
import { mergeProgress } from './merge';
import { EMPTY_PROGRESS, withLastPlace, withLessonEnded, withLessonOpened, type Progress } from './model';
import { withCheckAttempt, withExerciseAttempt, withExercisePlacements, withLearnerName, withoutLesson } from './attempts';
import { withInstructorMode } from '../classroom/instructor-mode';

const T = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** Both tabs' merges of each other's saves, which must be the same text so that the tabs agree and stop writing. */
function bothWays(base: Progress, a: Progress, b: Progress): Progress {
  const ab = mergeProgress(a, b, base);
  const ba = mergeProgress(b, a, base);
  expect(encodeProgress(ab), 'both tabs end with the same value').toBe(encodeProgress(ba));
  // Merging again changes nothing: a tab that receives the merged value has nothing to add and writes nothing.
  expect(encodeProgress(mergeProgress(ab, ba, a))).toBe(encodeProgress(ab));
  expect(encodeProgress(mergeProgress(a, ab, base))).toBe(encodeProgress(ab));
  return ab;
}

describe('merging two tabs’ saves', () => {
  let base = withLessonOpened(EMPTY_PROGRESS, 'iaas-in-practice', T(0));
  base = withCheckAttempt(base, 'iaas-in-practice', { q1: ['a'] }, T(1));

  it('keeps what each tab recorded since they last agreed', () => {
    const a = withCheckAttempt(withLessonEnded(base, 'iaas-in-practice', T(2)), 'iaas-in-practice', { q1: ['b'] }, T(3));
    const b = withExerciseAttempt(withLessonOpened(base, 'paas-in-practice', T(3)), 'sort-paas', { card: 'customer' }, T(3));
    const merged = bothWays(base, a, b);
    expect(merged.checks['iaas-in-practice']?.map((attempt) => attempt.at)).toEqual([T(1), T(3)]);
    expect(merged.lessons).toEqual({ 'iaas-in-practice': { openedAt: T(0), endedAt: T(2) }, 'paas-in-practice': { openedAt: T(3) } });
    expect(merged.exercises['sort-paas']?.attempts).toHaveLength(1);
  });

  it('keeps two attempts saved at the same millisecond, in an order both tabs agree on', () => {
    const a = withCheckAttempt(base, 'c', { q1: ['a'] }, T(5));
    const b = withCheckAttempt(base, 'c', { q1: ['b'] }, T(5));
    expect(bothWays(base, a, b).checks.c).toHaveLength(2);
  });

  it('lets a reset in one tab win over the other tab’s older copy, keeping what that tab recorded afterwards', () => {
    const withLesson = withCheckAttempt(withLessonEnded(base, 'iaas-in-practice', T(2)), 'iaas-in-practice', { q1: ['b'] }, T(3));
    const reset = withoutLesson(withLesson, 'iaas-in-practice', ['iaas-in-practice'], [], T(10));
    // The other tab still holds the lesson, and records something new after the reset.
    const other = withLessonOpened(withLesson, 'saas-in-practice', T(11));
    const merged = bothWays(withLesson, reset, other);
    expect(merged.lessons).toEqual({ 'saas-in-practice': { openedAt: T(11) } });
    expect(merged.checks).toEqual({});
    expect(merged.clearedAt).toBe(T(10));
  });

  it('takes a choice from the tab that changed it, and agrees when both did', () => {
    const named = withLearnerName(base, 'Ada');
    const instructor = withInstructorMode(base, true);
    expect(bothWays(base, named, instructor).settings).toEqual({ instructorMode: true, learnerName: 'Ada' });
    const grace = withLearnerName(base, 'Grace');
    const merged = bothWays(base, named, grace);
    expect(['Ada', 'Grace']).toContain(merged.settings.learnerName);
    const board = withExercisePlacements(base, 'sort', { card: 'provider' });
    expect(bothWays(base, board, named).exercises.sort?.placements).toEqual({ card: 'provider' });
  });

  it('takes the later last place', () => {
    const a = withLastPlace(base, 'iaas-in-practice', 'one', T(20));
    const b = withLastPlace(base, 'paas-in-practice', 'two', T(21));
    expect(bothWays(base, a, b).lastPlace).toEqual({ lessonId: 'paas-in-practice', sectionId: 'two', at: T(21) });
  });
});

describe('merging an imported file', () => {
  it('never removes anything, even facts older than this browser’s last reset', () => {
    const reset = withoutLesson(withLessonOpened(EMPTY_PROGRESS, 'a', T(1)), 'a', [], [], T(30));
    const file = withCheckAttempt(withLessonOpened(EMPTY_PROGRESS, 'a', T(1)), 'c', { q: ['x'] }, T(2));
    const merged = mergeProgress(reset, file);
    expect(merged.lessons.a).toEqual({ openedAt: T(1) });
    expect(merged.checks.c).toHaveLength(1);
    expect(merged.clearedAt, 'this browser’s own reset time is kept').toBe(T(30));
  });
});
