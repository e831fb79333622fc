// The core of the progress store: $progress in localStorage under one namespaced key, storage health, and the
// verbs lesson pages need. progress.ts adds the verbs islands use; the split keeps the every-page script small
// (bundles share code per module). With guarded-storage.ts, the only code that touches storage.
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeProgress, encodeProgress, type Unusable } from '../lib/progress/codec';
import { EMPTY_PROGRESS, withLastPlace, withLessonEnded, withLessonOpened, type Progress } from '../lib/progress/model';
import { createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { storageNamespace } from './storage-namespace';

/** localStorage key holding the learner's progress (JSON, schema in src/lib/progress/model.ts). */
export const PROGRESS_KEY = `${storageNamespace()}progress`;

/** localStorage key holding the last saved value that could not be used, kept so that nothing is silently lost. */
export const PROGRESS_BACKUP_KEY = `${storageNamespace()}progress-backup`;

/** localStorage key written and removed once per page load, to learn whether progress can be saved at all. */
const PROBE_KEY = `${storageNamespace()}storage-probe`;

/** Whether progress can be saved on this browser, and whether a saved value could not be used. */
export interface StorageStatus {
  canSave: boolean;
  recovered: { reason: Unusable; backupKept: boolean } | null;
  /** Progress was saved by a newer version of the course: it stays untouched and the page should be reloaded. */
  newerVersion: boolean;
}

/** Server-render snapshot of $storageStatus: nothing to report. */
export const STORAGE_STATUS_OK: StorageStatus = { canSave: true, recovered: null, newerVersion: false };

/** Health of progress storage for the notice shown to the learner. */
export const $storageStatus = atom<StorageStatus>(STORAGE_STATUS_OK);

let guarded: GuardedStorage | undefined;
if (typeof window !== 'undefined') {
  guarded = createGuardedStorage(
    () => window.localStorage,
    () => $storageStatus.set({ ...$storageStatus.get(), canSave: false }),
  );
  // persistent's engine is global: the guarded one forwards every key unchanged and only adds error handling.
  setPersistentEngine(guarded.engine, windowPersistentEvents);
  // Every page, not only those that save something, must be able to say that progress will not be kept.
  guarded.probe(PROBE_KEY);
}

/** True while an unreadable saved value that could not be copied is kept from being overwritten. */
let holdingUnreadable = false;
/** Set once $progress exists: decode also runs while it is being created, when there is no progress to keep yet. */
let created = false;

function decode(encoded: string): Progress {
  const result = decodeProgress(encoded);
  if (result.status !== 'unusable') return result.progress;
  if (result.problem === 'future-version') {
    // A newer deploy saved it (on load, or just now in another tab): never write over it from this older page.
    // The visit carries on in memory; the notice asks for a reload, which brings the newer code.
    guarded?.holdInMemory(PROGRESS_KEY);
    $storageStatus.set({ ...$storageStatus.get(), newerVersion: true });
    return created ? $progress.get() : result.progress;
  }
  // A backup kept only in memory would be lost with the page, so it is written to storage or not at all.
  const backupKept = guarded?.trySave(PROGRESS_BACKUP_KEY, encoded) ?? false;
  if (backupKept) {
    // Start fresh on disk too, once the store exists, so the learner is told about this only once.
    queueMicrotask(() => $progress.set($progress.get()));
  } else {
    // The copy did not fit: leave the stored value untouched until the learner confirms replacing all progress.
    guarded?.holdInMemory(PROGRESS_KEY);
    holdingUnreadable = true;
  }
  $storageStatus.set({ ...$storageStatus.get(), recovered: { reason: result, backupKept } });
  return result.progress;
}

/** The learner's progress (raw facts). Islands read it with `useStore($progress, { ssr: () => EMPTY_PROGRESS })`. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, EMPTY_PROGRESS, {
  encode: encodeProgress,
  decode,
  listen: true,
});
created = true;

/**
 * Replaces all progress because the learner confirmed it (reset everything, or import with Replace). That consent
 * also lets it overwrite a saved value that could not be read or copied, so the learner is never stuck with it.
 */
export function replaceAllProgress(progress: Progress): void {
  // Progress saved by a newer version is never the learner's to overwrite from here: its hold stays.
  const overwrite = holdingUnreadable && !$storageStatus.get().newerVersion;
  if (overwrite) guarded?.releaseHold(PROGRESS_KEY);
  $progress.set(progress);
  if (overwrite && !guarded?.isOnlyInMemory(PROGRESS_KEY)) {
    holdingUnreadable = false;
    $storageStatus.set({ ...$storageStatus.get(), recovered: null });
  }
}

/** Whether the progress in memory is also saved on this browser; false when it lasts only for this visit. */
export function progressIsSaved(): boolean {
  return $storageStatus.get().canSave && !guarded?.isOnlyInMemory(PROGRESS_KEY);
}

/** Applies a change (given the current progress and the time now) and saves it if anything changed. */
export function updateProgress(change: (progress: Progress, at: string) => Progress): void {
  const current = $progress.get();
  const next = change(current, new Date().toISOString());
  if (next !== current) $progress.set(next);
}

/** Records that a lesson was opened (the first time counts). */
export function markLessonOpened(lessonId: string): void {
  updateProgress((progress, at) => withLessonOpened(progress, lessonId, at));
}

/** Records that the learner reached the end of a lesson. */
export function markLessonEnded(lessonId: string): void {
  updateProgress((progress, at) => withLessonEnded(progress, lessonId, at));
}

/** Remembers the lesson and section the learner is reading, for "Continue where you left off". */
export function setLastPlace(lessonId: string, sectionId?: string): void {
  updateProgress((progress, at) => withLastPlace(progress, lessonId, sectionId, at));
}

