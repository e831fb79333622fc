// The rules of the "Keep this course on this device" control: what it says and offers in each state, whether this
// browser can keep the course at all, and what a failure means. No DOM and no browser APIs here: the store
// (src/stores/offline-copy.ts) talks to the service worker, the view (src/components/offline/) renders these states.

/** Prefix of every Cache Storage name the offline copy uses; the same as CACHE_ID in scripts/offline/offline-copy.mjs. */
export const OFFLINE_CACHE_PREFIX = 'srm-course-';

/** Why the course cannot be kept on this device. */
export type OfflineProblem = 'unsupported' | 'insecure' | 'blocked' | 'full' | 'interrupted';

/** Where the control is. */
export type OfflineState =
  /** Not kept on this device: offers to keep it. */
  | { kind: 'idle' }
  /** Saving the files, `saved` of `total` so far. */
  | { kind: 'saving'; saved: number; total: number }
  /** Kept, as the version built on `version` (a date in words). */
  | { kind: 'saved'; version: string }
  /** Kept, and a newer version has been saved in the background; it takes over when the learner reloads. */
  | { kind: 'update-ready' }
  /** The learner removed the copy. */
  | { kind: 'removed' }
  /** Keeping the course failed or is impossible here; nothing was left behind. */
  | { kind: 'failed'; problem: OfflineProblem };

/** The facts of this build's offline copy, written into the page by the build (scripts/build-offline.mjs). */
export interface OfflineCopyFacts {
  /** Files in the copy. */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** The size in words, e.g. "2.9 MB". */
  size: string;
  /** The date this version was built, in words. */
  version: string;
}

/** Everything the control says, in one place. */
export const OFFLINE_TEXT = {
  keep: 'Keep this course on this device',
  retry: 'Try again',
  remove: 'Remove offline copy',
  reload: 'Reload for the new version',
  progressLabel: 'Files saved',
  progressCount: (saved: number, total: number) => `${saved} of ${total}`,
  // Said once when saving starts (the count beside the bar is not announced at every file).
  saving: 'Saving the course on this device. You can go on reading meanwhile.',
  saved: (version: string) => `Available offline, version of ${version}.`,
  updateReady: 'A new version of the course is ready. Your progress is kept.',
  removed: 'The offline copy was removed: pages need a connection again.',
  failed: (problem: OfflineProblem, size: string) => `The course could not be kept on this device: ${PROBLEMS[problem](size)}`,
} as const;

const PROBLEMS: Record<OfflineProblem, (size: string) => string> = {
  unsupported: () => 'this browser cannot keep websites for offline use (it has no service workers).',
  insecure: () => 'offline copies need a secure (https) connection to the course.',
  blocked: () => 'this browser does not let the course store files (for example in a private window, or when site data is blocked).',
  full: (size) => `there is not enough free storage on this device for its ${size}.`,
  interrupted: () => 'saving stopped before every file was stored. Check your connection and free storage, then try again.',
};

/** The sentence the control shows in a state (idle shows the static introduction instead, so it has none). */
export function describeOfflineState(state: OfflineState, facts: Pick<OfflineCopyFacts, 'size'>): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return OFFLINE_TEXT.saving;
    case 'saved':
      return OFFLINE_TEXT.saved(state.version);
    case 'update-ready':
      return OFFLINE_TEXT.updateReady;
    case 'removed':
      return OFFLINE_TEXT.removed;
    case 'failed':
      return OFFLINE_TEXT.failed(state.problem, facts.size);
  }
}

/** Which button the control offers in a state, with its label; null offers none. */
export function offlineAction(state: OfflineState): { action: 'keep' | 'remove' | 'reload'; label: string } | null {
  switch (state.kind) {
    case 'idle':
    case 'removed':
      return { action: 'keep', label: OFFLINE_TEXT.keep };
    case 'saving':
      return null;
    case 'saved':
      return { action: 'remove', label: OFFLINE_TEXT.remove };
    case 'update-ready':
      return { action: 'reload', label: OFFLINE_TEXT.reload };
    case 'failed':
      // Trying again cannot help a browser that lacks the feature or a page served over http.
      return state.problem === 'unsupported' || state.problem === 'insecure' ? null : { action: 'keep', label: OFFLINE_TEXT.retry };
  }
}

/** What this browser offers, as the store reads it. */
export interface OfflineCapabilities {
  /** The page is a secure context (https, or localhost). */
  secureContext: boolean;
  /** `navigator.serviceWorker` exists. */
  serviceWorker: boolean;
  /** Cache Storage (`caches`) exists. */
  cacheStorage: boolean;
}

/** Why this browser cannot keep the course at all, or null when it can. */
export function capabilityProblem(capabilities: OfflineCapabilities): OfflineProblem | null {
  // Browsers hide service workers from insecure pages, so that reason comes first: it is the one to fix.
  if (!capabilities.secureContext) return 'insecure';
  if (!capabilities.serviceWorker || !capabilities.cacheStorage) return 'unsupported';
  return null;
}

/** The name the store gives the error of a worker that stopped before it had saved every file. */
export const INCOMPLETE_COPY = 'IncompleteCopyError';

/**
 * What a failed attempt means, from the error's name and whether the site's storage still has room for the copy:
 * a refusal (SecurityError and the like) is storage being blocked; a failed download, an interruption.
 */
export function problemFromError(error: unknown, roomLeft: boolean): OfflineProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === INCOMPLETE_COPY) return roomLeft ? 'interrupted' : 'full';
  if (name === 'TypeError' || name === 'NetworkError' || name === 'AbortError') return 'interrupted';
  return 'blocked';
}

/** Reads the facts the build wrote into the control's data attributes; missing or broken ones read as zero. */
export function readOfflineFacts(data: Partial<Record<'offlineFiles' | 'offlineBytes' | 'offlineVersion', string>>, size: string): OfflineCopyFacts {
  const count = (text: string | undefined) => {
    const value = Number(text);
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  };
  return { files: count(data.offlineFiles), bytes: count(data.offlineBytes), size: size.trim(), version: (data.offlineVersion ?? '').trim() };
}

/** Whether a Cache Storage name belongs to the offline copy of the course served at `scope`. */
export function isOfflineCacheName(name: string, scope: string): boolean {
  return name.startsWith(OFFLINE_CACHE_PREFIX) && name.endsWith(scope);
}

/** The cache that checks for room before saving (within the copy's names, so removing the copy removes a leftover). */
export function roomCheckCacheName(scope: string): string {
  return `${OFFLINE_CACHE_PREFIX}room-check-${scope}`;
}

/** Whether a Cache Storage name is the offline copy's precache (Workbox names it `<cacheId>-precache-v2-<scope>`). */
export function isPrecacheName(name: string, scope: string): boolean {
  return isOfflineCacheName(name, scope) && name.startsWith(`${OFFLINE_CACHE_PREFIX}precache-`);
}
