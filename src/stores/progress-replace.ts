// Replacing all progress at once (reset everything, import, the LMS's copy on launch), merging an imported file, and
// saying whether a change was saved. Only the progress page and the LMS bridge need this, so it is a module of its
// own: pages that never replace progress do not ship it (bundles share code per module).
import { mergeProgress } from '../lib/progress/merge';
import { EMPTY_PROGRESS, type Progress } from '../lib/progress/model';
import { $progress, $storageStatus, PROGRESS_KEY, progressStorage, reportStorage, saveProgress, updateProgress } from './progress-store';

/**
 * Replaces all progress because the learner confirmed it (reset everything, import with Replace) or the LMS holds
 * the authoritative copy. That also overwrites a saved value that could not be read or copied, so the learner is
 * never stuck with it; progress saved by a newer version of the course stays untouched all the same. The time of
 * the replacement is kept (`clearedAt`), so that another tab's older copy does not bring back what it removed.
 */
export function replaceProgress(progress: Progress): void {
  const { recovered, newerVersion } = $storageStatus.get();
  const overwriteUnreadable = recovered?.backupKept === false && !newerVersion;
  if (overwriteUnreadable) progressStorage?.releaseHold(PROGRESS_KEY);
  // Merged into nothing: the latest attempts of each check and exercise are kept, as every write keeps them.
  $progress.set(mergeProgress({ ...progress, clearedAt: new Date().toISOString() }, EMPTY_PROGRESS));
  saveProgress($progress.get());
  if (overwriteUnreadable && !progressStorage?.isOnlyInMemory(PROGRESS_KEY)) reportStorage({ recovered: null });
}

/** Forgets everything, including the learner name (confirmed by the learner: see replaceProgress). */
export function resetProgress(): void {
  replaceProgress(EMPTY_PROGRESS);
}

/** Merges an imported file into the latest progress; unlike Replace, it never overwrites a saved value that could not be read. */
export function mergeImportedProgress(file: Progress): void {
  updateProgress((current) => mergeProgress(current, file));
}

/** Whether the progress in memory is also saved on this browser; false when it lasts only for this visit. */
export function progressIsSaved(): boolean {
  return $storageStatus.get().canSave && !progressStorage?.isOnlyInMemory(PROGRESS_KEY);
}
