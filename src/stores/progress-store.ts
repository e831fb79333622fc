// The core of the progress store: $progress in localStorage under one namespaced key, storage health, and the
// verbs lesson pages need. progress.ts adds the verbs islands use; the split keeps the every-page script small
// (bundles share code per module), and progress-replace.ts adds those only the progress page and the LMS bridge use.
// With guarded-storage.ts, the only code that touches storage.
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
  /** `backupKey`: where the copy was kept (the backup key, or one with the time when an earlier copy holds it). */
  recovered: { reason: Unusable; backupKept: boolean; backupKey?: string } | null;
  /** Progress was saved by a newer version of the course: it stays untouched and the page should be reloaded. */
  newerVersion: boolean;
}

/** Server-render snapshot of $storageStatus: nothing to report. */
export const STORAGE_STATUS_OK: StorageStatus = { canSave: true, recovered: null, newerVersion: false };

/** Health of progress storage for the notice shown to the learner. */
export const $storageStatus = atom<StorageStatus>(STORAGE_STATUS_OK);

/** Records new facts about storage health. */
export const reportStorage = (facts: Partial<StorageStatus>) => $storageStatus.set({ ...$storageStatus.get(), ...facts });

/** Set once $progress exists: storage is read (and may fail) while it is being created. */
let created = false;

/** The storage behind $progress (it never throws); undefined when rendering on the server. */
export let progressStorage: GuardedStorage | undefined;
if (typeof window !== 'undefined') {
  progressStorage = createGuardedStorage(
    () => window.localStorage,
    () => {
      reportStorage({ canSave: false });
      // Trouble found before $progress exists is handled right after it is created.
      if (created) carryInWindowName();
    },
  );
  // persistent's engine is global: the guarded one forwards every key unchanged and only adds error handling.
  setPersistentEngine(progressStorage.engine, windowPersistentEvents);
  // Every page, not only those that save something, must be able to say that progress will not be kept.
  progressStorage.probe(PROBE_KEY);
}

function decode(encoded: string): Progress {
  const result = decodeProgress(encoded);
  if (result.status !== 'unusable') return result.progress;
  if (result.problem === 'future-version') {
    // A newer deploy saved it (on load, or just now in another tab): never write over it from this older page.
    // The visit carries on in memory; the notice asks for a reload, which brings the newer code.
    progressStorage?.holdInMemory(PROGRESS_KEY);
    reportStorage({ newerVersion: true });
    return created ? $progress.get() : result.progress;
  }
  // A backup kept only in memory would be lost with the page, so it is written to storage or not at all. An earlier
  // backup is never written over: this one then gets a key of its own, with the time.
  const earlier = progressStorage?.engine[PROGRESS_BACKUP_KEY];
  const backupKey = earlier === undefined || earlier === encoded ? PROGRESS_BACKUP_KEY : `${PROGRESS_BACKUP_KEY}:${new Date().toISOString()}`;
  const backupKept = progressStorage?.trySave(backupKey, encoded) ?? false;
  if (backupKept) {
    // Start fresh on disk too, once the store exists, so the learner is told about this only once.
    queueMicrotask(() => $progress.set($progress.get()));
  } else {
    // The copy did not fit: leave the stored value untouched until the learner confirms replacing all progress
    // (progress-replace.ts).
    progressStorage?.holdInMemory(PROGRESS_KEY);
  }
  reportStorage({ recovered: { reason: result, backupKept, backupKey } });
  return result.progress;
}

/** The learner's progress (raw facts). Islands read it with `useStore($progress, { ssr: () => EMPTY_PROGRESS })`. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, EMPTY_PROGRESS, {
  encode: encodeProgress,
  decode,
  listen: true,
});
created = true;

/** window.name starts with this while it carries this visit's progress from page to page. */
const CARRIED_PREFIX = `${PROGRESS_KEY}=`;

/**
 * When storage cannot keep progress, window.name carries it to the next page loaded in this tab, so the visit works
 * as a whole instead of forgetting everything at each page change. A name is ours only when it is empty or holds our
 * payload: an LMS may name the frame the course runs in. Called at most once (trouble is reported once).
 */
function carryInWindowName(): void {
  const name = window.name;
  if (name && !name.startsWith(CARRIED_PREFIX)) return;
  const carried = decodeProgress(name.slice(CARRIED_PREFIX.length));
  if (carried.status === 'ok') $progress.set(carried.progress);
  $progress.subscribe((progress) => {
    window.name = CARRIED_PREFIX + encodeProgress(progress);
  });
}

if (!$storageStatus.get().canSave) carryInWindowName();
// Storage works (again): it holds the progress, and a copy carried earlier in this tab is forgotten.
else if (progressStorage && window.name.startsWith(CARRIED_PREFIX)) window.name = '';

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

