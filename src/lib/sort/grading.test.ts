import { describe, expect, it } from 'vitest';
import { isCurrentAttempt, markSort, samePlacements, scoreSort, solutionForAttempt } from './grading';

const solution = { a: 'customer', b: 'provider', c: 'shared', d: 'provider' };

describe('scoreSort', () => {
  it('counts only cards in their correct zone', () => {
    expect(scoreSort(solution, { a: 'customer', b: 'customer', c: 'shared', d: 'provider' })).toEqual({
      correct: 3,
      total: 4,
      percent: 75,
    });
  });

  it('counts unplaced cards as wrong', () => {
    expect(scoreSort(solution, { a: 'customer' })).toEqual({ correct: 1, total: 4, percent: 25 });
  });

  it('ignores placements of cards that are not in the solution', () => {
    expect(scoreSort(solution, { ...solution, z: 'customer' })).toEqual({ correct: 4, total: 4, percent: 100 });
  });

  it('rounds the percentage and survives an empty exercise', () => {
    expect(scoreSort({ a: 'x', b: 'x', c: 'x' }, { a: 'x' }).percent).toBe(33);
    expect(scoreSort({}, {})).toEqual({ correct: 0, total: 0, percent: 0 });
  });
});

describe('markSort', () => {
  it('marks each card correct, incorrect or unplaced', () => {
    expect(markSort(solution, { a: 'customer', b: 'shared' })).toEqual({
      a: 'correct',
      b: 'incorrect',
      c: 'unplaced',
      d: 'unplaced',
    });
  });
});

describe('samePlacements', () => {
  it('compares zone by zone regardless of key order', () => {
    expect(samePlacements({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(samePlacements({ a: '1' }, { a: '1', b: '2' })).toBe(false);
    expect(samePlacements({ a: '1' }, { a: '2' })).toBe(false);
  });
});

describe('scoring an attempt made before cards were replaced', () => {
  // Version 2 replaced card "old" by card "new".
  const current = { os: 'customer', disk: 'provider', new: 'shared' };
  const earlier = [{ os: 'customer', disk: 'provider', old: 'customer' }];

  it('scores it against the solution it was made with', () => {
    const placements = { os: 'customer', disk: 'provider', old: 'customer' };
    expect(solutionForAttempt(current, earlier, placements)).toBe(earlier[0]);
    expect(scoreSort(solutionForAttempt(current, earlier, placements), placements)).toEqual({ correct: 3, total: 3, percent: 100 });
    expect(isCurrentAttempt(current, placements)).toBe(false);
  });

  it('scores a current attempt, or one that fits no version, against the current solution', () => {
    const placements = { os: 'customer', new: 'shared' };
    expect(solutionForAttempt(current, earlier, placements)).toBe(current);
    expect(isCurrentAttempt(current, placements)).toBe(true);
    expect(solutionForAttempt(current, earlier, { stranger: 'customer' })).toBe(current);
  });
});
