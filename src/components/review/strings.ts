// Every piece of text the Review page shows or announces that is not rendered into the page at build time.
import { PILE_NAME } from '../../lib/sort/announcements';

const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;

/** The Review page's words, in one place. */
export const reviewStrings = {
  /** The line above the current item: how many are due, the deck, and when the next one comes. */
  counts: (due: number, total: number, next: string | null) =>
    `${due ? `${items(due)} due now` : 'Nothing due now'} · ${items(total)} in your deck${next ? ` · next one due ${next}` : ''}.`,
  titleQuestion: 'Question',
  titleCard: 'Card to place',
  source: (source: string) => `From “${source}”`,
  rest: (next: string) => `Nothing is due now. Come back ${next}.`,
  done: (next: string) => `You have reviewed everything that was due. Come back ${next}.`,
  doneAnyway: (next: string) => `That was every item of this round. The next one is due ${next}.`,
  announceDue: 'An item is due for review.',
  chooseFirst: 'Choose an answer, then select Check answer.',
  placeFirst: `The card is still in ${PILE_NAME}. Place it in a zone, then select Check answer.`,
  placed: (card: string, zone: string) => `${card} placed in ${zone}. Select Check answer when ready.`,
  returned: (card: string) => `${card} returned to ${PILE_NAME}.`,
  rightAnswerShown: 'The right answer is marked, with the reason for every option.',
  feelingSaved: (label: string) => `Saved: ${label}.`,
};
