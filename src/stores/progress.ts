// The progress store's public API (the contract quiz, sorter and the progress page code against). Lesson verbs and
// $progress live in progress-store.ts; the verbs here record attempts and settings. Replacing all progress (reset
// everything, import, the LMS's copy) and forgetting a lesson are in progress-replace.ts, which only the pages doing
// them load.
import {
  withCheckAttempt,
  withExerciseAttempt,
  withExercisePlacements,
  withLearnerName,
} from '../lib/progress/attempts';
import { updateProgress } from './progress-store';

export {
  $progress,
  $storageStatus,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  STORAGE_STATUS_OK,
  markLessonEnded,
  markLessonOpened,
  setLastPlace,
  type StorageStatus,
} from './progress-store';

/** Records a knowledge-check attempt: the options chosen for each question. */
export function recordCheckAttempt(checkId: string, answers: Record<string, string[]>): void {
  updateProgress((progress, at) => withCheckAttempt(progress, checkId, answers, at));
}

/** Records a checked exercise attempt: the zone of each card. */
export function recordExerciseAttempt(exerciseId: string, placements: Record<string, string>): void {
  updateProgress((progress, at) => withExerciseAttempt(progress, exerciseId, placements, at));
}

/** Saves an exercise board in progress, without counting an attempt. */
export function saveExercisePlacements(exerciseId: string, placements: Record<string, string>): void {
  updateProgress((progress) => withExercisePlacements(progress, exerciseId, placements));
}

/** Sets (or clears, when blank) the name printed on the completion record. */
export function setLearnerName(name: string): void {
  updateProgress((progress) => withLearnerName(progress, name));
}
