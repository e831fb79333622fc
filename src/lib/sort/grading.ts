import { own } from '../own';
/** Where cards are: card id → zone id. A card that is missing is still in the unsorted pile. */
export type Placements = Readonly<Record<string, string>>;

/** How one card was judged at Check. */
export type CardMark = 'correct' | 'incorrect' | 'unplaced';

/** A score derived from placements; never stored. */
export interface SortScore {
  correct: number;
  total: number;
  percent: number;
}

/** Judges every card of the solution: in its correct zone, in another zone, or not placed at all. */
export function markSort(solution: Placements, placements: Placements): Record<string, CardMark> {
  return Object.fromEntries(
    Object.entries(solution).map(([cardId, zoneId]) => {
      const placed = own(placements, cardId);
      return [cardId, placed === undefined ? 'unplaced' : placed === zoneId ? 'correct' : 'incorrect'];
    }),
  );
}

/** Counts cards placed in their correct zone; unplaced cards count as wrong. */
export function scoreSort(solution: Placements, placements: Placements): SortScore {
  const total = Object.keys(solution).length;
  const correct = Object.values(markSort(solution, placements)).filter((mark) => mark === 'correct').length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}

/** Whether two sets of placements put every card in the same zone. */
export function samePlacements(a: Placements, b: Placements): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
