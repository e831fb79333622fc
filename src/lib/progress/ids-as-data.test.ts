// Saved and imported progress is keyed by ids that come from the data itself, so an id may be named like a built-in
// property of every JavaScript object. Each such name must behave like any other id wherever saved data is read,
// merged or derived: kept as data, never looked up on Object.prototype, never changing an object's prototype.
// `__proto__` cannot be a course id (ids start with a letter or digit), so a value holding it is refused as a whole.
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from './codec';
import { summariseCourse, type CourseKey } from './derive';
import { mergeProgress } from './merge';
import { EMPTY_PROGRESS, lessonStatus, withLessonEnded, withLessonOpened, withLastPlace, type Progress } from './model';
import { withCheckAttempt } from './check-attempts';
import { withExerciseAttempt, withExercisePlacements } from './exercise-attempts';
import { withoutLesson } from './attempts';
import { planImport, readImport } from './transfer';
import v2 from './fixtures/v2.json';

const BUILT_IN_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;
/** Names that are also valid course ids (ids start with a letter or digit, so `__proto__` is never one). */
const DATA_NAMES = BUILT_IN_NAMES.filter((name) => name !== '__proto__');
const AT = '2026-04-01T08:00:00.000Z';
const ordinary = v2 as Progress;

/** Saved progress (as JSON text, the way storage and files hold it) with `name` in one id position. */
const POSITIONS: Record<string, (name: string) => string> = {
  'lesson id': (name) => `{"version":2,"lessons":{"${name}":{"openedAt":"${AT}","endedAt":"${AT}"}},"checks":{},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'check id': (name) => `{"version":2,"lessons":{},"checks":{"${name}":[{"at":"${AT}","answers":{"q1":["a"]}}]},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'question id': (name) => `{"version":2,"lessons":{},"checks":{"c":[{"at":"${AT}","answers":{"${name}":["a"]}}]},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'option id': (name) => `{"version":2,"lessons":{},"checks":{"c":[{"at":"${AT}","answers":{"q1":["${name}"]}}]},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'exercise id': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{"${name}":{"attempts":[{"at":"${AT}","placements":{"card":"customer"}}],"placements":{"card":"customer"}}},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'card id': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{"e":{"attempts":[{"at":"${AT}","placements":{"${name}":"customer"}}],"placements":{"${name}":"provider"}}},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'zone id': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{"e":{"attempts":[{"at":"${AT}","placements":{"card":"${name}"}}],"placements":{"card":"${name}"}}},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'last lesson': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{},"lastPlace":{"lessonId":"${name}","at":"${AT}"},"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
  'review check id': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{"${name}":[{"at":"${AT}","answers":{"q1":["a"]}}]},"exercises":{}}}`,
  'reviewed question id': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{"c":[{"at":"${AT}","answers":{"${name}":["a"]},"felt":"knew"}]},"exercises":{}}}`,
  'review exercise id': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{"${name}":[{"at":"${AT}","placements":{"card":"customer"}}]}}}`,
  'reviewed card id': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{},"exercises":{"e":[{"at":"${AT}","placements":{"${name}":"customer"}}]}}}`,
  'feeling': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{},"lastPlace":null,"settings":{},"reviews":{"checks":{"c":[{"at":"${AT}","answers":{"q1":["a"]},"felt":"${name}"}]},"exercises":{}}}`,
  'last section': (name) => `{"version":2,"lessons":{},"checks":{},"exercises":{},"lastPlace":{"lessonId":"l","sectionId":"${name}","at":"${AT}"},"settings":{},"reviews":{"checks":{},"exercises":{}}}`,
};

/** A course whose lesson, check, question and exercise ids are all `name`. */
function courseNamed(name: string): CourseKey {
  return {
    lessons: [{ id: name, title: 'Lesson', order: 1, checkIds: [name], exerciseIds: [name] }],
    checks: { [name]: { title: 'Check', lessonId: name, passMark: 0.8, questions: [{ id: name, correctOptionIds: [name] }] } },
    exercises: { [name]: { title: 'Exercise', lessonId: name, solution: { [name]: name } } },
    assessmentId: null,
  };
}

/** Fails when anything leaked onto Object.prototype. */
function expectCleanPrototype() {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).q1).toBeUndefined();
}

describe('an id named __proto__', () => {
  it.each(Object.entries(POSITIONS))('as the %s, makes the value unusable with a message naming the field, and changes nothing', (_, make) => {
    const result = decodeProgress(make('__proto__'));
    expect(result).toMatchObject({ status: 'unusable', problem: 'bad-shape', expected: 'id' });
    const file = readImport(make('__proto__'), 300);
    expect(file).toEqual({ ok: false, message: expect.stringMatching(/damaged: it has a field that is wrong: .*should be an id/) });
    expectCleanPrototype();
  });

  it('is refused by every verb that records an id', () => {
    expect(withLessonOpened(EMPTY_PROGRESS, '__proto__', AT)).toBe(EMPTY_PROGRESS);
    expect(withCheckAttempt(EMPTY_PROGRESS, '__proto__', { q: ['a'] }, AT)).toBe(EMPTY_PROGRESS);
    expect(withCheckAttempt(EMPTY_PROGRESS, 'c', { __proto__: ['a'] } as never, AT).checks.c).toEqual([{ at: AT, answers: {} }]);
    expect(withExercisePlacements(EMPTY_PROGRESS, 'e', JSON.parse('{"__proto__":"customer"}')).exercises.e?.placements).toEqual({});
    expectCleanPrototype();
  });
});

describe.each(BUILT_IN_NAMES)('looking up an id named %s', (name) => {
  it('never finds a built-in property where the course looks an id up', () => {
    // Ordinary progress has no entry under the name: every lookup must say "nothing", not find Object.prototype's.
    const key = courseNamed(name);
    expect(lessonStatus(key.lessons[0]!, ordinary, { [name]: [[name]] })).toBe('not-started');
    const summary = summariseCourse(key, ordinary);
    expect(summary.lessons[0]).toMatchObject({ status: 'not-started', endReached: false });
    expect(summary.lessons[0]!.activities.map((activity) => activity.attempts)).toEqual([0, 0]);
    expectCleanPrototype();
  });
});

describe.each(DATA_NAMES)('an id named %s', (name) => {
  describe.each(Object.entries(POSITIONS))('as the %s', (_, make) => {
    const text = make(name);

    it('is read as data, and writes back the same text', () => {
      const result = decodeProgress(text);
      expect(result.status).toBe('ok');
      if (result.status !== 'ok') return;
      expect(encodeProgress(result.progress)).toBe(text);
      expectCleanPrototype();
    });

    it('merges with ordinary progress both ways, and the merge reads back', () => {
      const result = decodeProgress(text);
      if (result.status !== 'ok') throw new Error('not read');
      for (const merged of [mergeProgress(result.progress, ordinary), mergeProgress(ordinary, result.progress), mergeProgress(ordinary, result.progress, true)]) {
        const again = decodeProgress(encodeProgress(merged));
        expect(again.status).toBe('ok');
        expect(encodeProgress(merged)).toContain(`"${name}"`);
      }
      // A file holding the id, imported over ordinary progress and the other way round, gets a preview.
      expect(planImport(ordinary, result.progress).merge.rows.length).toBeGreaterThan(0);
      expect(planImport(result.progress, ordinary).merge.rows.length).toBeGreaterThan(0);
      expectCleanPrototype();
    });

    it('is derived like any other id', () => {
      const result = decodeProgress(text);
      if (result.status !== 'ok') throw new Error('not read');
      const summary = summariseCourse(courseNamed(name), result.progress);
      expect(summary.lessons).toHaveLength(1);
      expect(() => summariseCourse(courseNamed('other'), result.progress)).not.toThrow();
      expectCleanPrototype();
    });
  });

  it('merged into ordinary progress keeps its facts', () => {
    // Ordinary progress merged with a file that has the name: no "t is not iterable", the facts are kept.
    const file = readImport(POSITIONS['check id']!(name), 300);
    expect(file.ok).toBe(true);
    if (file.ok) expect(mergeProgress(ordinary, file.progress).checks[name]).toHaveLength(1);
  });

  it('can be recorded, reset and derived through the model’s verbs', () => {
    let progress = withLessonOpened(EMPTY_PROGRESS, name, AT);
    progress = withLessonEnded(progress, name, AT);
    progress = withLastPlace(progress, name, name, AT);
    progress = withCheckAttempt(progress, name, { [name]: [name] }, AT);
    progress = withExercisePlacements(progress, name, { [name]: name });
    progress = withExerciseAttempt(progress, name, { [name]: name }, AT);
    const key = courseNamed(name);
    expect(lessonStatus(key.lessons[0]!, progress, { [name]: [[name]] })).toBe('complete');
    expect(summariseCourse(key, progress).lessons[0]!.activities.map((activity) => activity.best?.percent)).toEqual([100, 100]);
    const read = decodeProgress(encodeProgress(progress));
    expect(read).toMatchObject({ status: 'ok' });
    if (read.status === 'ok') expect(encodeProgress(read.progress)).toBe(encodeProgress(progress));
    const reset = withoutLesson(progress, name, [name], [name], AT);
    expect(encodeProgress(reset)).toBe(encodeProgress({ ...EMPTY_PROGRESS, clearedAt: AT }));
    expectCleanPrototype();
  });
});
