import { describe, expect, it } from 'vitest';
import { misplacedCards, retryPlacements } from './retry';

const solution = { a: 'customer', b: 'provider', c: 'shared' };
const placements = { a: 'customer', b: 'customer' };

describe('retry', () => {
  it('keeps correct cards and returns the misplaced ones', () => {
    expect(retryPlacements(solution, placements, 'misplaced')).toEqual({ a: 'customer' });
  });

  it('returns every card when asked to start over', () => {
    expect(retryPlacements(solution, placements, 'all')).toEqual({});
  });

  it('lists wrong and unplaced cards as misplaced, in solution order', () => {
    expect(misplacedCards(solution, placements)).toEqual(['b', 'c']);
    expect(misplacedCards(solution, solution)).toEqual([]);
  });
});
