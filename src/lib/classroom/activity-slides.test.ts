import { describe, expect, it } from 'vitest';
import { explanationSlides, matrixSlides, questionLines, shareOut, sortSlides } from './activity-slides';
import { matrixItem, questionItems, sortItem, type SortInput } from './deck';
import { SLIDE_CAPACITY } from './slide-lines';

const sentence = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('shareOut', () => {
  it('fills each group up to the capacity after its header, in order', () => {
    expect(shareOut([1, 2, 3, 4, 5], (item) => item, 2, 10)).toEqual([[1, 2, 3], [4], [5]]);
  });

  it('gives an item too big for a slide a group of its own', () => {
    expect(shareOut([20, 1], (item) => item, 0, 10)).toEqual([[20], [1]]);
    expect(shareOut([], () => 1, 0, 10)).toEqual([]);
  });
});

const [question] = questionItems({
  id: 'c',
  title: 'Check',
  questions: [
    {
      id: 'q',
      type: 'single',
      prompt: 'Who patches the guest operating system on a virtual machine?',
      options: ['a', 'b', 'c', 'd'].map((id, index) => ({ id, text: `Option ${id}`, correct: index === 0, explanation: sentence(30) })),
    },
  ],
});

describe('explanationSlides', () => {
  it('shares the options and their explanations out over slides that each fit, keeping their order', () => {
    const slides = explanationSlides(question!);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.flatMap((slide) => slide.options.map((option) => option.letter))).toEqual(['A', 'B', 'C', 'D']);
    expect(slides.map((slide) => [slide.part, slide.parts])).toEqual(slides.map((_, index) => [index + 1, slides.length]));
    expect(slides[0]).toMatchObject({ kind: 'explanation', checkId: 'c', id: 'q', number: 1, of: 1, prompt: question!.prompt });
  });

  it('keeps short explanations on one slide', () => {
    const short = { ...question!, options: question!.options.map((option) => ({ ...option, explanation: 'Short.' })) };
    expect(explanationSlides(short)).toHaveLength(1);
  });
});

describe('questionLines', () => {
  it('grows with the prompt and the options', () => {
    const longer = { ...question!, prompt: sentence(60) };
    expect(questionLines(longer)).toBeGreaterThan(questionLines(question!));
    expect(questionLines(question!)).toBeLessThan(SLIDE_CAPACITY);
  });
});

const sort: SortInput = {
  id: 'duties',
  title: 'Sort the duties',
  instructions: 'Put each duty with the party that secures it.',
  serviceType: 'IaaS',
  zones: [
    { id: 'customer', label: 'Customer' },
    { id: 'provider', label: 'Cloud provider' },
  ],
  cards: Array.from({ length: 10 }, (_, index) => ({ id: `card-${index}`, text: `Duty number ${index + 1} ${sentence(6)}` })),
  solution: Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`card-${index}`, index % 2 ? 'provider' : 'customer'])),
  explanations: Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`card-${index}`, sentence(20)])),
};

describe('sortSlides', () => {
  it('shares the cards out over slides of a few each, in order, all numbered as in the exercise', () => {
    const slides = sortSlides(sortItem(sort));
    expect(slides.length).toBeGreaterThan(2);
    expect(slides.flatMap((slide) => slide.cards.map((card) => card.number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(slides.every((slide) => slide.cardCount === 10 && slide.parts === slides.length)).toBe(true);
    // The first slide also carries the instructions, so it holds no more cards than the others.
    expect(slides[0]!.cards.length).toBeLessThanOrEqual(slides[1]!.cards.length);
  });
});

describe('matrixSlides', () => {
  const rows = [
    { id: 'data', label: 'Information and data', band: 'Always yours' },
    { id: 'devices', label: 'Devices', band: 'Always yours' },
    { id: 'os', label: 'Operating system', band: 'Varies' },
    { id: 'hosts', label: 'Physical hosts', band: 'Moves' },
  ];
  const item = matrixItem(
    {
      id: 'm',
      title: 'Build the matrix',
      instructions: 'Fill it.',
      serviceTypes: [{ id: 'iaas', label: 'IaaS' }],
      owners: [{ id: 'customer', label: 'Customer' }],
      rows,
      solution: Object.fromEntries(rows.map((row) => [`${row.id}--iaas`, 'customer'])),
      explanations: {},
    },
    (row, type) => `${row}--${type}`,
  );

  it('gives each band of the matrix its own slide', () => {
    const slides = matrixSlides(item);
    expect(slides.map((slide) => [slide.band, slide.rows.map((row) => row.id)])).toEqual([
      ['Always yours', ['data', 'devices']],
      ['Varies', ['os']],
      ['Moves', ['hosts']],
    ]);
  });

  it('keeps rows without bands together as far as a slide holds them', () => {
    const plain = { ...item, rows: item.rows.map(({ band: _band, ...row }) => row) };
    expect(matrixSlides(plain).map((slide) => [slide.band, slide.rows.length])).toEqual([[null, 4]]);
  });
});
