// The learner's progress, kept in localStorage under one namespaced key. This module (with guarded-storage.ts) is
// the only code that touches storage; everything else reads $progress and calls the verbs below.
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeProgress, encodeProgress, type Unusable } from '../lib/progress/codec';
import {
  EMPTY_PROGRESS,
  withCheckAttempt,
  withExerciseAttempt,
  withExercisePlacements,
  withLastPlace,
  withLearnerName,
  withLessonEnded,
  withLessonOpened,
  withoutLesson,
  type Progress,
} from '../lib/progress/model';
import { createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { storageNamespace } from './storage-namespace';

/** localStorage key holding the learner's progress (JSON, schema in src/lib/progress/model.ts). */
export const PROGRESS_KEY = `${storageNamespace()}progress`;

/** localStorage key holding the last saved value that could not be used, kept so that nothing is silently lost. */
export const PROGRESS_BACKUP_KEY = `${storageNamespace()}progress-backup`;

/** Whether progress can be saved on this browser, and whether an unusable saved value was set aside. */
export interface StorageStatus {
  canSave: boolean;
  recovered: { reason: Unusable; backupKept: boolean } | null;
}

/** Server-render snapshot of $storageStatus: nothing to report. */
export const STORAGE_STATUS_OK: StorageStatus = Object.freeze({ canSave: true, recovered: null });

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
}

const $backup = persistentAtom<string | undefined>(PROGRESS_BACKUP_KEY, undefined, { listen: false });

function decode(encoded: string): Progress {
  const result = decodeProgress(encoded);
  if (result.status !== 'unusable') return result.progress;
  $backup.set(encoded);
  const backupKept = !guarded?.isOnlyInMemory(PROGRESS_BACKUP_KEY);
  if (backupKept) {
    // Start fresh on disk too, once the store exists, so the learner is told about this only once.
    queueMicrotask(() => $progress.set($progress.get()));
  } else {
    // The copy did not fit: leave the stored value untouched and keep this visit's progress in memory only.
    guarded?.holdInMemory(PROGRESS_KEY);
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

function update(change: (progress: Progress, at: string) => Progress): void {
  const current = $progress.get();
  const next = change(current, new Date().toISOString());
  if (next !== current) $progress.set(next);
}

/** Records a knowledge-check attempt: the options chosen for each question. */
export function recordCheckAttempt(checkId: string, answers: Record<string, string[]>): void {
  update((progress, at) => withCheckAttempt(progress, checkId, answers, at));
}

/** Records a checked exercise attempt: the zone of each card. */
export function recordExerciseAttempt(exerciseId: string, placements: Record<string, string>): void {
  update((progress, at) => withExerciseAttempt(progress, exerciseId, placements, at));
}

/** Saves an exercise board in progress, without counting an attempt. */
export function saveExercisePlacements(exerciseId: string, placements: Record<string, string>): void {
  update((progress) => withExercisePlacements(progress, exerciseId, placements));
}

/** Records that a lesson was opened (the first time counts). */
export function markLessonOpened(lessonId: string): void {
  update((progress, at) => withLessonOpened(progress, lessonId, at));
}

/** Records that the learner reached the end of a lesson. */
export function markLessonEnded(lessonId: string): void {
  update((progress, at) => withLessonEnded(progress, lessonId, at));
}

/** Remembers the lesson and section the learner is reading, for "Continue where you left off". */
export function setLastPlace(lessonId: string, sectionId?: string): void {
  update((progress, at) => withLastPlace(progress, lessonId, sectionId, at));
}

/** Sets (or clears, when blank) the name printed on the completion record. */
export function setLearnerName(name: string): void {
  update((progress) => withLearnerName(progress, name));
}

/** Forgets one lesson and the checks and exercises that belong to it. */
export function resetLesson(lessonId: string, checkIds: readonly string[], exerciseIds: readonly string[]): void {
  update((progress) => withoutLesson(progress, lessonId, checkIds, exerciseIds));
}

/** Forgets everything, including the learner name. */
export function resetProgress(): void {
  $progress.set(EMPTY_PROGRESS);
}

/** Replaces all progress with an already validated value (used by import). */
export function replaceProgress(progress: Progress): void {
  $progress.set(progress);
}
