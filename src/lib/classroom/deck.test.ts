import { describe, expect, it } from 'vitest';
import { matrixSlides } from './activity-slides';
import { buildDeck, matrixItem, optionLetter, questionItems, revealSteps, slideNotes, slideTitle, sortItem, type CheckInput, type SortInput } from './deck';
import type { LessonChunk } from './split-lesson';

const check: CheckInput = {
  id: 'iaas',
  title: 'Check your knowledge',
  questions: [
    {
      id: 'os',
      type: 'single',
      prompt: 'Who patches the guest OS?',
      options: [
        { id: 'customer', text: 'Customer', correct: true, explanation: 'Yes.' },
        { id: 'provider', text: 'Provider', correct: false, explanation: 'No.', misconception: 'thinks the provider patches' },
      ],
    },
    {
      id: 'many',
      type: 'multiple',
      prompt: 'Which stay with the customer?',
      options: [
        { id: 'a', text: 'Data', correct: true, explanation: 'Always.' },
        { id: 'b', text: 'Datacenter', correct: false, explanation: 'Provider.' },
        { id: 'c', text: 'Accounts', correct: true, explanation: 'Always.' },
      ],
    },
  ],
};

const sort: SortInput = {
  id: 'iaas-duties',
  title: 'Sort the duties',
  instructions: 'Sort them.',
  serviceType: 'IaaS',
  zones: [
    { id: 'customer', label: 'Customer' },
    { id: 'provider', label: 'Cloud provider' },
  ],
  cards: [
    { id: 'disk', text: 'Replace a disk' },
    { id: 'patch', text: 'Patch the guest OS' },
  ],
  solution: { disk: 'provider', patch: 'customer' },
  explanations: { disk: 'Hosts are the provider’s.', patch: 'The guest OS is yours.' },
};

describe('optionLetter', () => {
  it('counts A…Z then AA', () => {
    expect([0, 1, 25, 26, 27].map(optionLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});

describe('questionItems', () => {
  it('letters options and spells out the answer', () => {
    const [single, multiple] = questionItems(check);
    expect(single).toMatchObject({ number: 1, of: 2, answer: 'A', hint: 'Choose one answer.' });
    expect(single!.options.map((option) => option.letter)).toEqual(['A', 'B']);
    expect(multiple).toMatchObject({ answer: 'A, C', hint: 'Select all that apply.' });
  });
});

describe('sortItem', () => {
  it('gives each card its zone from the solution, numbered', () => {
    expect(sortItem(sort).cards).toEqual([
      { id: 'disk', number: 1, text: 'Replace a disk', zoneId: 'provider', zoneLabel: 'Cloud provider', explanation: 'Hosts are the provider’s.' },
      { id: 'patch', number: 2, text: 'Patch the guest OS', zoneId: 'customer', zoneLabel: 'Customer', explanation: 'The guest OS is yours.' },
    ]);
  });

  it('refuses a card without an answer', () => {
    expect(() => sortItem({ ...sort, solution: { disk: 'provider' } })).toThrow(/no answer for card "patch"/);
  });
});

describe('matrixItem', () => {
  it('reads every cell from the solution', () => {
    const item = matrixItem(
      {
        id: 'm',
        title: 'Matrix',
        instructions: 'Fill it.',
        serviceTypes: [{ id: 'iaas', label: 'IaaS' }, { id: 'saas', label: 'SaaS' }],
        owners: [{ id: 'customer', label: 'Customer' }, { id: 'provider', label: 'Cloud provider' }],
        rows: [{ id: 'os', label: 'Operating system' }],
        solution: { 'os--iaas': 'customer', 'os--saas': 'provider' },
        explanations: { 'os--iaas': 'Yours.' },
      },
      (row, type) => `${row}--${type}`,
    );
    expect(item.rows[0]!.cells).toEqual([
      { serviceTypeId: 'iaas', ownerId: 'customer', ownerLabel: 'Customer', explanation: 'Yours.' },
      { serviceTypeId: 'saas', ownerId: 'provider', ownerLabel: 'Cloud provider', explanation: '' },
    ]);
    expect(matrixSlides(item).map(revealSteps)).toEqual([1]);
  });
});

describe('buildDeck', () => {
  const chunks: LessonChunk[] = [
    { kind: 'section', id: null, title: null, html: '<p>Intro</p>', notes: ['<p>Five minutes.</p>'] },
    { kind: 'section', id: 'a', title: 'A', html: '<h2 id="a">A</h2>', notes: [] },
    { kind: 'embed', embed: 'check', id: 'iaas' },
    { kind: 'section', id: 'b', title: 'B', html: '<h2 id="b">B</h2>', notes: ['<p>Ask.</p>'] },
  ];

  it('opens with the title (the intro on it when there is room) and the objectives, and puts checks where they are embedded', () => {
    const slides = buildDeck({ title: 'IaaS', description: 'About IaaS', objectives: ['Know'], chunks, checks: [check], exercises: [sortItem(sort)] });
    expect(slides.map(slideTitle)).toEqual([
      'IaaS',
      'IaaS: objectives',
      'A',
      'Check your knowledge: question 1 of 2',
      'Question 1 of 2: the answers explained',
      'Check your knowledge: question 2 of 2',
      'Question 2 of 2: the answers explained',
      'B',
      'Sort the duties',
    ]);
    expect(slides[0]).toMatchObject({ kind: 'title', html: '<p>Intro</p>', notes: ['<p>Five minutes.</p>'] });
    // A question reveals its answer; its explanations slide reveals each option's reason; the sorter each card.
    expect(slides.map(revealSteps)).toEqual([0, 0, 0, 1, 2, 1, 3, 0, 2]);
  });

  it('gives the intro a slide of its own when it does not fit beside the title', () => {
    const intro = `<p>${Array.from({ length: 150 }, () => 'word').join(' ')}</p>`;
    const slides = buildDeck({ title: 'T', description: 'D', objectives: [], chunks: [{ kind: 'section', id: null, title: null, html: intro, notes: ['<p>Five minutes.</p>'] }], checks: [], exercises: [] });
    expect(slides.map((slide) => slide.kind)).toEqual(['title', 'section']);
    expect(slides[0]).toMatchObject({ html: '', notes: ['<p>Five minutes.</p>'] });
    expect(slides[1]).toMatchObject({ id: null, title: 'T', part: 2, parts: 2, html: intro, notes: ['<p>Five minutes.</p>'] });
  });

  it('splits a section too long for one slide into parts that share its notes', () => {
    const paragraph = (word: string) => `<p>${Array.from({ length: 120 }, () => word).join(' ')}</p>`;
    const long: LessonChunk = { kind: 'section', id: 'long', title: 'Long', html: `<h2 id="long">Long</h2>${paragraph('aaaa')}${paragraph('bbbb')}${paragraph('cccc')}`, notes: ['<p>Pace it.</p>'] };
    const slides = buildDeck({ title: 'T', description: '', objectives: [], chunks: [long], checks: [], exercises: [] });
    expect(slides.map(slideTitle)).toEqual(['T', 'Long (part 1 of 3)', 'Long (part 2 of 3)', 'Long (part 3 of 3)']);
    expect(slides.slice(1).map((slide) => (slide.kind === 'section' ? [slide.id, slide.part, slide.notes] : null))).toEqual([
      ['long', 1, ['<p>Pace it.</p>']],
      ['long--part-2', 2, ['<p>Pace it.</p>']],
      ['long--part-3', 3, ['<p>Pace it.</p>']],
    ]);
    expect(slides.slice(1).map((slide) => (slide.kind === 'section' ? slide.html : '')).join('')).toBe(long.html);
  });

  it('appends checks that the lesson does not embed, and ignores embeds of unknown ids', () => {
    const slides = buildDeck({
      title: 'T',
      description: '',
      objectives: [],
      chunks: [chunks[1]!, { kind: 'embed', embed: 'exercise', id: 'missing' }],
      checks: [check],
      exercises: [],
    });
    expect(slides.map((slide) => slide.kind)).toEqual(['title', 'section', 'question', 'explanation', 'question', 'explanation']);
  });
});

describe('slideNotes', () => {
  it('gives question slides the answer and the misconceptions to watch for', () => {
    const [first] = questionItems(check);
    expect(slideNotes(first!).lines).toEqual(['Answer: A.', 'Watch for (B): thinks the provider patches.']);
  });

  it('gives exercise slides the answers they reveal', () => {
    const slides = buildDeck({ title: 'T', description: '', objectives: [], chunks: [], checks: [], exercises: [sortItem(sort)] });
    expect(slideNotes(slides.at(-1)!).lines).toEqual([
      'Ask for a show of hands per card, then reveal it (cards 1–2 of 2).',
      '1. Replace a disk: Cloud provider.',
      '2. Patch the guest OS: Customer.',
    ]);
  });

  it('names a single card as one card, not a range', () => {
    const oneCard = { ...sort, cards: [sort.cards[0]!], solution: { disk: 'provider' }, explanations: { disk: 'Hosts are the provider’s.' } };
    const slides = buildDeck({ title: 'T', description: '', objectives: [], chunks: [], checks: [], exercises: [sortItem(oneCard)] });
    expect(slideNotes(slides.at(-1)!).lines[0]).toBe('Ask for a show of hands, then reveal the card (card 1 of 1).');
  });
});
