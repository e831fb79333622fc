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
  const marks: Record<string, CardMark> = {};
  for (const [cardId, zoneId] of Object.entries(solution)) {
    const placed = placements[cardId];
    marks[cardId] = placed === undefined ? 'unplaced' : placed === zoneId ? 'correct' : 'incorrect';
  }
  return marks;
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

/**
 * The solution an attempt is scored against: cards are saved by id, so an attempt made before cards were replaced is
 * scored against its own version's solution (the one whose cards it placed exactly, else the first, current first,
 * that knows every card it placed), and keeps the score it had. Attempts that fit no version use the current one.
 */
export function solutionForAttempt(solution: Placements, earlier: readonly Placements[], placements: Placements): Placements {
  const placed = Object.keys(placements);
  const versions = [solution, ...earlier];
  const knowsAll = (version: Placements) => placed.every((id) => Object.hasOwn(version, id));
  return (
    versions.find((version) => knowsAll(version) && Object.keys(version).length === placed.length) ??
    versions.find(knowsAll) ??
    solution
  );
}

/** Whether every card an attempt placed is a card of the current solution (an earlier version's attempt is not). */
export function isCurrentAttempt(solution: Placements, placements: Placements): boolean {
  return Object.keys(placements).every((id) => Object.hasOwn(solution, id));
}
