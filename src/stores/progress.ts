// The progress store's public API for the progress page and the LMS bridge. Lesson verbs and $progress live in
// progress-store.ts; the verbs here change settings and reset lessons. Each island imports only the verbs it uses,
// from modules of their own: check-progress.ts (the knowledge check) and exercise-progress.ts (both exercises), so that
// no island's bundle carries another's (bundles share code per module). Replacing all progress (reset everything,
// import, the LMS's copy) is in progress-replace.ts, which only the pages doing it load.
import { withLearnerName, withoutLesson } from '../lib/progress/attempts';
import { updateProgress } from './progress-store';

export {
  $progress,
  $storageStatus,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  STORAGE_STATUS_OK,
  recordReading,
  type StorageStatus,
} from './progress-store';

/** Sets (or clears, when blank) the name printed on the completion record. */
export function setLearnerName(name: string): void {
  updateProgress((progress) => withLearnerName(progress, name));
}

/** Forgets one lesson and the checks and exercises that belong to it. */
export function resetLesson(lessonId: string, checkIds: readonly string[], exerciseIds: readonly string[]): void {
  updateProgress((progress, at) => withoutLesson(progress, lessonId, checkIds, exerciseIds, at));
}
