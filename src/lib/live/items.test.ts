import { describe, expect, it } from 'vitest';
import { questionItems, sortItem, matrixItem } from '../classroom/deck';
import { cellMisconceptions, exerciseKey, itemSolution, learnerItem, liveMatrix, liveQuestion, liveSort, questionKey } from './items.ts';
import { LearnerItemSchema, LiveItemSchema } from './schemas.ts';

const questions = [
  {
    matrix: { row: 'operating-system', serviceType: 'iaas' },
    options: [
      { id: 'customer' },
      { id: 'provider', misconception: 'thinks the provider patches the guest OS on IaaS' },
      { id: 'shared', misconception: 'thinks OS patching is shared under IaaS' },
    ],
  },
  // A question without a matrix cell adds nothing; a later question on the same cell does not replace the first.
  { options: [{ id: 'provider', misconception: 'unrelated' }] },
  { matrix: { row: 'operating-system', serviceType: 'iaas' }, options: [{ id: 'provider', misconception: 'second wording' }] },
];

describe('live items', () => {
  it('have stable keys for questions and exercises', () => {
    expect(questionKey('iaas-in-practice', 'open-ports')).toBe('q:iaas-in-practice/open-ports');
    expect(exerciseKey('iaas-duties')).toBe('x:iaas-duties');
  });

  it('turn a deck question into a live question with letters, answers and misconceptions', () => {
    const [item] = questionItems({
      id: 'check',
      title: 'Check your knowledge',
      questions: [
        {
          id: 'q1',
          type: 'single',
          prompt: 'Who?',
          options: [
            { id: 'a', text: 'A text', correct: true, explanation: 'Yes' },
            { id: 'b', text: 'B text', correct: false, explanation: 'No', misconception: 'thinks b' },
          ],
        },
      ],
    });
    const live = liveQuestion(item!);
    expect(LiveItemSchema.safeParse(live).success).toBe(true);
    expect(live).toMatchObject({ key: 'q:check/q1', title: 'Check your knowledge · Question 1 of 1', hint: 'Choose one answer.', multiple: false });
    expect(live.options[1]).toEqual({ id: 'b', letter: 'B', text: 'B text', correct: false, explanation: 'No', misconception: 'thinks b' });
    expect(LearnerItemSchema.safeParse(learnerItem(live)).success).toBe(true);
    expect(itemSolution(live)).toEqual({ kind: 'question', correct: ['a'], explanations: { a: 'Yes', b: 'No' } });
  });

  it('give each sorting card the misconceptions the course wrote for its cell, for wrong zones only', () => {
    const index = cellMisconceptions(questions);
    const item = sortItem({
      id: 'duties',
      title: 'Sort',
      instructions: 'Sort them.',
      serviceType: 'IaaS',
      zones: [
        { id: 'customer', label: 'Customer' },
        { id: 'provider', label: 'Cloud provider' },
      ],
      cards: [{ id: 'patch', text: 'Patch the guest OS' }, { id: 'disk', text: 'Replace a disk', tag: 'IaaS' }],
      solution: { patch: 'customer', disk: 'provider' },
      explanations: { patch: 'Customer’s.', disk: 'Provider’s.' },
    });
    const live = liveSort(item, { patch: { row: 'operating-system', serviceType: 'iaas' }, disk: { row: 'physical-hosts', serviceType: 'iaas' } }, index);
    expect(LiveItemSchema.safeParse(live).success).toBe(true);
    expect(live.cards).toEqual([
      { id: 'patch', text: 'Patch the guest OS', zoneId: 'customer', explanation: 'Customer’s.', misconceptions: { provider: 'thinks the provider patches the guest OS on IaaS' } },
      { id: 'disk', text: 'Replace a disk (IaaS)', zoneId: 'provider', explanation: 'Provider’s.', misconceptions: {} },
    ]);
  });

  it('make the matrix challenge a sort with one card per cell', () => {
    const item = matrixItem(
      {
        id: 'matrix',
        title: 'Build the matrix',
        instructions: 'Fill it in.',
        serviceTypes: [{ id: 'iaas', label: 'IaaS' }, { id: 'saas', label: 'SaaS' }],
        owners: [{ id: 'customer', label: 'Customer' }, { id: 'provider', label: 'Cloud provider' }, { id: 'shared', label: 'Shared' }],
        rows: [{ id: 'operating-system', label: 'Operating system' }],
        solution: { 'operating-system--iaas': 'customer', 'operating-system--saas': 'provider' },
        explanations: { 'operating-system--iaas': 'Yours.', 'operating-system--saas': 'Theirs.' },
      },
      (row, type) => `${row}--${type}`,
    );
    const live = liveMatrix(item, [{ id: 'customer', label: 'Customer' }, { id: 'provider', label: 'Cloud provider' }, { id: 'shared', label: 'Shared' }], (row, type) => `${row}--${type}`, cellMisconceptions(questions));
    expect(live.key).toBe('x:matrix');
    expect(live.cards.map((card) => [card.id, card.text, card.zoneId, Object.keys(card.misconceptions)])).toEqual([
      ['operating-system--iaas', 'Operating system · IaaS', 'customer', ['provider', 'shared']],
      ['operating-system--saas', 'Operating system · SaaS', 'provider', []],
    ]);
  });
});
