import { describe, expect, it } from 'vitest';
import { earlierKeysOf, gradeAttempt } from './versions';

const key = (entries: Record<string, string[]>) => Object.entries(entries).map(([id, correctOptionIds]) => ({ id, correctOptionIds }));
// Version 2 replaced q2 by q4 and added q5; version 1 is the check as it was.
const lessonCheck = {
  questions: key({ q1: ['a'], q4: ['b'], q5: ['c'] }),
  earlierKeys: [key({ q1: ['a'], q2: ['b'], q3: ['true'] })],
};

describe('gradeAttempt, for a check that asks every question', () => {
  it('grades an attempt at the current version on the current questions', () => {
    expect(gradeAttempt(lessonCheck, { q1: ['a'], q4: ['x'], q5: ['c'] })).toEqual({ questions: lessonCheck.questions, counts: true, current: true });
  });

  it('grades an attempt made before the change on the key it was made with, so it still counts and keeps its score', () => {
    const graded = gradeAttempt(lessonCheck, { q1: ['a'], q2: ['b'], q3: ['true'] });
    expect(graded).toEqual({ questions: lessonCheck.earlierKeys[0], counts: true, current: false });
  });

  it('does not count an attempt that skips a question of every version', () => {
    expect(gradeAttempt(lessonCheck, { q1: ['a'], q2: ['b'] })).toMatchObject({ counts: false, current: true });
    expect(gradeAttempt(lessonCheck, { q1: ['a'], q2: ['b'], q3: [] })).toMatchObject({ counts: false });
  });

  it('prefers the version the attempt answers exactly, so a removed question is not dropped from an old attempt’s score', () => {
    const shrunk = { questions: key({ q1: ['a'] }), earlierKeys: [key({ q1: ['a'], q2: ['b'] })] };
    expect(gradeAttempt(shrunk, { q1: ['a'], q2: ['x'] }).questions).toEqual(shrunk.earlierKeys[0]);
    // A hand-made attempt with an extra unknown id is graded on the current version it answers in full, as before.
    expect(gradeAttempt(shrunk, { q1: ['a'], other: ['x'] })).toMatchObject({ questions: shrunk.questions, counts: true, current: true });
  });

  it('looks ids up as own keys only', () => {
    const tricky = { questions: key({ constructor: ['a'] }) };
    expect(gradeAttempt(tricky, {})).toMatchObject({ counts: false });
    expect(gradeAttempt(tricky, { constructor: ['a'] })).toMatchObject({ counts: true });
  });
});

describe('gradeAttempt, for a drawn assessment', () => {
  const pool = { draw: 2, questions: key({ f1: ['a'], f4: ['a'], f5: ['a'] }), earlierKeys: [key({ f1: ['a'], f2: ['a'], f3: ['a'] })] };

  it('scores an attempt on the questions it was asked, in the version that knows them all', () => {
    expect(gradeAttempt(pool, { f1: ['a'], f4: ['b'] })).toEqual({ questions: key({ f1: ['a'], f4: ['a'] }), counts: true, current: true });
    expect(gradeAttempt(pool, { f1: ['a'], f2: ['a'] })).toEqual({ questions: key({ f1: ['a'], f2: ['a'] }), counts: true, current: false });
  });

  it('still needs as many answers as the draw asks, in any version', () => {
    expect(gradeAttempt(pool, { f2: ['a'] })).toMatchObject({ counts: false, current: false });
    expect(gradeAttempt(pool, { f1: ['a'], f4: [] })).toMatchObject({ counts: false });
  });

  it('grades an attempt that fits no version against the current one, ignoring what it does not know', () => {
    expect(gradeAttempt(pool, { f1: ['a'], f4: ['a'], unknown: ['a'] })).toEqual({ questions: key({ f1: ['a'], f4: ['a'] }), counts: true, current: true });
  });
});

describe('earlierKeysOf', () => {
  it('turns the YAML form (question id → correct option ids) into grading keys', () => {
    expect(earlierKeysOf([{ q1: ['a'], q2: ['b', 'c'] }])).toEqual([key({ q1: ['a'], q2: ['b', 'c'] })]);
  });
});
