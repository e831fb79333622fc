// Saved attempts name cards by id. When cards are replaced, an attempt made before the change is scored against the
// solution of its own version (kept in the exercise's `earlierKeys`), so that it keeps the score it had. Only the
// progress page and the LMS need this: it lives outside src/lib/sort, whose modules ship as one chunk with the sorter
// (astro.config.mjs), so that the drag-and-drop page does not carry it.
import type { Placements } from '../sort/grading';

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
