import { describe, expect, it } from 'vitest';
import { encodeProgress } from './codec';
import { mergeProgress } from './merge';
import { EMPTY_PROGRESS, withLastPlace, withLessonEnded, withLessonOpened, type Progress } from './model';
import { withCheckAttempt } from './check-attempts';
import { withExerciseAttempt, withExercisePlacements } from './exercise-attempts';
import { withLearnerName, withoutLesson } from './attempts';
import { withInstructorMode } from '../classroom/instructor-mode';

const T = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/**
 * Tab A saved `a` and tab B then saved `b` without having seen it (both started from the same progress): A merges
 * B's save, writes the result, and B's merge of that must change nothing, so both tabs agree and stop writing.
 */
function raced(a: Progress, b: Progress): Progress {
  const merged = mergeProgress(a, b, true);
  expect(encodeProgress(mergeProgress(b, merged, true)), 'tab B takes the merged value as it is').toBe(encodeProgress(merged));
  expect(encodeProgress(mergeProgress(merged, merged, true)), 'merging again changes nothing').toBe(encodeProgress(merged));
  return merged;
}

describe('merging two tabs’ saves', () => {
  let base = withLessonOpened(EMPTY_PROGRESS, 'iaas-in-practice', T(0));
  base = withCheckAttempt(base, 'iaas-in-practice', { q1: ['a'] }, T(1));

  it('keeps what each tab recorded since they last agreed', () => {
    const a = withCheckAttempt(withLessonEnded(base, 'iaas-in-practice', T(2)), 'iaas-in-practice', { q1: ['b'] }, T(3));
    const b = withExerciseAttempt(withLessonOpened(base, 'paas-in-practice', T(3)), 'sort-paas', { card: 'customer' }, T(3));
    const merged = raced(a, b);
    expect(merged.checks['iaas-in-practice']?.map((attempt) => attempt.at)).toEqual([T(1), T(3)]);
    expect(merged.lessons).toEqual({ 'iaas-in-practice': { openedAt: T(0), endedAt: T(2) }, 'paas-in-practice': { openedAt: T(3) } });
    expect(merged.exercises['sort-paas']?.attempts).toHaveLength(1);
  });

  it('keeps two attempts saved at the same millisecond, in an order both tabs agree on', () => {
    const a = withCheckAttempt(base, 'c', { q1: ['a'] }, T(5));
    const b = withCheckAttempt(base, 'c', { q1: ['b'] }, T(5));
    expect(raced(a, b).checks.c).toHaveLength(2);
    expect(encodeProgress(raced(a, b)), 'in the same order whichever tab merges').toBe(encodeProgress(raced(b, a)));
  });

  it('lets a reset in one tab win over the other tab’s older copy, keeping what that tab recorded afterwards', () => {
    const withLesson = withCheckAttempt(withLessonEnded(base, 'iaas-in-practice', T(2)), 'iaas-in-practice', { q1: ['b'] }, T(3));
    const reset = withoutLesson(withLesson, 'iaas-in-practice', ['iaas-in-practice'], [], T(10));
    // The other tab still holds the lesson, and records something new after the reset.
    const other = withLessonOpened(withLesson, 'saas-in-practice', T(11));
    for (const merged of [raced(reset, other), raced(other, reset)]) {
      expect(merged.lessons).toEqual({ 'saas-in-practice': { openedAt: T(11) } });
      expect(merged.checks).toEqual({});
      expect(merged.clearedAt).toBe(T(10));
    }
  });

  it('takes choices (settings, boards in progress) from the latest save, even when it removed one', () => {
    const named = withInstructorMode(withLearnerName(base, 'Ada'), true);
    const board = withExercisePlacements(named, 'sort', { card: 'provider' });
    const off = withInstructorMode(board, false);
    expect(raced(board, off).settings, 'switched off in the other tab: stays off').toEqual({ learnerName: 'Ada' });
    expect(raced(base, board).exercises.sort?.placements).toEqual({ card: 'provider' });
  });

  it('takes the later last place', () => {
    const a = withLastPlace(base, 'iaas-in-practice', 'one', T(20));
    const b = withLastPlace(base, 'paas-in-practice', 'two', T(21));
    expect(raced(a, b).lastPlace).toEqual({ lessonId: 'paas-in-practice', sectionId: 'two', at: T(21) });
  });
});

describe('merging an imported file', () => {
  it('keeps this browser’s choices, and the file fills the gaps', () => {
    let ours = withLearnerName(EMPTY_PROGRESS, 'Grace');
    ours = withExercisePlacements(ours, 'a', {});
    let file = withLearnerName(EMPTY_PROGRESS, 'Ada');
    file = withInstructorMode(withExercisePlacements(file, 'a', { card: 'customer' }), true);
    const merged = mergeProgress(ours, file);
    expect(merged.settings).toEqual({ learnerName: 'Grace', instructorMode: true });
    expect(merged.exercises.a?.placements, 'an empty board is a gap').toEqual({ card: 'customer' });
  });

  it('never removes anything, even facts older than this browser’s last reset', () => {
    const reset = withoutLesson(withLessonOpened(EMPTY_PROGRESS, 'a', T(1)), 'a', [], [], T(30));
    const file = withCheckAttempt(withLessonOpened(EMPTY_PROGRESS, 'a', T(1)), 'c', { q: ['x'] }, T(2));
    const merged = mergeProgress(reset, file);
    expect(merged.lessons.a).toEqual({ openedAt: T(1) });
    expect(merged.checks.c).toHaveLength(1);
    expect(merged.clearedAt, 'this browser’s own reset time is kept').toBe(T(30));
  });
});
