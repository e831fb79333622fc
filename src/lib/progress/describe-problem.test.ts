import { describe, expect, it } from 'vitest';
import { decodeProgress } from './codec';
import { MAX_QUOTED_FIELD, describeProblem } from './describe-problem';
import { readImport } from './transfer';

describe('describeProblem', () => {
  it('quotes a short field path whole', () => {
    const result = decodeProgress('{"version":1,"lessons":{"intro":{"openedAt":5}},"checks":{},"exercises":{}}');
    expect(result.status === 'unusable' && describeProblem(result)).toBe('has a field that is wrong: lessons.intro.openedAt should be a date and time such as 2026-03-02T09:14:00.000Z');
  });

  it('cuts a huge field path from untrusted data to a readable length', () => {
    const hugeKey = 'k'.repeat(300_000);
    const text = `{"version":1,"lessons":{"${hugeKey}":{"openedAt":"2026-01-01T00:00:00Z"}},"checks":{},"exercises":{}}`;
    const result = decodeProgress(text);
    expect(result.status).toBe('unusable');
    if (result.status !== 'unusable') return;
    const message = describeProblem(result);
    expect(message).toBe(`has a field that is wrong: lessons.${'k'.repeat(MAX_QUOTED_FIELD - 'lessons.'.length - 1)}… should be an id`);
    const refused = readImport(text, text.length);
    expect(refused.ok === false && refused.message.length).toBeLessThan(200);
  });

  it('names the whole value when no field is at fault', () => {
    expect(describeProblem({ status: 'unusable', problem: 'bad-shape', progress: decodeProgress(null).progress, field: '', expected: 'object' })).toBe(
      'has a field that is wrong: the whole value should be an object',
    );
  });
});
