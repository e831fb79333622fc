import { describe, expect, it } from 'vitest';
import { withCheckAttempt } from '../progress/check-attempts';
import { withExerciseAttempt } from '../progress/exercise-attempts';
import { EMPTY_PROGRESS, type Progress } from '../progress/model';
import { withCardReview, withQuestionReview, withReviewFeeling } from '../progress/reviews';
import { buildCourseKey } from '../progress/course-key';
import {
  LEARNED_STABILITY_DAYS,
  answerHistory,
  closestToDue,
  deckKeyOf,
  deriveDeck,
  summariseDeck,
  type DeckItem,
  type DeckKey,
} from './deck';

// A fixed clock: every time is minutes after 2 November 2026, 09:00 UTC.
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (ms: number) => new Date(T0 + ms).toISOString();

const KEY: DeckKey = deckKeyOf(
  buildCourseKey(
    [{ id: 'iaas-in-practice', title: 'IaaS in practice', order: 1 }],
    [
      {
        id: 'iaas-in-practice',
        title: 'Check',
        lesson: 'iaas-in-practice',
        kind: 'lesson',
        passMark: 0.8,
        questions: [
          { id: 'patching', options: [{ id: 'customer', correct: true }, { id: 'provider', correct: false }] },
          { id: 'disks', options: [{ id: 'customer', correct: false }, { id: 'provider', correct: true }] },
          { id: 'both', options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }] },
        ],
      },
      {
        id: 'final',
        title: 'Assessment',
        kind: 'assessment',
        passMark: 0.8,
        draw: 2,
        questions: [
          { id: 'one', options: [{ id: 'yes', correct: true }, { id: 'no', correct: false }] },
          { id: 'two', options: [{ id: 'yes', correct: true }, { id: 'no', correct: false }] },
          { id: 'three', options: [{ id: 'yes', correct: true }, { id: 'no', correct: false }] },
        ],
      },
    ],
    [
      { id: 'iaas-duties', title: 'Sort', lesson: 'iaas-in-practice', solution: { os: 'customer', disk: 'provider' } },
      { id: 'build-the-matrix', title: 'Matrix', lesson: 'iaas-in-practice', solution: { 'os--iaas': 'customer' } },
    ],
  ),
  ['iaas-duties'],
);

const ALL_RIGHT = { patching: ['customer'], disks: ['provider'], both: ['a', 'b'] };
const ONE_WRONG = { patching: ['provider'], disks: ['provider'], both: ['a', 'b'] };

const item = (deck: DeckItem[], key: string) => deck.find((entry) => entry.key === key);
const PATCHING = 'checks/iaas-in-practice/patching';
const DISKS = 'checks/iaas-in-practice/disks';

describe('the deck derived from a stored history', () => {
  it('is empty until something was answered, and leaves out what was not', () => {
    expect(deriveDeck(EMPTY_PROGRESS, KEY)).toEqual([]);
    const deck = deriveDeck(withCheckAttempt(EMPTY_PROGRESS, 'iaas-in-practice', ALL_RIGHT, at(0)), KEY);
    expect(deck.map((entry) => entry.key)).toEqual([PATCHING, DISKS, 'checks/iaas-in-practice/both']);
  });

  it('brings a missed question back the same day and a right one after days', () => {
    const deck = deriveDeck(withCheckAttempt(EMPTY_PROGRESS, 'iaas-in-practice', ONE_WRONG, at(0)), KEY);
    expect(item(deck, PATCHING)).toMatchObject({ due: T0 + 10 * MINUTE, learning: true, answers: 1, misses: 1, lastMissAt: T0 });
    // A first right answer: FSRS's initial stability for Good is 2.3 days, so it is due in 2 days.
    expect(item(deck, DISKS)).toMatchObject({ due: T0 + 2 * DAY, learning: false, misses: 0, lastMissAt: null });
    expect(item(deck, DISKS)!.stability).toBeCloseTo(2.3065, 3);

    expect(summariseDeck(deck, T0 + 5 * MINUTE)).toMatchObject({ total: 3, due: [], nextDueAt: T0 + 10 * MINUTE });
    expect(summariseDeck(deck, T0 + 10 * MINUTE).due.map((entry) => entry.key)).toEqual([PATCHING]);
  });

  it('moves a missed question on by growing intervals as it is answered right on the Review page', () => {
    let progress = withCheckAttempt(EMPTY_PROGRESS, 'iaas-in-practice', ONE_WRONG, at(0));
    progress = withQuestionReview(progress, 'iaas-in-practice', 'patching', ['customer'], at(10 * MINUTE));
    let patching = item(deriveDeck(progress, KEY), PATCHING)!;
    // Right after a miss FSRS's stability is a quarter of a day: back the next day, not the same day.
    expect(patching).toMatchObject({ due: T0 + DAY + 10 * MINUTE, learning: false, answers: 2, misses: 1 });
    expect(summariseDeck([patching], T0 + DAY).due).toEqual([]);
    expect(summariseDeck([patching], T0 + DAY + 10 * MINUTE).due).toHaveLength(1);

    progress = withQuestionReview(progress, 'iaas-in-practice', 'patching', ['customer'], at(DAY + 10 * MINUTE));
    patching = item(deriveDeck(progress, KEY), PATCHING)!;
    expect(patching.due).toBe(T0 + 3 * DAY + 10 * MINUTE);
    expect(summariseDeck([patching], T0 + 2 * DAY + 10 * MINUTE).due, 'not due the next day').toEqual([]);

    progress = withQuestionReview(progress, 'iaas-in-practice', 'patching', ['customer'], at(3 * DAY + 10 * MINUTE));
    const third = item(deriveDeck(progress, KEY), PATCHING)!;
    expect(third.due - (T0 + 3 * DAY + 10 * MINUTE), 'the interval keeps growing').toBeGreaterThan(2 * DAY);
  });

  it('uses how a right review felt: guessed comes back sooner, known later', () => {
    const base = withQuestionReview(withCheckAttempt(EMPTY_PROGRESS, 'iaas-in-practice', ONE_WRONG, at(0)), 'iaas-in-practice', 'patching', ['customer'], at(DAY));
    const plain = item(deriveDeck(base, KEY), PATCHING)!;
    const guessed = item(deriveDeck(withReviewFeeling(base, 'checks', 'iaas-in-practice', 'patching', at(DAY), 'guessed'), KEY), PATCHING)!;
    const knew = item(deriveDeck(withReviewFeeling(base, 'checks', 'iaas-in-practice', 'patching', at(DAY), 'knew'), KEY), PATCHING)!;
    const thought = item(deriveDeck(withReviewFeeling(base, 'checks', 'iaas-in-practice', 'patching', at(DAY), 'thought'), KEY), PATCHING)!;
    expect(guessed.due).toBeLessThan(plain.due);
    expect(knew.due).toBeGreaterThan(plain.due);
    expect(thought).toEqual(plain);
  });

  it('counts a partly right multiple-response answer as a miss', () => {
    const deck = deriveDeck(withCheckAttempt(EMPTY_PROGRESS, 'iaas-in-practice', { ...ALL_RIGHT, both: ['a'] }, at(0)), KEY);
    expect(item(deck, 'checks/iaas-in-practice/both')).toMatchObject({ misses: 1, due: T0 + 10 * MINUTE });
  });

  it('takes assessment questions from attempts that count, and only the questions they asked', () => {
    let progress = withCheckAttempt(EMPTY_PROGRESS, 'final', { one: ['yes'] }, at(0));
    expect(deriveDeck(progress, KEY), 'one answer of a draw of two does not count').toEqual([]);
    progress = withCheckAttempt(progress, 'final', { one: ['yes'], three: ['no'] }, at(1));
    expect(deriveDeck(progress, KEY).map((entry) => [entry.key, entry.misses])).toEqual([
      ['checks/final/one', 0],
      ['checks/final/three', 1],
    ]);
  });

  it('adds sorting cards from checked attempts, not the matrix challenge, and not a right card only carried over', () => {
    let progress = withExerciseAttempt(EMPTY_PROGRESS, 'iaas-duties', { os: 'customer', disk: 'customer' }, at(0));
    progress = withExerciseAttempt(progress, 'build-the-matrix', { 'os--iaas': 'customer' }, at(0));
    // "Retry misplaced cards": the OS card stays where it was right; only the disk card was placed again.
    progress = withExerciseAttempt(progress, 'iaas-duties', { os: 'customer', disk: 'provider' }, at(2 * MINUTE));
    const deck = deriveDeck(progress, KEY);
    expect(deck.map((entry) => [entry.key, entry.answers, entry.misses])).toEqual([
      ['exercises/iaas-duties/os', 1, 0],
      ['exercises/iaas-duties/disk', 2, 1],
    ]);
    // Placed again a day later, it is a new answer.
    progress = withExerciseAttempt(progress, 'iaas-duties', { os: 'customer', disk: 'provider' }, at(DAY));
    expect(item(deriveDeck(progress, KEY), 'exercises/iaas-duties/os')!.answers).toBe(2);
  });

  it('adds card reviews, with their feeling', () => {
    let progress = withExerciseAttempt(EMPTY_PROGRESS, 'iaas-duties', { os: 'provider' }, at(0));
    progress = withCardReview(progress, 'iaas-duties', 'os', 'customer', at(10 * MINUTE));
    progress = withReviewFeeling(progress, 'exercises', 'iaas-duties', 'os', at(10 * MINUTE), 'knew');
    const history = answerHistory(progress, KEY).get('exercises/iaas-duties/os')!;
    expect(history.answers).toEqual([
      { at: T0, correct: false, felt: undefined },
      { at: T0 + 10 * MINUTE, correct: true, felt: 'knew' },
    ]);
  });

  it('ignores answers to questions and cards the course no longer has, and ids named like Object methods', () => {
    let progress: Progress = withCheckAttempt(EMPTY_PROGRESS, 'retired-check', { q: ['a'] }, at(0));
    progress = withQuestionReview(progress, 'iaas-in-practice', 'retired-question', ['a'], at(0));
    progress = withQuestionReview(progress, 'constructor', 'toString', ['a'], at(0));
    progress = withCardReview(progress, 'iaas-duties', 'hasOwnProperty', 'customer', at(0));
    progress = { ...progress, exercises: { valueOf: { attempts: [{ at: at(0), placements: { os: 'customer' } }], placements: {} } } };
    expect(deriveDeck(progress, KEY)).toEqual([]);
    const named = deckKeyOf(buildCourseKey([], [], [{ id: 'toString', title: 'x', solution: { constructor: 'customer' } }]), ['toString', 'valueOf']);
    expect(Object.keys(named.cards), 'an exercise id the course does not have').toEqual(['toString']);
    expect(deriveDeck(withCardReview(EMPTY_PROGRESS, 'toString', 'constructor', 'customer', at(0)), named).map((entry) => entry.key)).toEqual([
      'exercises/toString/constructor',
    ]);
  });

  it('orders answers by time whatever order they were saved in (a merge)', () => {
    const forwards = withQuestionReview(
      withQuestionReview(withCheckAttempt(EMPTY_PROGRESS, 'iaas-in-practice', ONE_WRONG, at(0)), 'iaas-in-practice', 'patching', ['customer'], at(DAY)),
      'iaas-in-practice',
      'patching',
      ['provider'],
      at(2 * DAY),
    );
    const shuffled: Progress = { ...forwards, reviews: { ...forwards.reviews, checks: { 'iaas-in-practice': [...forwards.reviews.checks['iaas-in-practice']!].reverse() } } };
    expect(deriveDeck(shuffled, KEY)).toEqual(deriveDeck(forwards, KEY));
  });
});

describe('summariseDeck', () => {
  const entry = (key: string, fields: Partial<DeckItem>): DeckItem => ({
    group: 'checks', groupId: 'c', itemId: key, key, due: T0, stability: 1, learning: false, answers: 1, misses: 0, lastAnswerAt: T0, lastMissAt: null, ...fields,
  });
  const deck = [
    entry('a', { due: T0 + DAY, stability: LEARNED_STABILITY_DAYS, misses: 2, lastMissAt: T0 - DAY }),
    entry('b', { due: T0 - DAY, misses: 2, lastMissAt: T0 }),
    entry('c', { due: T0 - 2 * DAY, stability: 30, misses: 1, lastMissAt: T0 }),
    entry('d', { due: T0 + 2 * DAY }),
  ];

  it('counts due, learned and the deck, and says when the next one is due', () => {
    const summary = summariseDeck(deck, T0);
    expect(summary.total).toBe(4);
    expect(summary.due.map((item) => item.key), 'longest overdue first').toEqual(['c', 'b']);
    expect(summary.nextDueAt).toBe(T0 + DAY);
    expect(summary.learned, `stability of ${LEARNED_STABILITY_DAYS} days or more`).toBe(2);
  });

  it('lists the most-missed items, most misses first, then the latest miss', () => {
    expect(summariseDeck(deck, T0).mostMissed.map((item) => item.key)).toEqual(['b', 'a', 'c']);
    expect(summariseDeck(deck, T0, 1).mostMissed.map((item) => item.key)).toEqual(['b']);
  });

  it('has no next time when everything is due', () => {
    expect(summariseDeck(deck, T0 + 3 * DAY).nextDueAt).toBeNull();
    expect(summariseDeck([], T0)).toEqual({ total: 0, due: [], nextDueAt: null, learned: 0, mostMissed: [] });
  });

  it('picks the items closest to due for Review anyway', () => {
    expect(closestToDue(deck, T0).map((item) => item.key)).toEqual(['a', 'd']);
    expect(closestToDue(deck, T0, 1).map((item) => item.key)).toEqual(['a']);
  });
});
