import { describe, expect, it, vi } from 'vitest';
import { standingOf } from '../../lms/standing';
import { loadRealCourse } from './fixtures/real-course';
import { heaviestJourney } from './fixtures/worst-case';
import { keyForLaunchPage } from './shell-key';

// The LMS build, the only one whose progress holds attempts trimmed from LMS resume data (build.ts).
vi.mock('../progress/build', () => ({ LMS_BUILD: true }));

const course = loadRealCourse();

describe('keyForLaunchPage', () => {
  it('keeps only the final assessment’s answers', () => {
    const key = keyForLaunchPage(course.key);
    for (const [id, check] of Object.entries(key.checks)) {
      const answers = check.questions.flatMap((question) => question.correctOptionIds);
      if (id === key.assessmentId) expect(answers.length).toBeGreaterThanOrEqual(check.questions.length);
      else expect(answers, id).toEqual([]);
    }
    for (const exercise of Object.values(key.exercises)) expect(exercise.solution).toEqual({});
  });

  it('tells the LMS exactly what the full key tells it, at every step of the heaviest journey', () => {
    const shellKey = keyForLaunchPage(course.key);
    for (const progress of heaviestJourney(course)) {
      const full = standingOf(course.key, progress);
      const shell = standingOf(shellKey, progress);
      expect({ ...shell, weigh: undefined }).toEqual({ ...full, weigh: undefined });
      // …and weighs every attempt the same when resume data must be trimmed.
      for (const [id, attempts] of Object.entries(progress.checks)) {
        expect(attempts.map((_, index) => shell.weigh('check', id, index))).toEqual(attempts.map((_, index) => full.weigh('check', id, index)));
      }
    }
  }, 60_000);
});
