import { useEffect, useMemo, useState } from 'react';
import type { CourseKey } from '~/lib/progress/key';
import { LEARNED_STABILITY_DAYS, deckKeyOf, deriveDeck, summariseDeck } from '~/lib/review/deck';
import { dueText } from '~/lib/review/when';
import type { Progress } from '~/lib/progress/model';

/** How the summary names an item of the deck (built at build time by src/data/review.ts). */
export interface DeckItemLabel {
  text: string;
  link: { href: string; label: string } | null;
}

/** What the progress page passes for the deck (besides the course key): every item's label and the Review page's URL. */
export interface ReviewDeckData {
  /** The sorting exercises, whose cards join the deck (the matrix challenge's cells do not). */
  sortExerciseIds: string[];
  labels: Record<string, DeckItemLabel>;
  reviewUrl: string;
}

const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;
const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

/** Counts move as time passes: the summary is worked out again this often while the page is open. */
const TICK_MS = 30_000;

/** The progress page's view of the review deck: due now, learned, the deck's size and the most-missed items. */
export function ReviewDeckSummary({ courseKey, progress, deck: data }: { courseKey: CourseKey; progress: Progress; deck: ReviewDeckData }) {
  const deckKey = useMemo(() => deckKeyOf(courseKey, data.sortExerciseIds), [courseKey, data.sortExerciseIds]);
  // Server render and hydration show the empty deck; the learner's own is worked out once mounted (no error #418).
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const deck = useMemo(() => deriveDeck(progress, deckKey), [progress, deckKey]);
  const summary = summariseDeck(now === null ? [] : deck, now ?? 0);

  return (
    <section aria-labelledby="deck-title" className="no-print">
      <h2 id="deck-title">Your review deck</h2>
      {summary.total === 0 ? (
        <p>
          Your review deck is empty. Every question you answer and every card you sort joins it, and comes back on the{' '}
          <a href={data.reviewUrl}>Review page</a> when it is due.
        </p>
      ) : (
        <>
          <p>
            <strong>{summary.due.length ? `${items(summary.due.length)} due now` : 'Nothing due now'}</strong>
            {summary.nextDueAt !== null && now !== null && `, next one due ${dueText(summary.nextDueAt, now)}`}.{' '}
            {items(summary.learned)} learned of {items(summary.total)} in the deck.{' '}
            <a href={data.reviewUrl}>{summary.due.length ? 'Review them now' : 'Go to the Review page'}</a>
          </p>
          <p className="muted">
            An item counts as learned once its memory stability reaches {LEARNED_STABILITY_DAYS} days: the scheduler then
            expects you to still recall it three weeks after your last review, nine times out of ten.
          </p>
          {summary.mostMissed.length > 0 && (
            <>
              <h3>Most missed</h3>
              <ol className="progress-missed">
                {summary.mostMissed.map((item) => {
                  const label = data.labels[item.key];
                  return (
                    <li key={item.key}>
                      {label?.text ?? item.itemId} <span className="muted">(missed {times(item.misses)})</span>
                      {label?.link && (
                        <>
                          {' '}
                          <a href={label.link.href}>Review: {label.link.label}</a>
                        </>
                      )}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
