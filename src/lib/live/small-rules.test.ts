import { describe, expect, it } from 'vitest';
import { formatJoinCode, joinCodeFromBytes, normaliseJoinCode } from './join-code.ts';
import { cleanName, MAX_NAME_LENGTH } from './names.ts';
import { fullBucket, takeToken } from './rate-limit.ts';
import { MAX_RETRY_DELAY, retryDelay } from './reconnect.ts';

describe('join codes', () => {
  it('are six digits from random bytes, each digit equally likely', () => {
    expect(joinCodeFromBytes([0, 9, 10, 255, 249, 250, 13, 7])).toBe('090937');
    expect(() => joinCodeFromBytes([1, 2, 3, 250, 251, 252])).toThrow(/Not enough random bytes/);
    const digits = new Map<string, number>();
    for (let byte = 0; byte < 256; byte += 1) {
      if (byte >= 250) continue;
      const digit = joinCodeFromBytes([byte, 0, 0, 0, 0, 0])[0]!;
      digits.set(digit, (digits.get(digit) ?? 0) + 1);
    }
    expect([...digits.values()]).toEqual(Array(10).fill(25));
    expect(joinCodeFromBytes([250, 3, 1, 4, 1, 5, 9])).toBe('314159');
  });

  it('read what learners type, and show in two groups', () => {
    expect(normaliseJoinCode(' 482 913 ')).toBe('482913');
    expect(normaliseJoinCode('482-913')).toBe('482913');
    expect(formatJoinCode('482913')).toBe('482 913');
  });
});

describe('display names', () => {
  it('lose control and direction characters and extra spaces, and are cut to length', () => {
    expect(cleanName('  Ana \n\t Lopez  ')).toBe('Ana Lopez');
    expect(cleanName('abc\u202edef\u0000')).toBe('abc def');
    expect(cleanName('<b>Ana</b>')).toBe('<b>Ana</b>');
    expect([...cleanName('é'.repeat(100))]).toHaveLength(MAX_NAME_LENGTH);
    expect(cleanName('   ')).toBe('');
  });
});

describe('the rate limit', () => {
  it('lets a burst through, then one message per 1/rate seconds', () => {
    const limit = { rate: 10, burst: 3 };
    let bucket = fullBucket(limit, 0);
    const results: boolean[] = [];
    for (let i = 0; i < 5; i += 1) {
      const taken = takeToken(bucket, limit, 0);
      results.push(taken.allowed);
      bucket = taken.bucket;
    }
    expect(results).toEqual([true, true, true, false, false]);
    expect(takeToken(bucket, limit, 50).allowed).toBe(false);
    expect(takeToken(bucket, limit, 100).allowed).toBe(true);
    // A long pause fills the bucket no further than the burst.
    bucket = takeToken(bucket, limit, 60_000).bucket;
    expect(bucket.tokens).toBe(2);
  });
});

describe('reconnecting', () => {
  it('waits longer after each failed try, never more than the maximum', () => {
    expect(retryDelay(0, 0.5)).toBe(500);
    expect(retryDelay(1, 0.5)).toBe(1000);
    expect(retryDelay(2, 0)).toBe(1500);
    expect(retryDelay(50, 0.99)).toBe(MAX_RETRY_DELAY);
    expect(retryDelay(3, 1)).toBeLessThanOrEqual(MAX_RETRY_DELAY);
  });
});
