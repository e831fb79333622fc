import { describe, expect, it } from 'vitest';
import { attemptSeed, orderOptions, seedFromString, seededRandom, shuffle } from './shuffle';

const items = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('shuffle', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffle(items, 'check#0')).toEqual(shuffle(items, 'check#0'));
    expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
  });

  it('keeps every item exactly once and does not change its input', () => {
    const copy = [...items];
    const result = shuffle(items, 'any seed');
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual(copy);
  });

  it('gives different orders for different attempts', () => {
    const orders = new Set(Array.from({ length: 10 }, (_, attempt) => shuffle(items, attemptSeed('iaas', attempt)).join('')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('actually moves items (not the identity) for most seeds', () => {
    const unchanged = Array.from({ length: 50 }, (_, n) => shuffle(items, n)).filter((r) => r.join('') === items.join(''));
    expect(unchanged.length).toBeLessThan(3);
  });

  it('handles empty and single-item lists', () => {
    expect(shuffle([], 'x')).toEqual([]);
    expect(shuffle(['only'], 'x')).toEqual(['only']);
  });

  it('puts each item first about equally often', () => {
    const firsts = new Map<string, number>();
    for (let n = 0; n < 6000; n += 1) {
      const first = shuffle(items, `seed-${n}`)[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const item of items) expect(firsts.get(item)).toBeGreaterThan(800);
  });
});

describe('seeds', () => {
  it('hashes strings to stable 32-bit numbers', () => {
    expect(seedFromString('iaas-in-practice#0')).toBe(seedFromString('iaas-in-practice#0'));
    expect(seedFromString('a')).not.toBe(seedFromString('b'));
    expect(seedFromString('')).toBeGreaterThanOrEqual(0);
  });

  it('produces numbers in [0, 1)', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 1000; n += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('names an attempt by check id and number', () => {
    expect(attemptSeed('review', 3)).toBe('review#3');
  });
});

describe('orderOptions', () => {
  const question = { id: 'q', type: 'single' };

  it('shuffles per question, the same way for the same attempt', () => {
    expect(orderOptions(items, question, true, 'c', 1)).toEqual(orderOptions(items, question, true, 'c', 1));
    expect(orderOptions(items, question, true, 'c', 0)).toEqual(shuffle(items, 'c#0/q'));
  });

  it('gives every retry an order unlike the attempt before, even with two options', () => {
    for (const options of [items, ['a', 'b'], ['a', 'b', 'c']]) {
      for (let attempt = 1; attempt < 60; attempt += 1) {
        const before = orderOptions(options, question, true, 'check', attempt - 1);
        const after = orderOptions(options, question, true, 'check', attempt);
        expect(after, `attempt ${attempt} of ${options.length} options`).not.toEqual(before);
        expect([...after].sort()).toEqual([...options].sort());
      }
    }
  });

  it('keeps the authored order when the check does not shuffle', () => {
    expect(orderOptions(items, question, false, 'c', 1)).toEqual(items);
  });

  it('never moves true and false', () => {
    expect(orderOptions(['true', 'false'], { id: 'q', type: 'true-false' }, true, 'c', 3)).toEqual(['true', 'false']);
  });
});
