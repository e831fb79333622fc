import { describe, expect, it } from 'vitest';
import { LESSON_STATUS_TEXT } from './lesson-status-text';
import { EMPTY_PROGRESS, lessonStatus, withLessonEnded, withLessonOpened, type Progress } from './model';
import { withCheckAttempt } from './check-attempts';
import { withExerciseAttempt, withExercisePlacements } from './exercise-attempts';

const iaas = { id: 'iaas-in-practice', checkIds: ['iaas-check'], exerciseIds: ['sort-iaas'] };
const shared = { id: 'security-is-shared', checkIds: [], exerciseIds: [] };
const QUESTIONS = { 'iaas-check': [['q1', 'q2']] };
const T = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('lessonStatus (the completion rule)', () => {
  it('is not started when nothing happened', () => {
    expect(lessonStatus(iaas, EMPTY_PROGRESS, QUESTIONS)).toBe('not-started');
  });

  it('is in progress once opened, or once any activity was tried', () => {
    expect(lessonStatus(iaas, withLessonOpened(EMPTY_PROGRESS, iaas.id, T(0)), QUESTIONS)).toBe('in-progress');
    expect(lessonStatus(iaas, withCheckAttempt(EMPTY_PROGRESS, 'iaas-check', { q1: ['a'], q2: ['a'] }, T(0)), QUESTIONS)).toBe('in-progress');
  });

  it('needs the end reached and every check and exercise attempted', () => {
    let progress = withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1));
    expect(lessonStatus(iaas, progress, QUESTIONS)).toBe('in-progress');
    progress = withCheckAttempt(progress, 'iaas-check', { q1: ['b'], q2: ['x'] }, T(2));
    progress = withExercisePlacements(progress, 'sort-iaas', { os: 'customer' });
    expect(lessonStatus(iaas, progress, QUESTIONS), 'placing cards without checking is not an attempt').toBe('in-progress');
    progress = withExerciseAttempt(progress, 'sort-iaas', { os: 'provider' }, T(3));
    expect(lessonStatus(iaas, progress, QUESTIONS), 'wrong answers still count as attempts').toBe('complete');
  });

  it('counts an attempt that answers every question of an earlier version of the check, once replaced', () => {
    let progress = withExerciseAttempt(withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1)), 'sort-iaas', { os: 'provider' }, T(2));
    progress = withCheckAttempt(progress, 'iaas-check', { q1: ['a'], retired: ['b'] }, T(3));
    expect(lessonStatus(iaas, progress, QUESTIONS), 'without the earlier version').toBe('in-progress');
    expect(lessonStatus(iaas, progress, { 'iaas-check': [['q1', 'q2'], ['q1', 'retired']] })).toBe('complete');
    expect(lessonStatus(iaas, progress, { 'iaas-check': [['q1', 'q2'], ['q1', 'retired', 'q3']] }), 'still every question').toBe('in-progress');
  });

  it('counts a check as tried only for an attempt that answers every one of its questions', () => {
    let progress = withExerciseAttempt(withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1)), 'sort-iaas', { os: 'provider' }, T(2));
    const incomplete: Record<string, string[]>[] = [{}, { q1: ['a'] }, { q1: ['a'], q2: [] }, { q1: ['a'], other: ['b'] }];
    for (const answers of incomplete) {
      progress = withCheckAttempt(progress, 'iaas-check', answers, T(3));
      expect(lessonStatus(iaas, progress, QUESTIONS), JSON.stringify(answers)).toBe('in-progress');
      expect(lessonStatus(iaas, withCheckAttempt(EMPTY_PROGRESS, 'iaas-check', answers, T(3)), QUESTIONS)).toBe('not-started');
    }
    progress = withCheckAttempt(progress, 'iaas-check', { q1: ['a'], q2: ['b'] }, T(4));
    expect(lessonStatus(iaas, progress, QUESTIONS)).toBe('complete');
  });

  it('does not count a Check with no card placed as an exercise attempt', () => {
    let progress = withCheckAttempt(withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1)), 'iaas-check', { q1: ['a'], q2: ['b'] }, T(2));
    progress = withExerciseAttempt(progress, 'sort-iaas', {}, T(3));
    expect(lessonStatus(iaas, progress, QUESTIONS), 'an empty board checked').toBe('in-progress');
    expect(lessonStatus(iaas, withExerciseAttempt(EMPTY_PROGRESS, 'sort-iaas', {}, T(3)), QUESTIONS)).toBe('not-started');
    progress = withExerciseAttempt(progress, 'sort-iaas', { os: 'provider' }, T(4));
    expect(lessonStatus(iaas, progress, QUESTIONS)).toBe('complete');
  });

  it('on the public site, knows nothing of attempts trimmed from LMS resume data (only LMS packages write them)', () => {
    const trimmed = {
      ...withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1)),
      checks: { 'iaas-check': [{ at: T(2), answers: {}, trimmed: true }] },
      exercises: { 'sort-iaas': { attempts: [{ at: T(3), placements: {}, trimmed: true }], placements: {} } },
    } as Progress;
    expect(lessonStatus(iaas, trimmed, QUESTIONS)).toBe('in-progress');
  });

  it('completes a reading-only lesson when its end is reached', () => {
    expect(lessonStatus(shared, withLessonEnded(EMPTY_PROGRESS, shared.id, T(0)), {})).toBe('complete');
  });
});

describe('LESSON_STATUS_TEXT', () => {
  it('has words for every status', () => {
    expect(Object.values(LESSON_STATUS_TEXT)).toEqual(['Not started', 'In progress', 'Complete']);
  });
});
