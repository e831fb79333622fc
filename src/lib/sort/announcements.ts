import type { CardMark, SortScore } from './grading';

/** Name of the unsorted pile, used as a zone name in announcements and controls. */
export const PILE_NAME = 'Unsorted cards';

/** Heard once when a drag handle gets focus (DndContext `screenReaderInstructions`). */
export const SORT_INSTRUCTIONS =
  'To pick up a card, press Space or Enter. Use the arrow keys or Tab to move it from zone to zone, ' +
  'then press Space or Enter to drop it, or Escape to cancel. Each card also has a Move to button.';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What is left to do, e.g. "3 cards left to sort." or "All cards sorted. Press Check when ready." */
export function leftToSort(count: number): string {
  return count === 0 ? 'All cards sorted. Press Check when ready.' : `${plural(count, 'card', 'cards')} left to sort.`;
}

/** Announcements in words: every function takes card and zone NAMES, never ids. */
export const sortAnnouncements = {
  pickedUp: (card: string, zone: string) => `Picked up ${card}, from ${zone}.`,
  over: (card: string, zone: string | null) => (zone ? `${card} is over ${zone}.` : `${card} is not over a zone.`),
  dropped: (card: string, zone: string, left: number) => `${card} placed in ${zone}. ${leftToSort(left)}`,
  droppedOutside: (card: string, zone: string) => `${card} was dropped outside the zones and stays in ${zone}.`,
  cancelled: (card: string, zone: string) => `Move cancelled. ${card} stays in ${zone}.`,
  result: (score: SortScore) =>
    `${score.correct} of ${score.total} correct (${score.percent}%).` +
    (score.correct === score.total ? ' Well done.' : ' Read the notes under each card, then retry.'),
  retried: (returned: number) => `${plural(returned, 'card', 'cards')} returned to ${PILE_NAME}.`,
  solution: 'Solution shown: every card is in its correct zone.',
};

/** The text (not colour) that tells the learner how a card did. */
export const MARK_TEXT: Record<CardMark | 'solution', string> = {
  correct: 'Correct',
  incorrect: 'Incorrect',
  unplaced: 'Not sorted',
  solution: 'Answer',
};
