import { describe, expect, it } from 'vitest';
import { lessonActivityIds, summariseCourse, type CourseKey } from './derive';
import { EMPTY_PROGRESS, withLessonEnded, type Progress } from './model';
import { withCheckAttempt } from './check-attempts';
import { withExerciseAttempt } from './exercise-attempts';

const KEY: CourseKey = {
  lessons: [
    { id: 'iaas-in-practice', title: 'IaaS in practice', order: 4, checkIds: ['iaas-check'], exerciseIds: ['sort-iaas'] },
    { id: 'security-is-shared', title: 'Security is shared', order: 2, checkIds: [], exerciseIds: [] },
  ],
  checks: {
    'iaas-check': {
      title: 'Check: IaaS',
      lessonId: 'iaas-in-practice',
      passMark: 0.8,
      questions: [
        { id: 'q1', correctOptionIds: ['a'] },
        { id: 'q2', correctOptionIds: ['b', 'c'] },
      ],
    },
    final: {
      title: 'Final assessment',
      lessonId: null,
      passMark: 0.8,
      draw: 2,
      questions: [
        { id: 'f1', correctOptionIds: ['a'] },
        { id: 'f2', correctOptionIds: ['a'] },
        { id: 'f3', correctOptionIds: ['a'] },
      ],
    },
  },
  exercises: {
    'sort-iaas': { title: 'Sort: IaaS', lessonId: 'iaas-in-practice', solution: { os: 'customer', disk: 'provider' } },
  },
  assessmentId: 'final',
};

const T = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const iaas = KEY.lessons[0]!;
const shared = KEY.lessons[1]!;

function completeLessons(): Progress {
  let progress = withLessonEnded(EMPTY_PROGRESS, shared.id, T(1));
  progress = withLessonEnded(progress, iaas.id, T(2));
  progress = withCheckAttempt(progress, 'iaas-check', { q1: ['a'], q2: ['b'] }, T(3));
  progress = withCheckAttempt(progress, 'iaas-check', { q1: ['a'], q2: ['c', 'b'] }, T(4));
  progress = withCheckAttempt(progress, 'iaas-check', { q1: ['b'], q2: ['a'] }, T(5));
  return withExerciseAttempt(progress, 'sort-iaas', { os: 'customer' }, T(6));
}

describe('summariseCourse', () => {
  it('lists lessons in course order with nothing done', () => {
    const summary = summariseCourse(KEY, EMPTY_PROGRESS);
    expect(summary.lessons.map((lesson) => lesson.id)).toEqual(['security-is-shared', 'iaas-in-practice']);
    expect(summary.percent).toBe(0);
    expect(summary.assessment).toMatchObject({ attempts: 0, best: null, last: null, passed: false });
    expect(summary.finished).toBe(false);
  });

  it('derives best and last scores per check and exercise', () => {
    const summary = summariseCourse(KEY, completeLessons());
    const [check, exercise] = summary.lessons[1]!.activities;
    expect(check).toMatchObject({ id: 'iaas-check', kind: 'check', attempts: 3, lastAt: T(5) });
    expect(check?.best).toEqual({ correct: 2, total: 2, percent: 100 });
    expect(check?.last).toEqual({ correct: 0, total: 2, percent: 0 });
    expect(exercise).toMatchObject({ id: 'sort-iaas', kind: 'exercise', attempts: 1 });
    expect(exercise?.best).toEqual({ correct: 1, total: 2, percent: 50 });
    expect(summary.completeLessons).toBe(2);
    expect(summary.percent).toBe(100);
  });

  it('scores a drawn assessment only on the questions asked and finishes when it is passed', () => {
    let progress = withCheckAttempt(completeLessons(), 'final', { f1: ['a'], f3: ['b'] }, T(7));
    let summary = summariseCourse(KEY, progress);
    expect(summary.assessment?.last).toEqual({ correct: 1, total: 2, percent: 50 });
    expect(summary.assessment?.passed).toBe(false);
    expect(summary.finished).toBe(false);
    progress = withCheckAttempt(progress, 'final', { f2: ['a'], f3: ['a'] }, T(8));
    progress = withCheckAttempt(progress, 'final', { f1: ['b'], f2: ['b'] }, T(9));
    summary = summariseCourse(KEY, progress);
    expect(summary.assessment).toMatchObject({ passed: true, passedAt: T(8), attempts: 3 });
    expect(summary.finished).toBe(true);
    expect(summary.finishedAt).toBe(T(8));
  });

  it('ignores a drawn-assessment attempt that answers fewer questions than are drawn, so it cannot pass with 1 of 1', () => {
    const progress = withCheckAttempt(completeLessons(), 'final', { f1: ['a'] }, T(7));
    const summary = summariseCourse(KEY, progress);
    expect(summary.assessment).toMatchObject({ attempts: 0, best: null, passed: false, passedAt: null });
    expect(summary.finished).toBe(false);
    const skipped = withCheckAttempt(completeLessons(), 'final', { f1: ['a'], f2: [] }, T(7));
    expect(summariseCourse(KEY, skipped).assessment?.passed, 'an empty answer is no answer').toBe(false);
  });

  it('counts an attempt at an assessment without a draw only when it answers the whole pool', () => {
    const { draw: _drawn, ...wholePool } = KEY.checks.final!;
    const key: CourseKey = { ...KEY, checks: { ...KEY.checks, final: wholePool } };
    const partial = withCheckAttempt(completeLessons(), 'final', { f1: ['a'], f2: ['a'] }, T(7));
    expect(summariseCourse(key, partial).assessment).toMatchObject({ attempts: 0, passed: false });
    const whole = withCheckAttempt(partial, 'final', { f1: ['a'], f2: ['a'], f3: ['b'] }, T(8));
    expect(summariseCourse(key, whole).assessment).toMatchObject({ attempts: 1, passed: false, best: { correct: 2, total: 3 } });
  });

  it('does not count a lesson check as tried, nor score it, when an attempt skips a question', () => {
    let progress = withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1));
    progress = withExerciseAttempt(progress, 'sort-iaas', { os: 'customer' }, T(2));
    progress = withCheckAttempt(progress, 'iaas-check', {}, T(3));
    progress = withCheckAttempt(progress, 'iaas-check', { q1: ['a'] }, T(4));
    let lesson = summariseCourse(KEY, progress).lessons[1]!;
    expect(lesson.status).toBe('in-progress');
    expect(lesson.activities[0]).toMatchObject({ attempts: 0, best: null });
    progress = withCheckAttempt(progress, 'iaas-check', { q1: ['a'], q2: ['b'] }, T(5));
    lesson = summariseCourse(KEY, progress).lessons[1]!;
    expect(lesson.status).toBe('complete');
    expect(lesson.activities[0]).toMatchObject({ attempts: 1, lastAt: T(5) });
  });

  it('does not count or score an exercise Check with no card placed, on the progress page as on the lesson', () => {
    let progress = withCheckAttempt(withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1)), 'iaas-check', { q1: ['a'], q2: ['b'] }, T(2));
    progress = withExerciseAttempt(progress, 'sort-iaas', {}, T(3));
    let lesson = summariseCourse(KEY, progress).lessons[1]!;
    expect(lesson.status).toBe('in-progress');
    expect(lesson.activities[1]).toMatchObject({ attempts: 0, best: null, last: null, lastAt: null });
    progress = withExerciseAttempt(progress, 'sort-iaas', { disk: 'provider' }, T(4));
    lesson = summariseCourse(KEY, progress).lessons[1]!;
    expect(lesson.status).toBe('complete');
    expect(lesson.activities[1]).toMatchObject({ attempts: 1, best: { correct: 1, total: 2 }, lastAt: T(4) });
  });

  it('does not finish while a lesson is incomplete, even with the assessment passed', () => {
    const progress = withCheckAttempt(withLessonEnded(EMPTY_PROGRESS, shared.id, T(1)), 'final', { f1: ['a'], f2: ['a'] }, T(2));
    const summary = summariseCourse(KEY, progress);
    expect(summary.percent).toBe(50);
    expect(summary.finished).toBe(false);
    expect(summary.finishedAt).toBeNull();
  });

  it('finishes a course without an assessment when every lesson is complete', () => {
    const summary = summariseCourse({ ...KEY, assessmentId: null }, completeLessons());
    expect(summary.assessment).toBeNull();
    expect(summary.finished).toBe(true);
    expect(summary.finishedAt).toBe(T(6));
  });

  it('ignores saved facts about checks the course no longer has', () => {
    const progress = withCheckAttempt(EMPTY_PROGRESS, 'retired-check', { q: ['a'] }, T(0));
    expect(summariseCourse(KEY, progress).percent).toBe(0);
  });
});

describe('lessonActivityIds', () => {
  it('names what a lesson reset forgets', () => {
    expect(lessonActivityIds(KEY, 'iaas-in-practice')).toEqual({ checkIds: ['iaas-check'], exerciseIds: ['sort-iaas'] });
    expect(lessonActivityIds(KEY, 'nope')).toEqual({ checkIds: [], exerciseIds: [] });
  });
});
