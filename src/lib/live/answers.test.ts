import { describe, expect, it } from 'vitest';
import { gradeAnswer, isEmptyAnswer, normaliseAnswer } from './answers.ts';
import { TEST_COURSE } from './fixtures/course.ts';
import { itemSolution, learnerItem } from './items.ts';

const single = TEST_COURSE.items['q:check/patching']!;
const multiple = TEST_COURSE.items['q:check/moved']!;
const sort = TEST_COURSE.items['x:duties']!;

describe('normaliseAnswer', () => {
  it('keeps options in the item’s order, and allows several only where the question asks for several', () => {
    expect(normaliseAnswer(multiple, { kind: 'question', options: ['data', 'hosts'] })).toEqual({ kind: 'question', options: ['hosts', 'data'] });
    expect(normaliseAnswer(single, { kind: 'question', options: ['customer', 'shared'] })).toBeNull();
    expect(normaliseAnswer(single, { kind: 'question', options: ['toString'] })).toBeNull();
    expect(normaliseAnswer(single, { kind: 'question', options: [] })).toEqual({ kind: 'question', options: [] });
  });

  it('accepts a sort’s known cards and zones only, and works on the learner’s copy of the item too', () => {
    expect(normaliseAnswer(learnerItem(sort), { kind: 'sort', placements: { readers: 'customer', patch: 'provider' } })).toEqual({
      kind: 'sort',
      placements: { patch: 'provider', readers: 'customer' },
    });
    expect(normaliseAnswer(sort, { kind: 'sort', placements: { patch: 'nowhere' } })).toBeNull();
    expect(normaliseAnswer(sort, { kind: 'sort', placements: JSON.parse('{"__proto__":"customer"}') })).toBeNull();
    expect(normaliseAnswer(sort, { kind: 'question', options: [] })).toBeNull();
  });

  it('knows an empty answer', () => {
    expect(isEmptyAnswer({ kind: 'question', options: [] })).toBe(true);
    expect(isEmptyAnswer({ kind: 'sort', placements: { patch: 'customer' } })).toBe(false);
  });
});

describe('gradeAnswer', () => {
  it('marks a question right only for exactly the correct options', () => {
    const solution = itemSolution(multiple);
    expect(gradeAnswer(solution, { kind: 'question', options: ['hosts', 'network'] }).correct).toBe(true);
    expect(gradeAnswer(solution, { kind: 'question', options: ['hosts'] }).correct).toBe(false);
    expect(gradeAnswer(solution, { kind: 'question', options: ['hosts', 'network', 'data'] }).correct).toBe(false);
    expect(gradeAnswer(solution, null).correct).toBe(false);
  });

  it('marks each card of a sort right, wrong or not placed', () => {
    const graded = gradeAnswer(itemSolution(sort), { kind: 'sort', placements: { patch: 'customer', disk: 'customer' } });
    expect(graded).toEqual({ correct: false, cards: { patch: 'right', disk: 'wrong', readers: 'unplaced' } });
  });
});
