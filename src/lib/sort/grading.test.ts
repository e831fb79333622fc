import { describe, expect, it } from 'vitest';
import { markSort, samePlacements, scoreSort } from './grading';

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
