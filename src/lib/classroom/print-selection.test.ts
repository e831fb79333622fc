import { describe, expect, it } from 'vitest';
import { defaultSelection, describeSelection, parsePrintSelection, selectionQuery } from './print-selection';

const ids = ['one', 'two', 'three', 'four', 'five', 'six'];

describe('parsePrintSelection', () => {
  it('covers every lesson by default, with the final assessment in the answer key only', () => {
    expect(parsePrintSelection('', 'worksheet', ids)).toEqual({ lessons: ids, assessment: false });
    expect(parsePrintSelection('', 'answer-key', ids)).toEqual({ lessons: ids, assessment: true });
    expect(defaultSelection('worksheet', ids)).toEqual({ lessons: ids, assessment: false });
  });

  it('covers the lessons named, in course order, and the final assessment only when asked for', () => {
    expect(parsePrintSelection('?lesson=four&lesson=two', 'worksheet', ids)).toEqual({ lessons: ['two', 'four'], assessment: false });
    expect(parsePrintSelection('?lesson=four&lesson=two', 'answer-key', ids)).toEqual({ lessons: ['two', 'four'], assessment: false });
    expect(parsePrintSelection('?lesson=four&assessment=yes', 'worksheet', ids)).toEqual({ lessons: ['four'], assessment: true });
  });

  it('takes a submitted form at its word, even when nothing was ticked', () => {
    expect(parsePrintSelection('?assessment=yes&chosen=yes', 'worksheet', ids)).toEqual({ lessons: [], assessment: true });
    expect(parsePrintSelection('?chosen=yes', 'answer-key', ids)).toEqual({ lessons: [], assessment: false });
  });

  it('ignores lesson ids that are not in the course', () => {
    expect(parsePrintSelection('?lesson=nine&lesson=__proto__', 'worksheet', ids)).toEqual({ lessons: ids, assessment: false });
    expect(parsePrintSelection('?lesson=nine&lesson=one', 'worksheet', ids)).toEqual({ lessons: ['one'], assessment: false });
    expect(parsePrintSelection('?assessment=yes', 'worksheet', ids)).toEqual({ lessons: ids, assessment: true });
    expect(parsePrintSelection('?assessment=no', 'answer-key', ids)).toEqual({ lessons: ids, assessment: false });
  });

  it('reads back what selectionQuery writes', () => {
    for (const selection of [
      { lessons: ['two', 'three'], assessment: true },
      { lessons: ['six'], assessment: false },
      { lessons: [], assessment: true },
    ]) {
      expect(parsePrintSelection(selectionQuery(selection), 'worksheet', ids)).toEqual(selection);
      expect(parsePrintSelection(selectionQuery(selection), 'answer-key', ids)).toEqual(selection);
    }
  });
});

describe('describeSelection', () => {
  it('says what a printout covers', () => {
    expect(describeSelection({ lessons: ids, assessment: false }, ids)).toBe('every lesson');
    expect(describeSelection({ lessons: ids, assessment: true }, ids)).toBe('every lesson and the final assessment');
    expect(describeSelection({ lessons: ['four'], assessment: false }, ids)).toBe('lesson 4');
    expect(describeSelection({ lessons: ['two', 'three'], assessment: false }, ids)).toBe('lessons 2 and 3');
    expect(describeSelection({ lessons: ['one', 'three', 'four', 'five', 'six'], assessment: true }, ids)).toBe('lessons 1 and 3–6, and the final assessment');
    expect(describeSelection({ lessons: ['one', 'three', 'five'], assessment: false }, ids)).toBe('lessons 1, 3 and 5');
    expect(describeSelection({ lessons: [], assessment: true }, ids)).toBe('the final assessment');
    expect(describeSelection({ lessons: [], assessment: false }, ids)).toBe('nothing yet');
  });
});
