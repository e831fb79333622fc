import { describe, expect, it, vi } from 'vitest';
import type { CourseKey } from '../lib/progress/derive';
import { EMPTY_PROGRESS, type Progress } from '../lib/progress/model';
import { standingOf } from './standing';

// The LMS build, the only one whose progress holds attempts trimmed from LMS resume data (build.ts).
vi.mock('../lib/progress/build', () => ({ LMS_BUILD: true }));

const key: CourseKey = {
  lessons: [
    { id: 'one', title: 'One', order: 1, checkIds: [], exerciseIds: [] },
    { id: 'two', title: 'Two', order: 2, checkIds: [], exerciseIds: [] },
  ],
  checks: {
    final: {
      title: 'Final',
      lessonId: null,
      passMark: 0.8,
      questions: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, correctOptionIds: ['yes'] })),
    },
  },
  exercises: {},
  assessmentId: 'final',
};
const answers = (right: number) => Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id, index) => [id, [index < right ? 'yes' : 'no']]));
const attempt = (minute: number, right: number) => ({ at: new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString(), answers: answers(right) });

describe('standingOf', () => {
  it('has no assessment result before the first submission', () => {
    const standing = standingOf(key, { ...EMPTY_PROGRESS, lessons: { one: { openedAt: attempt(0, 0).at, endedAt: attempt(1, 0).at } } });
    expect(standing).toMatchObject({ lessonsComplete: 1, lessonsTotal: 2, assessment: null, assessmentAttempts: 0 });
  });

  it('reports the best attempt and marks the passing and best attempts as decisive for resume data', () => {
    const progress: Progress = { ...EMPTY_PROGRESS, checks: { final: [attempt(1, 2), attempt(2, 4), attempt(3, 5), attempt(4, 1), { at: attempt(5, 0).at, answers: {} }] } };
    const standing = standingOf(key, progress);
    expect(standing.assessment).toEqual({ correct: 5, total: 5, passed: true });
    expect(standing.assessmentAttempts).toBe(5);
    // Attempt 2 (4 of 5 = 80%) is the first pass, attempt 3 the best; the empty one does not count as tried.
    expect([0, 1, 2, 3, 4].map((index) => standing.weigh('check', 'final', index))).toEqual(['other', 'decisive', 'decisive', 'other', 'untried']);
    expect(standing.weigh('check', 'other', 1)).toBe('other');
  });

  it('marks exercise Checks with nothing placed as untried', () => {
    const at = attempt(0, 0).at;
    const progress: Progress = {
      ...EMPTY_PROGRESS,
      exercises: { sort: { attempts: [{ at, placements: { a: 'customer' } }, { at, placements: {} }, { at, placements: {}, trimmed: true }], placements: {} } },
    };
    const standing = standingOf(key, progress);
    expect([0, 1, 2].map((index) => standing.weigh('exercise', 'sort', index))).toEqual(['other', 'untried', 'other']);
  });

  it('reports a failed assessment with its best score', () => {
    const standing = standingOf(key, { ...EMPTY_PROGRESS, checks: { final: [attempt(1, 3), attempt(2, 1)] } });
    expect(standing.assessment).toEqual({ correct: 3, total: 5, passed: false });
  });
});
