// The exercise islands' verbs, in a module of their own: shipped with the sorting rules both exercises load
// (astro.config.mjs), so the exercise page loads no file for them, and the knowledge check's bundle does not carry them.
import { withExerciseAttempt, withExercisePlacements } from '../lib/progress/exercise-attempts';
import { updateProgress } from './progress-store';

/** Records a checked exercise attempt: the zone of each card. */
export function recordExerciseAttempt(exerciseId: string, placements: Record<string, string>): void {
  updateProgress((progress, at) => withExerciseAttempt(progress, exerciseId, placements, at));
}

/** Saves an exercise board in progress, without counting an attempt. */
export function saveExercisePlacements(exerciseId: string, placements: Record<string, string>): void {
  updateProgress((progress) => withExercisePlacements(progress, exerciseId, placements));
}
