import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, MAX_ENCODED_LENGTH } from './codec';
import { describeProblem } from './describe-problem';
import { EMPTY_PROGRESS, withLessonOpened } from './model';
import { withCheckAttempt } from './check-attempts';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';

const v1Text = JSON.stringify(v1);

describe('decodeProgress', () => {
  it('reads nothing as the empty state', () => {
    expect(decodeProgress(null)).toEqual({ status: 'empty', progress: EMPTY_PROGRESS });
    expect(decodeProgress(undefined).status).toBe('empty');
    expect(decodeProgress('').status).toBe('empty');
  });

  it('reads the version 2 fixture unchanged', () => {
    expect(decodeProgress(JSON.stringify(v2))).toEqual({ status: 'ok', progress: v2, savedVersion: 2 });
  });

  it('reads the version 1 fixture with every fact, as version 2 with no reviews yet', () => {
    const result = decodeProgress(v1Text);
    expect(result).toEqual({ status: 'ok', progress: { ...v1, version: 2, reviews: { checks: {}, exercises: {} } }, savedVersion: 1 });
  });

  it('round-trips what it encodes', () => {
    const progress = withCheckAttempt(withLessonOpened(EMPTY_PROGRESS, 'review', '2026-01-01T00:00:00.000Z'), 'final', { q1: ['a'] }, '2026-01-01T00:01:00.000Z');
    expect(decodeProgress(encodeProgress(progress))).toEqual({ status: 'ok', progress, savedVersion: 2 });
  });

  it.each([
    ['garbage', '{{not json', 'not-json'],
    ['null', 'null', 'not-object'],
    ['a number', '42', 'not-object'],
    ['a list', '[1,2]', 'not-object'],
    ['no version', '{"lessons":{}}', 'no-version'],
    ['version zero', '{"version":0}', 'no-version'],
    ['a future version', JSON.stringify({ ...v2, version: 3 }), 'future-version'],
    ['version 2 without its reviews', JSON.stringify({ ...v2, reviews: undefined }), 'bad-shape'],
    ['a review without a time', JSON.stringify({ ...v2, reviews: { checks: { c: [{ answers: { q: ['a'] } }] }, exercises: {} } }), 'bad-shape'],
    ['a feeling that is not an id', JSON.stringify({ ...v2, reviews: { checks: {}, exercises: { x: [{ at: v1.lastPlace.at, placements: { c: 'z' }, felt: 7 }] } } }), 'bad-shape'],
    ['wrong types', JSON.stringify({ ...v1, lessons: { intro: { openedAt: 5 } } }), 'bad-shape'],
    ['a bad date', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: 'yesterday' } }), 'bad-shape'],
    ['a number that Date.parse reads as a year', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: '1' } }), 'bad-shape'],
    ['a date without a time', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: '2026-03-02' } }), 'bad-shape'],
    ['a date-time without an offset', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: '2026-03-02T09:00:00' } }), 'bad-shape'],
    ['a month that does not exist', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: '2026-13-02T09:00:00.000Z' } }), 'bad-shape'],
    ['a day that does not exist', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: '2026-02-30T09:00:00.000Z' } }), 'bad-shape'],
    ['a date-time in another time zone', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: '2026-03-02T10:00:00.000+01:00' } }), 'bad-shape'],
    ['a date that is not text', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: ['2026-03-02T09:00:00.000Z'] } }), 'bad-shape'],
    ['a date in another format', JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at: 'March 2, 2026 09:00 UTC' } }), 'bad-shape'],
    ['an unsafe id', '{"version":1,"lessons":{"__proto__":{"openedAt":"2026-01-01T00:00:00Z"}},"checks":{},"exercises":{},"lastPlace":null,"settings":{}}', 'bad-shape'],
    ['answers that are not lists', JSON.stringify({ ...v1, checks: { c: [{ at: v1.lastPlace.at, answers: { q: 'a' } }] } }), 'bad-shape'],
    ['a huge value', `{"version":1,"pad":"${'x'.repeat(MAX_ENCODED_LENGTH)}"}`, 'too-large'],
  ])('falls back to the empty state for %s', (_, raw, problem) => {
    const result = decodeProgress(raw);
    expect(result.status).toBe('unusable');
    if (result.status !== 'unusable') return;
    expect(result.problem).toBe(problem);
    expect(describeProblem(result)).not.toBe('');
    expect(result.progress).toBe(EMPTY_PROGRESS);
  });

  it('names the field that is wrong', () => {
    const result = decodeProgress(JSON.stringify({ ...v1, exercises: { 'sort-iaas': { attempts: 'none', placements: {} } } }));
    expect(result.status === 'unusable' && describeProblem(result)).toBe(
      'has a field that is wrong: exercises.sort-iaas.attempts should be a list',
    );
  });

  it('names the version it cannot read', () => {
    const result = decodeProgress(JSON.stringify({ ...v2, version: 3 }));
    expect(result.status === 'unusable' && describeProblem(result)).toBe("is version 3, newer than this site's version 2");
  });

  it('accepts a date-time as the course writes it (toISOString)', () => {
    const at = new Date(Date.UTC(2026, 2, 2, 9, 14, 5, 7)).toISOString();
    expect(decodeProgress(JSON.stringify({ ...v1, lastPlace: { lessonId: 'x', at } })).status).toBe('ok');
  });

  it('drops fields it does not know', () => {
    const result = decodeProgress(JSON.stringify({ ...v1, extra: 'x', settings: { theme: 'dark' } }));
    expect(result.status).toBe('ok');
    expect(result.progress).not.toHaveProperty('extra');
    expect(result.progress.settings).toEqual({});
  });

  it('accepts missing lastPlace and settings as their empty values', () => {
    const result = decodeProgress('{"version":1,"lessons":{},"checks":{},"exercises":{}}');
    expect(result).toEqual({ status: 'ok', progress: EMPTY_PROGRESS, savedVersion: 1 });
  });
});
