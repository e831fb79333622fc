import { markSort, type Placements } from './grading';
import { own } from '../own';

/** What Retry sends back to the unsorted pile: only the misplaced cards, or every card. */
export type RetryMode = 'misplaced' | 'all';

/** Placements after a retry: correct cards stay when only misplaced ones return; `all` empties every zone. */
export function retryPlacements(solution: Placements, placements: Placements, mode: RetryMode): Record<string, string> {
  if (mode === 'all') return {};
  const marks = markSort(solution, placements);
  return Object.fromEntries(Object.entries(placements).filter(([cardId]) => own(marks, cardId) === 'correct'));
}

/** Ids of the cards a misplaced-only retry would return (wrong or never placed), in solution order. */
export function misplacedCards(solution: Placements, placements: Placements): string[] {
  const marks = markSort(solution, placements);
  return Object.keys(solution).filter((cardId) => own(marks, cardId) !== 'correct');
}
