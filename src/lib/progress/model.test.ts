import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from './limits';
import { EMPTY_PROGRESS, MAX_LEARNER_NAME, isSafeId, withLastPlace, withLessonEnded, withLessonOpened } from './model';
import { withCheckAttempt } from './check-attempts';
import { withExerciseAttempt, withExercisePlacements } from './exercise-attempts';
import { withLearnerName, withoutLesson } from './attempts';

const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-01-01T11:00:00.000Z';

describe('progress model', () => {
  it('keeps EMPTY_PROGRESS frozen so nobody mutates the shared snapshot', () => {
    expect(Object.isFrozen(EMPTY_PROGRESS)).toBe(true);
    expect(Object.isFrozen(EMPTY_PROGRESS.lessons)).toBe(true);
  });

  it('records the first opening of a lesson only', () => {
    const once = withLessonOpened(EMPTY_PROGRESS, 'iaas-in-practice', T1);
    expect(once.lessons['iaas-in-practice']).toEqual({ openedAt: T1 });
    expect(withLessonOpened(once, 'iaas-in-practice', T2)).toBe(once);
  });

  it('records the first end of a lesson and fills in the opening if missing', () => {
    const ended = withLessonEnded(EMPTY_PROGRESS, 'review', T1);
    expect(ended.lessons.review).toEqual({ openedAt: T1, endedAt: T1 });
    expect(withLessonEnded(ended, 'review', T2)).toBe(ended);
    const opened = withLessonOpened(EMPTY_PROGRESS, 'review', T1);
    expect(withLessonEnded(opened, 'review', T2).lessons.review).toEqual({ openedAt: T1, endedAt: T2 });
  });

  it('appends check attempts as raw answers and keeps at most MAX_ATTEMPTS', () => {
    let progress = withCheckAttempt(EMPTY_PROGRESS, 'iaas', { q1: ['a'], q2: [] }, T1);
    expect(progress.checks.iaas).toEqual([{ at: T1, answers: { q1: ['a'], q2: [] } }]);
    for (let i = 0; i < MAX_ATTEMPTS + 5; i += 1) progress = withCheckAttempt(progress, 'iaas', { q1: ['b'] }, T2);
    expect(progress.checks.iaas).toHaveLength(MAX_ATTEMPTS);
    expect(progress.checks.iaas?.at(-1)).toEqual({ at: T2, answers: { q1: ['b'] } });
  });

  it('copies answers instead of keeping the caller’s arrays', () => {
    const chosen = ['a'];
    const progress = withCheckAttempt(EMPTY_PROGRESS, 'iaas', { q1: chosen }, T1);
    chosen.push('b');
    expect(progress.checks.iaas?.[0]?.answers.q1).toEqual(['a']);
  });

  it('ignores ids that could not be stored safely', () => {
    expect(withCheckAttempt(EMPTY_PROGRESS, '__proto__', { q: ['a'] }, T1)).toBe(EMPTY_PROGRESS);
    const answers = withCheckAttempt(EMPTY_PROGRESS, 'c', { q: ['x y', 'b'], 'bad id': ['a'] }, T1).checks.c?.[0]?.answers;
    expect(answers).toEqual({ q: ['b'] });
    expect(isSafeId('iaas-in-practice')).toBe(true);
    expect(isSafeId('')).toBe(false);
    expect(isSafeId('a b')).toBe(false);
  });

  it('saves exercise attempts and the board separately', () => {
    const wip = withExercisePlacements(EMPTY_PROGRESS, 'sort-iaas', { os: 'customer' });
    expect(wip.exercises['sort-iaas']).toEqual({ attempts: [], placements: { os: 'customer' } });
    const checked = withExerciseAttempt(wip, 'sort-iaas', { os: 'customer', disk: 'provider' }, T1);
    expect(checked.exercises['sort-iaas']).toEqual({
      attempts: [{ at: T1, placements: { os: 'customer', disk: 'provider' } }],
      placements: { os: 'customer', disk: 'provider' },
    });
    const moved = withExercisePlacements(checked, 'sort-iaas', {});
    expect(moved.exercises['sort-iaas']?.attempts).toHaveLength(1);
    expect(moved.exercises['sort-iaas']?.placements).toEqual({});
  });

  it('remembers the last place and skips no-op updates', () => {
    const there = withLastPlace(EMPTY_PROGRESS, 'paas-in-practice', 'what-the-provider-runs', T1);
    expect(there.lastPlace).toEqual({ lessonId: 'paas-in-practice', sectionId: 'what-the-provider-runs', at: T1 });
    expect(withLastPlace(there, 'paas-in-practice', 'what-the-provider-runs', T2)).toBe(there);
    expect(withLastPlace(there, 'review', undefined, T2).lastPlace).toEqual({ lessonId: 'review', at: T2 });
  });

  it('trims the learner name, caps its length and clears it when blank', () => {
    const named = withLearnerName(EMPTY_PROGRESS, '  Ada  ');
    expect(named.settings.learnerName).toBe('Ada');
    expect(withLearnerName(named, '   ').settings).toEqual({});
    expect(withLearnerName(EMPTY_PROGRESS, 'x'.repeat(200)).settings.learnerName).toHaveLength(MAX_LEARNER_NAME);
  });

  it('forgets one lesson with its checks and exercises, and nothing else', () => {
    let progress = withLessonEnded(EMPTY_PROGRESS, 'iaas-in-practice', T1);
    progress = withLessonOpened(progress, 'paas-in-practice', T1);
    progress = withCheckAttempt(progress, 'iaas', { q: ['a'] }, T1);
    progress = withCheckAttempt(progress, 'paas', { q: ['a'] }, T1);
    progress = withExerciseAttempt(progress, 'sort-iaas', { os: 'customer' }, T1);
    progress = withLastPlace(progress, 'iaas-in-practice', undefined, T2);
    const reset = withoutLesson(progress, 'iaas-in-practice', ['iaas'], ['sort-iaas'], T2);
    expect(reset.clearedAt, 'another tab’s older copy must not bring the lesson back').toBe(T2);
    expect(Object.keys(reset.lessons)).toEqual(['paas-in-practice']);
    expect(Object.keys(reset.checks)).toEqual(['paas']);
    expect(reset.exercises).toEqual({});
    expect(reset.lastPlace).toBeNull();
  });
});
