// The review deck, derived on every load from what the learner has already answered: every knowledge-check and
// assessment question answered in a check attempt that counts, every sorting card placed in a checked attempt, and
// every answer given on the Review page. Each item's answers, oldest first, are replayed through FSRS (ts-fsrs) from a
// new card, which gives its memory stability and when it is due. Nothing of the schedule is saved: it cannot go
// stale, disagree between tabs or need a migration when the scheduler is tuned.
import { createEmptyCard, fsrs, State, type FSRSHistory } from 'ts-fsrs';
import { attemptCounts } from '../progress/derive';
import type { CheckKey, CourseKey } from '../progress/key';
import type { Progress } from '../progress/model';
import { own } from '../own';
import type { ReviewGroup } from '../progress/reviews';
import { isQuestionCorrect } from '../quiz/grading';
import { gradeAnswer } from './grading';

/**
 * The scheduler: FSRS with its published default weights and 90% desired retention. Two choices of ours: a missed
 * item comes back after one 10-minute step (learning_steps, relearning_steps), so it is due again the same day, and
 * a right answer moves it straight to days; no fuzz, so the same answers always give the same schedule.
 */
const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] });

/** An item counts as learned once FSRS puts its stability at 21 days or more (see LEARNED_STABILITY_DAYS). */
export const LEARNED_STABILITY_DAYS = 21;

/**
 * A card left where it was right in the exercise's previous attempt, less than this long before, was not answered
 * again: "Retry misplaced cards" keeps it on the board, and the learner only re-checked the others.
 */
export const CARRIED_OVER_MS = 60 * 60 * 1000;

/** What deriving the deck needs: every check as progress scores it, and the answer of every sorting card. */
export interface DeckKey {
  checks: Readonly<Record<string, CheckKey>>;
  /** Sorting exercise id → card id → correct zone id. The matrix challenge is not reviewed cell by cell. */
  cards: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The deck key of a course: all its checks, and the sorting exercises among its exercises. */
export function deckKeyOf(course: CourseKey, sortExerciseIds: readonly string[]): DeckKey {
  const cards: Record<string, Record<string, string>> = {};
  for (const id of sortExerciseIds) {
    const exercise = own(course.exercises, id);
    if (exercise) cards[id] = exercise.solution;
  }
  return { checks: course.checks, cards };
}

/** Which question or card an item is: a question of a check (`checks`) or a card of an exercise (`exercises`). */
export interface ItemRef {
  group: ReviewGroup;
  /** Check or exercise id. */
  groupId: string;
  /** Question or card id. */
  itemId: string;
}

/** One item's id in the deck, e.g. `checks/iaas-in-practice/guest-os-patching` (ids never contain a slash). */
export function itemKey(ref: ItemRef): string {
  return `${ref.group}/${ref.groupId}/${ref.itemId}`;
}

/** One answer to an item, as the schedule sees it. */
export interface ItemAnswer {
  /** Milliseconds since 1970. */
  at: number;
  correct: boolean;
  felt?: string | undefined;
}

/** An item of the deck with its schedule. Times are milliseconds since 1970. */
export interface DeckItem extends ItemRef {
  key: string;
  /** When it is due for review. */
  due: number;
  /** FSRS memory stability in days: the time after which recall is expected to drop to 90%. */
  stability: number;
  /** Still in its short first or re-learning step (due minutes after a miss). */
  learning: boolean;
  /** Answers counted, and how many of them were wrong. */
  answers: number;
  misses: number;
  lastAnswerAt: number;
  /** When it was last answered wrongly, or null. */
  lastMissAt: number | null;
}

/** Every answer the learner gave to every item the course still has, by item key, oldest first. */
export function answerHistory(progress: Progress, key: DeckKey): Map<string, { ref: ItemRef; answers: ItemAnswer[] }> {
  const history = new Map<string, { ref: ItemRef; answers: ItemAnswer[] }>();
  const add = (ref: ItemRef, answer: ItemAnswer) => {
    const id = itemKey(ref);
    const entry = history.get(id) ?? { ref, answers: [] };
    entry.answers.push(answer);
    history.set(id, entry);
  };

  for (const [checkId, check] of Object.entries(key.checks)) {
    const correctOf = new Map(check.questions.map((question) => [question.id, question.correctOptionIds]));
    const answer = (questionId: string, chosen: readonly string[] | undefined, at: string, felt?: string) => {
      const correct = correctOf.get(questionId);
      if (!correct || !chosen?.length) return;
      add({ group: 'checks', groupId: checkId, itemId: questionId }, { at: Date.parse(at), correct: isQuestionCorrect(correct, chosen), felt });
    };
    for (const attempt of own(progress.checks, checkId) ?? []) {
      if (!attemptCounts(check, attempt.answers)) continue;
      for (const question of check.questions) answer(question.id, own(attempt.answers, question.id), attempt.at);
    }
    for (const review of own(progress.reviews.checks, checkId) ?? []) {
      for (const questionId of Object.keys(review.answers)) answer(questionId, review.answers[questionId], review.at, review.felt);
    }
  }

  for (const [exerciseId, solution] of Object.entries(key.cards)) {
    const answer = (cardId: string, zone: string | undefined, at: string, felt?: string) => {
      const right = own(solution, cardId);
      if (right === undefined || zone === undefined) return;
      add({ group: 'exercises', groupId: exerciseId, itemId: cardId }, { at: Date.parse(at), correct: zone === right, felt });
    };
    let previous: { at: string; placements: Record<string, string> } | undefined;
    for (const attempt of own(progress.exercises, exerciseId)?.attempts ?? []) {
      for (const cardId of Object.keys(solution)) {
        const zone = own(attempt.placements, cardId);
        const carriedOver =
          previous !== undefined &&
          zone === solution[cardId] &&
          own(previous.placements, cardId) === zone &&
          Date.parse(attempt.at) - Date.parse(previous.at) < CARRIED_OVER_MS;
        if (!carriedOver) answer(cardId, zone, attempt.at);
      }
      previous = attempt;
    }
    for (const review of own(progress.reviews.exercises, exerciseId) ?? []) {
      for (const cardId of Object.keys(review.placements)) answer(cardId, review.placements[cardId], review.at, review.felt);
    }
  }

  for (const entry of history.values()) entry.answers.sort((a, b) => a.at - b.at);
  return history;
}

/** Replays one item's answers (oldest first, at least one) through FSRS and returns where they leave it. */
export function scheduleOf(ref: ItemRef, answers: readonly ItemAnswer[]): DeckItem {
  const reviews: FSRSHistory[] = answers.map((answer) => ({ rating: gradeAnswer(answer.correct, answer.felt), review: new Date(answer.at) }));
  const first = new Date(answers[0]!.at);
  const replayed = scheduler.reschedule(createEmptyCard(first), reviews, { first_card: createEmptyCard(first), now: first });
  const card = replayed.collections.at(-1)!.card;
  const misses = answers.filter((answer) => !answer.correct);
  return {
    ...ref,
    key: itemKey(ref),
    due: card.due.getTime(),
    stability: card.stability,
    learning: card.state === State.Learning || card.state === State.Relearning,
    answers: answers.length,
    misses: misses.length,
    lastAnswerAt: answers.at(-1)!.at,
    lastMissAt: misses.at(-1)?.at ?? null,
  };
}

/** The whole deck: every item the learner has answered at least once, in course order, with its schedule. */
export function deriveDeck(progress: Progress, key: DeckKey): DeckItem[] {
  return [...answerHistory(progress, key).values()].map(({ ref, answers }) => scheduleOf(ref, answers));
}

/** What the Review page and the progress page say about the deck at a moment. */
export interface DeckSummary {
  total: number;
  /** Items due now, the longest overdue first. */
  due: DeckItem[];
  /** When the next item not yet due is due, or null when every item is due (or the deck is empty). */
  nextDueAt: number | null;
  /** Items whose stability has reached LEARNED_STABILITY_DAYS. */
  learned: number;
  /** The items missed most often (at least once), most misses first, then the most recently missed. */
  mostMissed: DeckItem[];
}

/** Sums the deck up at `now` (milliseconds), with at most `mostMissedCount` most-missed items. */
export function summariseDeck(deck: readonly DeckItem[], now: number, mostMissedCount = 5): DeckSummary {
  const due = deck.filter((item) => item.due <= now).sort((a, b) => a.due - b.due);
  const later = deck.filter((item) => item.due > now).map((item) => item.due);
  return {
    total: deck.length,
    due,
    nextDueAt: later.length ? Math.min(...later) : null,
    learned: deck.filter((item) => item.stability >= LEARNED_STABILITY_DAYS).length,
    mostMissed: deck
      .filter((item) => item.misses > 0)
      .sort((a, b) => b.misses - a.misses || (b.lastMissAt ?? 0) - (a.lastMissAt ?? 0))
      .slice(0, mostMissedCount),
  };
}

/** For "Review anyway": the `count` items that are not due yet and will be due soonest. */
export function closestToDue(deck: readonly DeckItem[], now: number, count = 5): DeckItem[] {
  return deck
    .filter((item) => item.due > now)
    .sort((a, b) => a.due - b.due)
    .slice(0, count);
}
