import { describe, expect, it } from 'vitest';
import { TEST_COURSE } from './fixtures/course.ts';
import { MAX_RESULT_ROWS, percentOf, resultsView, tallyAnswers } from './tally.ts';

const question = TEST_COURSE.items['q:check/moved']!;
const sort = TEST_COURSE.items['x:duties']!;

describe('resultsView', () => {
  it('gives a question a bar per option in the slide’s order, with counts, shares and a sentence each', () => {
    const tally = tallyAnswers(question, [
      { kind: 'question', options: ['hosts', 'network'] },
      { kind: 'question', options: ['hosts', 'data'] },
      { kind: 'question', options: ['data'] },
    ]);
    expect(tally).toEqual({ kind: 'question', answered: 3, correct: 1, counts: { hosts: 2, network: 1, data: 2 } });
    const view = resultsView(question, tally, 4);
    expect(view.summary).toBe('3 answers from 4 learners');
    expect(view.rows.map(({ letter, count, percent }) => [letter, count, percent])).toEqual([
      ['A', 2, 67],
      ['B', 1, 33],
      ['C', 2, 67],
    ]);
    expect(view.rows[1]!.description).toBe('B: Physical network. 1 learner, 33%.');
  });

  it('gives a sort a bar per card with the share placed correctly, the most missed first', () => {
    const tally = tallyAnswers(sort, [
      { kind: 'sort', placements: { patch: 'provider', disk: 'provider', readers: 'customer' } },
      { kind: 'sort', placements: { patch: 'provider', disk: 'provider' } },
    ]);
    const view = resultsView(sort, tally, 2);
    expect(view.rows.map(({ text, count, percent }) => [text, count, percent])).toEqual([
      ['Patch the guest OS', 0, 0],
      ['Decide who reads the data', 1, 50],
      ['Replace a failed disk', 2, 100],
    ]);
    expect(view.rows[1]!.description).toBe('Decide who reads the data: placed correctly by 1 of 2, 50%.');
    expect(view.summary).toBe('2 learners sorted, of 2 learners');
  });

  it('shows the most missed cards of a long sort, and says how many more the report has', () => {
    const cards = Array.from({ length: 20 }, (_, index) => ({ id: `c${index}`, text: `Card ${index}`, zoneId: 'customer', explanation: '', misconceptions: {} }));
    const long = { ...sort, cards };
    const placements = Object.fromEntries(cards.map((card, index) => [card.id, index < 4 ? 'provider' : 'customer']));
    const view = resultsView(long, tallyAnswers(long, [{ kind: 'sort', placements }]), 1);
    expect(view.rows).toHaveLength(MAX_RESULT_ROWS);
    expect(view.rows.slice(0, 4).map((row) => row.text)).toEqual(['Card 0', 'Card 1', 'Card 2', 'Card 3']);
    expect(view.more).toBe(4);
    expect(view.summary).toBe('1 learner sorted, of 1 learner; 4 cards more in the class report');
  });

  it('shows nothing as 0% before anyone answers', () => {
    const view = resultsView(question, tallyAnswers(question, []), 1);
    expect(view.rows.every((row) => row.percent === 0)).toBe(true);
    expect(view.summary).toBe('0 answers from 1 learner');
    expect(percentOf(1, 3)).toBe(33);
  });
});
