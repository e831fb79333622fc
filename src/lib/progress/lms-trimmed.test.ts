// Attempts trimmed from LMS resume data (model.ts `trimmed`), as the LMS build reads them: they count as tried, have
// no score, and survive a round trip through storage.
import { describe, expect, it, vi } from 'vitest';
import { decodeProgress, encodeProgress } from './codec';
import { summariseCourse, type CourseKey } from './derive';
import { EMPTY_PROGRESS, lessonStatus, withLessonEnded, type Progress } from './model';

vi.mock('./build', () => ({ LMS_BUILD: true }));

const T = (minute: number) => `2026-02-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const KEY: CourseKey = {
  lessons: [{ id: 'iaas-in-practice', title: 'IaaS in practice', order: 1, checkIds: ['iaas-check'], exerciseIds: ['sort-iaas'] }],
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
  },
  exercises: { 'sort-iaas': { title: 'Sort: IaaS', lessonId: 'iaas-in-practice', solution: { os: 'customer', disk: 'provider' } } },
  assessmentId: null,
};
const trimmed: Progress = {
  ...withLessonEnded(EMPTY_PROGRESS, 'iaas-in-practice', T(1)),
  checks: { 'iaas-check': [{ at: T(2), answers: { q1: ['a'], q2: ['b', 'c'] } }, { at: T(3), answers: {}, trimmed: true }] },
  exercises: { 'sort-iaas': { attempts: [{ at: T(4), placements: {}, trimmed: true }], placements: {} } },
};

describe('attempts trimmed from LMS resume data (LMS build)', () => {
  it('count as tried toward lesson completion', () => {
    expect(lessonStatus(KEY.lessons[0]!, trimmed, { 'iaas-check': [['q1', 'q2']] })).toBe('complete');
  });

  it('count as attempts on the progress page, without a score', () => {
    const [check, exercise] = summariseCourse(KEY, trimmed).lessons[0]!.activities;
    expect(check).toMatchObject({ attempts: 2, best: { correct: 2, total: 2 }, last: null, lastAt: T(3) });
    expect(exercise).toMatchObject({ attempts: 1, best: null, last: null, lastAt: T(4) });
  });

  it('keep their mark through storage', () => {
    expect(decodeProgress(encodeProgress(trimmed))).toMatchObject({ status: 'ok', progress: trimmed });
  });
});
