import { describe, expect, it } from 'vitest';
import {
  correctOptionIds,
  isQuestionCorrect,
  keysOf,
  markOptions,
  meetsPassMark,
  questionVerdict,
  scoreCheck,
} from './grading';

const single = { id: 'q-single', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }, { id: 'c', correct: false }] };
const multiple = {
  id: 'q-multiple',
  options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }, { id: 'd', correct: false }],
};
const trueFalse = { id: 'q-tf', options: [{ id: 'true', correct: false }, { id: 'false', correct: true }] };

describe('isQuestionCorrect', () => {
  it.each([
    ['single: the correct option', ['a'], ['a'], true],
    ['single: a wrong option', ['a'], ['b'], false],
    ['single: nothing selected', ['a'], [], false],
    ['single: every option selected', ['a'], ['a', 'b', 'c'], false],
    ['true-false: the correct option', ['false'], ['false'], true],
    ['true-false: the other option', ['false'], ['true'], false],
    ['true-false: both selected', ['false'], ['true', 'false'], false],
    ['multiple: exactly the correct set', ['a', 'b'], ['a', 'b'], true],
    ['multiple: the correct set in another order', ['a', 'b'], ['b', 'a'], true],
    ['multiple: a duplicated choice still matches', ['a', 'b'], ['a', 'b', 'a'], true],
    ['multiple: partial (one of two)', ['a', 'b'], ['a'], false],
    ['multiple: all correct plus a wrong one', ['a', 'b'], ['a', 'b', 'c'], false],
    ['multiple: every option selected', ['a', 'b'], ['a', 'b', 'c', 'd'], false],
    ['multiple: nothing selected', ['a', 'b'], [], false],
    ['multiple: only wrong options', ['a', 'b'], ['c', 'd'], false],
    ['multiple: same size, different set', ['a', 'b'], ['a', 'c'], false],
  ])('%s', (_name, key, chosen, expected) => {
    expect(isQuestionCorrect(key, chosen)).toBe(expected);
  });
});

describe('scoreCheck', () => {
  const keys = keysOf([single, multiple, trueFalse]);

  it('scores all correct as 100%', () => {
    expect(scoreCheck(keys, { 'q-single': ['a'], 'q-multiple': ['b', 'a'], 'q-tf': ['false'] })).toEqual({
      correct: 3,
      total: 3,
      percent: 100,
    });
  });

  it('counts missing answers as wrong and rounds the percentage', () => {
    expect(scoreCheck(keys, { 'q-single': ['a'], 'q-multiple': ['a'] })).toEqual({ correct: 1, total: 3, percent: 33 });
    expect(scoreCheck(keys, { 'q-single': ['a'], 'q-tf': ['false'] })).toEqual({ correct: 2, total: 3, percent: 67 });
  });

  it('scores nothing answered as 0 and ignores answers to unknown questions', () => {
    expect(scoreCheck(keys, {})).toEqual({ correct: 0, total: 3, percent: 0 });
    expect(scoreCheck(keys, { other: ['a'] })).toEqual({ correct: 0, total: 3, percent: 0 });
  });

  it('scores an empty check as 0 of 0 without dividing by zero', () => {
    expect(scoreCheck([], {})).toEqual({ correct: 0, total: 0, percent: 0 });
  });
});

describe('meetsPassMark', () => {
  it('passes exactly at the mark and fails just below it', () => {
    expect(meetsPassMark({ correct: 12, total: 15, percent: 80 }, 0.8)).toBe(true);
    expect(meetsPassMark({ correct: 11, total: 15, percent: 73 }, 0.8)).toBe(false);
    expect(meetsPassMark({ correct: 15, total: 15, percent: 100 }, 1)).toBe(true);
  });

  it('does not pass on a rounded-up percentage', () => {
    // 2 of 3 is 66.67%, shown as 67%, and must not pass a 0.67 mark.
    expect(meetsPassMark({ correct: 2, total: 3, percent: 67 }, 0.67)).toBe(false);
  });

  it('never passes an empty check', () => {
    expect(meetsPassMark({ correct: 0, total: 0, percent: 0 }, 0.8)).toBe(false);
  });
});

describe('questionVerdict', () => {
  it.each([
    [['a'], [], 'unanswered'],
    [['a'], ['a'], 'correct'],
    [['a'], ['b'], 'incorrect'],
    [['a', 'b'], ['a'], 'partial'],
    [['a', 'b'], ['a', 'c'], 'partial'],
    [['a', 'b'], ['a', 'b', 'c', 'd'], 'partial'],
    [['a', 'b'], ['c', 'd'], 'incorrect'],
    [['a', 'b'], ['b', 'a'], 'correct'],
  ] as const)('key %j, chosen %j → %s', (key, chosen, verdict) => {
    expect(questionVerdict(key, chosen)).toBe(verdict);
  });
});

describe('markOptions', () => {
  it('marks only the chosen options before the answer is shown, without giving away the missed one', () => {
    expect(markOptions(single.options, ['b'], false)).toEqual([
      { optionId: 'a', chosen: false, correct: true, mark: 'none', showExplanation: false },
      { optionId: 'b', chosen: true, correct: false, mark: 'wrong', showExplanation: true },
      { optionId: 'c', chosen: false, correct: false, mark: 'none', showExplanation: false },
    ]);
  });

  it('marks a right choice and explains it', () => {
    const marks = markOptions(trueFalse.options, ['false'], false);
    expect(marks.map((m) => [m.mark, m.showExplanation])).toEqual([
      ['none', false],
      ['right', true],
    ]);
  });

  it('marks a partial multiple-response answer choice by choice', () => {
    expect(markOptions(multiple.options, ['a', 'c'], false).map((m) => m.mark)).toEqual(['right', 'none', 'wrong', 'none']);
  });

  it('marks every option selected', () => {
    expect(markOptions(multiple.options, ['a', 'b', 'c', 'd'], false).map((m) => m.mark)).toEqual([
      'right',
      'right',
      'wrong',
      'wrong',
    ]);
  });

  it('marks nothing when nothing is selected, and shows no explanation', () => {
    const marks = markOptions(multiple.options, [], false);
    expect(marks.every((m) => m.mark === 'none' && !m.showExplanation)).toBe(true);
  });

  it('once revealed, marks missed correct options and shows every explanation', () => {
    expect(markOptions(multiple.options, ['a', 'c'], true)).toEqual([
      { optionId: 'a', chosen: true, correct: true, mark: 'right', showExplanation: true },
      { optionId: 'b', chosen: false, correct: true, mark: 'missed', showExplanation: true },
      { optionId: 'c', chosen: true, correct: false, mark: 'wrong', showExplanation: true },
      { optionId: 'd', chosen: false, correct: false, mark: 'none', showExplanation: true },
    ]);
  });
});

describe('keys', () => {
  it('lists the correct option ids of each question', () => {
    expect(correctOptionIds(multiple)).toEqual(['a', 'b']);
    expect(keysOf([single, trueFalse])).toEqual([
      { id: 'q-single', correctOptionIds: ['a'] },
      { id: 'q-tf', correctOptionIds: ['false'] },
    ]);
  });
});
