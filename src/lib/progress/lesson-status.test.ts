import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, LESSON_STATUS_TEXT, lessonStatus, withLessonEnded, withLessonOpened } from './model';
import { withCheckAttempt, withExerciseAttempt, withExercisePlacements } from './attempts';

const iaas = { id: 'iaas-in-practice', checkIds: ['iaas-check'], exerciseIds: ['sort-iaas'] };
const shared = { id: 'security-is-shared', checkIds: [], exerciseIds: [] };
const T = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('lessonStatus (the completion rule)', () => {
  it('is not started when nothing happened', () => {
    expect(lessonStatus(iaas, EMPTY_PROGRESS)).toBe('not-started');
  });

  it('is in progress once opened, or once any activity was tried', () => {
    expect(lessonStatus(iaas, withLessonOpened(EMPTY_PROGRESS, iaas.id, T(0)))).toBe('in-progress');
    expect(lessonStatus(iaas, withCheckAttempt(EMPTY_PROGRESS, 'iaas-check', {}, T(0)))).toBe('in-progress');
  });

  it('needs the end reached and every check and exercise attempted', () => {
    let progress = withLessonEnded(EMPTY_PROGRESS, iaas.id, T(1));
    expect(lessonStatus(iaas, progress)).toBe('in-progress');
    progress = withCheckAttempt(progress, 'iaas-check', { q1: ['b'] }, T(2));
    progress = withExercisePlacements(progress, 'sort-iaas', { os: 'customer' });
    expect(lessonStatus(iaas, progress), 'placing cards without checking is not an attempt').toBe('in-progress');
    progress = withExerciseAttempt(progress, 'sort-iaas', { os: 'provider' }, T(3));
    expect(lessonStatus(iaas, progress), 'wrong answers still count as attempts').toBe('complete');
  });

  it('completes a reading-only lesson when its end is reached', () => {
    expect(lessonStatus(shared, withLessonEnded(EMPTY_PROGRESS, shared.id, T(0)))).toBe('complete');
  });
});

describe('LESSON_STATUS_TEXT', () => {
  it('has words for every status', () => {
    expect(Object.values(LESSON_STATUS_TEXT)).toEqual(['Not started', 'In progress', 'Complete']);
  });
});
