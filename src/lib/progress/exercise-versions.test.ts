import { describe, expect, it } from 'vitest';
import { scoreSort } from '../sort/grading';
import { solutionForAttempt } from './exercise-versions';

describe('scoring an attempt made before cards were replaced', () => {
  // Version 2 replaced card "old" by card "new".
  const current = { os: 'customer', disk: 'provider', new: 'shared' };
  const earlier = [{ os: 'customer', disk: 'provider', old: 'customer' }];

  it('scores it against the solution it was made with', () => {
    const placements = { os: 'customer', disk: 'provider', old: 'customer' };
    expect(solutionForAttempt(current, earlier, placements)).toBe(earlier[0]);
    expect(scoreSort(solutionForAttempt(current, earlier, placements), placements)).toEqual({ correct: 3, total: 3, percent: 100 });
  });

  it('scores a current attempt, or one that fits no version, against the current solution', () => {
    const placements = { os: 'customer', new: 'shared' };
    expect(solutionForAttempt(current, earlier, placements)).toBe(current);
    expect(solutionForAttempt(current, earlier, { stranger: 'customer' })).toBe(current);
  });
});
