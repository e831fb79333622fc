// A learner's answer to a live item: which rules make it valid, and how it is graded against the revealed solution.
import type { Answer, LearnerItem, LiveItem, Solution } from './schemas.ts';

export type { Answer } from './schemas.ts';

/**
 * The answer as the session keeps it, or null when it does not fit the item: unknown or repeated options, more than one
 * option for a single-answer question, unknown cards or zones, or the wrong kind. Options are put in the item's order.
 * An empty answer is valid: it takes a previous answer back.
 */
export function normaliseAnswer(item: LiveItem | LearnerItem, answer: Answer): Answer | null {
  if (item.kind === 'question') {
    if (answer.kind !== 'question') return null;
    const chosen = new Set(answer.options);
    if (chosen.size !== answer.options.length) return null;
    const known = item.options.map((option) => option.id);
    if (answer.options.some((id) => !known.includes(id))) return null;
    if (!item.multiple && chosen.size > 1) return null;
    return { kind: 'question', options: known.filter((id) => chosen.has(id)) };
  }
  if (answer.kind !== 'sort') return null;
  const zones = new Set(item.zones.map((zone) => zone.id));
  const placements: Record<string, string> = {};
  const entries = Object.entries(answer.placements);
  const cardIds = new Set(item.cards.map((card) => card.id));
  for (const [cardId, zoneId] of entries) {
    if (!cardIds.has(cardId) || !zones.has(zoneId)) return null;
  }
  // Own keys in the item's card order, so that a card id such as "constructor" is a card like any other.
  for (const card of item.cards) {
    if (Object.hasOwn(answer.placements, card.id)) placements[card.id] = answer.placements[card.id]!;
  }
  return { kind: 'sort', placements };
}

/** True when the answer chooses nothing: a question with no option, a sort with no card placed. */
export function isEmptyAnswer(answer: Answer): boolean {
  return answer.kind === 'question' ? answer.options.length === 0 : Object.keys(answer.placements).length === 0;
}

/** How one card of a sort was placed, once the answer is known. */
export type CardMark = 'right' | 'wrong' | 'unplaced';

/** A graded answer: whether it is wholly right, and for a sort how each card went. */
export interface GradedAnswer {
  correct: boolean;
  cards: Record<string, CardMark>;
}

/** Grades an answer against a revealed solution; a question is right only when exactly the correct options are chosen. */
export function gradeAnswer(solution: Solution, answer: Answer | null): GradedAnswer {
  if (solution.kind === 'question') {
    const chosen = answer?.kind === 'question' ? answer.options : [];
    const correct = chosen.length === solution.correct.length && chosen.every((id) => solution.correct.includes(id));
    return { correct, cards: {} };
  }
  const placements = answer?.kind === 'sort' ? answer.placements : {};
  const cards: Record<string, CardMark> = {};
  for (const [cardId, zoneId] of Object.entries(solution.zones)) {
    const placed = Object.hasOwn(placements, cardId) ? placements[cardId] : undefined;
    cards[cardId] = placed === undefined ? 'unplaced' : placed === zoneId ? 'right' : 'wrong';
  }
  return { correct: Object.values(cards).every((mark) => mark === 'right'), cards };
}
