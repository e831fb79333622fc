// Recording exercise boards and checked attempts. A module of its own, shipped with the sorting rules that both
// exercise islands load (astro.config.mjs), so that the knowledge check's bundle does not carry it.
import { MAX_ATTEMPTS } from './limits';
import { isSafeId, own, type ExerciseProgress, type Progress } from './model';

// Copies are built from entries: an id such as `__proto__` must become a key, not change the copy's prototype.
function copyPlacements(placements: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(placements).filter(([cardId, zoneId]) => isSafeId(cardId) && isSafeId(zoneId)));
}

/** Adds a checked exercise attempt (the latest MAX_ATTEMPTS are kept); the board keeps the same placements. */
export function withExerciseAttempt(
  progress: Progress,
  exerciseId: string,
  placements: Record<string, string>,
  at: string,
): Progress {
  if (!isSafeId(exerciseId)) return progress;
  const previous = own(progress.exercises, exerciseId) ?? { attempts: [], placements: {} };
  const clean = copyPlacements(placements);
  const next: ExerciseProgress = { attempts: [...previous.attempts, { at, placements: clean }].slice(-MAX_ATTEMPTS), placements: clean };
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: next } };
}

/** Saves the cards currently placed on an exercise board, without counting an attempt. */
export function withExercisePlacements(
  progress: Progress,
  exerciseId: string,
  placements: Record<string, string>,
): Progress {
  if (!isSafeId(exerciseId)) return progress;
  const previous = own(progress.exercises, exerciseId) ?? { attempts: [], placements: {} };
  const next: ExerciseProgress = { attempts: previous.attempts, placements: copyPlacements(placements) };
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: next } };
}
