// The core of the progress store: $progress in localStorage under one namespaced key, storage health, and the
// verbs lesson pages need. progress.ts adds the verbs islands use; the split keeps the every-page script small
// (bundles share code per module), and progress-replace.ts adds those only the progress page and the LMS bridge use.
// With guarded-storage.ts, the only code that touches storage.
//
// Several pages may hold the progress at once: two tabs, or a page the browser kept in its back/forward cache. So
// no page ever writes what it holds over what is stored: before every save, when another tab saves, and when a page
// comes back from the cache, it first merges what was stored since it last looked (merge.ts; facts only accumulate).
// That is also why the persistence is written here rather than taken from @nanostores/persistent: its atom writes
// its own value over the key and takes another tab's value whole, where every save here must first merge what another
// tab wrote, keep what storage refused in memory and carry it in window.name, and leave a newer version's value alone.
import { decodeProgress, encodeProgress, type Unusable } from '../lib/progress/codec';
import { MAX_ENCODED_LENGTH } from '../lib/progress/limits';
import { mergeProgress } from '../lib/progress/merge';
import { EMPTY_PROGRESS, withLastPlace, withLessonEnded, withLessonOpened, type Progress } from '../lib/progress/model';
import { atom } from 'nanostores';
import { createGuardedStorage, type GuardedStorage } from './guarded-storage';
import { STORAGE_NAMESPACE } from './storage-namespace';

/** localStorage key holding the learner's progress (JSON, schema in src/lib/progress/model.ts). */
export const PROGRESS_KEY = `${STORAGE_NAMESPACE}progress`;

/** localStorage key holding the last saved value that could not be used, kept so that nothing is silently lost. */
export const PROGRESS_BACKUP_KEY = `${STORAGE_NAMESPACE}progress-backup`;

/** localStorage key written and removed once per page load, to learn whether progress can be saved at all. */
const PROBE_KEY = `${STORAGE_NAMESPACE}storage-probe`;

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

/**
 * The learner's progress (raw facts). Islands read it with `useStore($progress, { ssr: () => EMPTY_PROGRESS })`
 * (@nanostores/react); it changes only through the verbs, which merge and save.
 */
export const $progress = atom<Progress>(EMPTY_PROGRESS);

/** The storage behind $progress (it never throws); undefined when rendering on the server. */
export let progressStorage: GuardedStorage | undefined;

/** window.name starts with this while it carries this visit's progress from page to page. */
const CARRIED_PREFIX = `${PROGRESS_KEY}=`;

/** The stored text this page last read or wrote: any other text under the key was saved elsewhere since. */
let seen: string | undefined;
/** The stored progress this page last read or wrote. */
let latest: Progress = EMPTY_PROGRESS;
/** A stored value was unusable and a copy was kept: it is replaced by this page's progress at once. */
let replaceUnusable = false;
/** The carried copies this page has read or written: only a different one can carry anything new. */
const carriedTexts = new Set<string>();
/** What was read and is still to be merged into this page's progress: a newer stored value, a carried copy. */
const incoming: { stored?: Progress; carried?: Progress } = {};
/** Changes asked for (with their time) and not applied yet: they apply to the latest progress, after any merge. */
const queued: ((progress: Progress) => Progress)[] = [];

/** Reads a stored value: its progress, or undefined when it must be left as it is (a newer version, or unreadable). */
function readStored(raw: string | undefined): Progress | undefined {
  const result = decodeProgress(raw);
  if (result.status !== 'unusable') return result.progress;
  if (result.problem === 'future-version') {
    // A newer deploy saved it (on load, or just now in another tab): never write over it from this older page.
    // The visit carries on in memory; the notice asks for a reload, which brings the newer code.
    progressStorage?.holdInMemory(PROGRESS_KEY);
    reportStorage({ newerVersion: true });
    return undefined;
  }
  // A backup kept only in memory would be lost with the page, so it is written to storage or not at all. An earlier
  // backup is never written over: this one then gets a key of its own, with the time.
  const earlier = progressStorage?.read(PROGRESS_BACKUP_KEY);
  const backupKey = earlier === undefined || earlier === raw ? PROGRESS_BACKUP_KEY : `${PROGRESS_BACKUP_KEY}:${new Date().toISOString()}`;
  const backupKept = progressStorage?.trySave(backupKey, raw!) ?? false;
  reportStorage({ recovered: { reason: result, backupKept, backupKey } });
  // Without a copy the value is left untouched until the learner confirms replacing all progress (progress-replace.ts).
  if (!backupKept) progressStorage?.holdInMemory(PROGRESS_KEY);
  replaceUnusable = backupKept;
  return backupKept ? EMPTY_PROGRESS : undefined;
}

/** The Navigation API's view of this tab's history (Chromium, Firefox, Safari 26), where the browser has it. */
const tabHistory = () =>
  (
    window as {
      navigation?: {
        entries(): { getState(): unknown }[];
        currentEntry: { index: number };
        updateCurrentEntry(options: { state: unknown }): void;
      };
    }
  ).navigation;

/** Keeps a carried copy (or none) in this page's history entry too. */
function keepInHistoryEntry(text: string | undefined): void {
  try {
    tabHistory()?.updateCurrentEntry({ state: text });
  } catch {
    // The page is being unloaded: window.name has the copy.
  }
}

/**
 * The progress this tab carried while storage could not keep it: window.name and, for a page restored from the
 * back/forward cache, the state of the tab's later history entries. Chromium gives a restored page the window.name it
 * had when it was left, so what a later page carried is read from that page's entry.
 */
function carried(restored = false): Progress | undefined {
  let found: Progress | undefined;
  const history = tabHistory();
  const later = restored && history ? history.entries().slice(history.currentEntry.index + 1).map((entry) => entry.getState()) : [];
  for (const text of [window.name, ...later]) {
    if (typeof text !== 'string' || carriedTexts.has(text) || !text.startsWith(CARRIED_PREFIX)) continue;
    carriedTexts.add(text);
    const result = decodeProgress(text.slice(CARRIED_PREFIX.length));
    if (result.status === 'ok') found = found ? mergeProgress(found, result.progress, true) : result.progress;
  }
  return found;
}

/**
 * Saves progress, never larger than the course can read back, and remembers it as the last stored value. Every
 * change keeps the attempt limit (limits.ts): the verbs and merges keep the latest attempts, a replacement is cut to
 * them by progress-replace.ts.
 */
export function saveProgress(progress: Progress): void {
  const encoded = encodeProgress(progress);
  progressStorage?.write(PROGRESS_KEY, encoded, encoded.length <= MAX_ENCODED_LENGTH);
  seen = encoded;
  latest = progress;
}

const EMPTY_TEXT = encodeProgress(EMPTY_PROGRESS);

/**
 * Brings in what was stored since this page last looked (another tab's save, or a later page of this tab when this
 * one comes back from the back/forward cache) and what this tab carried in window.name, applies the changes asked
 * for, and saves the result if it holds something the stored value lacks.
 */
function catchUp(restored = false): void {
  const raw = progressStorage?.read(PROGRESS_KEY);
  if (raw !== seen) {
    seen = raw;
    const stored = readStored(raw);
    if (stored) incoming.stored = latest = stored;
  }
  const carry = carried(restored);
  if (carry) incoming.carried = carry;
  let next = $progress.get();
  let merged = false;
  let carriedIn = false;
  for (const source of ['stored', 'carried'] as const) {
    const theirs = incoming[source];
    if (!theirs) continue;
    if (encodeProgress(next) === EMPTY_TEXT) next = theirs;
    else {
      next = mergeProgress(next, theirs, true);
      merged = true;
    }
    delete incoming[source];
    carriedIn ||= source === 'carried';
  }
  const beforeChanges = next;
  for (const change of queued.splice(0)) next = change(next);
  $progress.set(next);
  // A merge writes ids in a fixed order, so a merge that added nothing gives the stored value's text: no save.
  const stale = merged && encodeProgress(next) !== encodeProgress(mergeProgress(latest, latest, true));
  const canSave = $storageStatus.get().canSave;
  if (stale || next !== beforeChanges || (carriedIn && canSave) || replaceUnusable) {
    replaceUnusable = false;
    saveProgress(next);
  }
  // Storage works: it now holds everything carried, so the carried copies are forgotten.
  if (carriedIn && canSave && !progressStorage?.isOnlyInMemory(PROGRESS_KEY)) {
    if (window.name.startsWith(CARRIED_PREFIX)) window.name = '';
    keepInHistoryEntry(undefined);
  }
}

/**
 * When storage cannot keep progress, window.name carries it to the next page loaded in this tab, so the visit works
 * as a whole instead of forgetting everything at each page change; the page's history entry keeps a copy too (see
 * `carried`). A name is ours only when it is empty or holds our payload: an LMS may name the frame the course runs
 * in. Called at most once (trouble is reported once).
 */
function carryInWindowName(): void {
  $progress.subscribe((progress) => {
    const text = CARRIED_PREFIX + encodeProgress(progress);
    carriedTexts.add(text);
    if (!window.name || window.name.startsWith(CARRIED_PREFIX)) window.name = text;
    keepInHistoryEntry(text);
  });
}

if (typeof window !== 'undefined') {
  let started = false;
  progressStorage = createGuardedStorage(
    () => window.localStorage,
    () => {
      reportStorage({ canSave: false });
      // Trouble found while starting is handled once the progress has been read.
      if (started) carryInWindowName();
    },
  );
  // Every page, not only those that save something, must be able to say that progress will not be kept.
  progressStorage.probe(PROBE_KEY);
  catchUp();
  started = true;
  if (!$storageStatus.get().canSave) carryInWindowName();
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) catchUp();
  });
  // A page restored from the back/forward cache kept its old copy in memory: read again before anything is written.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) catchUp(true);
  });
}

/** Applies a change (given the latest progress and the time it was asked for) and saves it if anything changed. */
export function updateProgress(change: (progress: Progress, at: string) => Progress): void {
  const at = new Date().toISOString();
  queued.push((progress) => change(progress, at));
  catchUp();
}

/**
 * Records what a lesson page shows while the learner reads: the lesson opened (the first time counts), the section
 * being read (for "Continue where you left off") and, once its end came into view, the lesson read to the end. One
 * change, so one save per scroll step.
 */
export function recordReading(lessonId: string, sectionId: string | undefined, ended: boolean): void {
  updateProgress((progress, at) => {
    const read = withLastPlace(withLessonOpened(progress, lessonId, at), lessonId, sectionId, at);
    return ended ? withLessonEnded(read, lessonId, at) : read;
  });
}
