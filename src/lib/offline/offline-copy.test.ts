import { describe, expect, it } from 'vitest';
import { CACHE_ID } from '../../../scripts/offline/offline-copy.mjs';
import {
  OFFLINE_CACHE_PREFIX,
  OFFLINE_TEXT,
  capabilityProblem,
  describeOfflineState,
  isOfflineCacheName,
  isPrecacheName,
  offlineAction,
  problemFromError,
  readOfflineFacts,
  roomCheckCacheName,
  INCOMPLETE_COPY,
  type OfflineState,
} from './offline-copy';

const facts = { size: '2.9 MB' };
const secure = { secureContext: true, serviceWorker: true, cacheStorage: true };

describe('describeOfflineState and offlineAction', () => {
  it('offers to keep the course until it is kept, then to remove it', () => {
    expect(offlineAction({ kind: 'idle' })).toEqual({ action: 'keep', label: 'Keep this course on this device' });
    expect(describeOfflineState({ kind: 'saved', version: 'December 3, 2026' }, facts)).toBe(
      'Available offline, version of December 3, 2026.',
    );
    expect(offlineAction({ kind: 'saved', version: 'December 3, 2026' })).toEqual({ action: 'remove', label: 'Remove offline copy' });
    expect(describeOfflineState({ kind: 'removed' }, facts)).toMatch(/removed: pages need a connection again/);
    expect(offlineAction({ kind: 'removed' })?.action).toBe('keep');
  });

  it('says once that it is saving, counts the files beside the bar, and offers nothing to press', () => {
    expect(describeOfflineState({ kind: 'saving', saved: 12, total: 90 }, facts)).toBe(describeOfflineState({ kind: 'saving', saved: 80, total: 90 }, facts));
    expect(OFFLINE_TEXT.progressCount(12, 90)).toBe('12 of 90');
    expect(offlineAction({ kind: 'saving', saved: 12, total: 90 })).toBeNull();
  });

  it('offers the reload when a new version waits, and says progress is kept', () => {
    expect(offlineAction({ kind: 'update-ready' })).toEqual({ action: 'reload', label: 'Reload for the new version' });
    expect(describeOfflineState({ kind: 'update-ready' }, facts)).toContain('Your progress is kept');
  });

  it('says why it failed, with the size when storage is short, and offers a retry only where one can help', () => {
    const failed = (problem: Extract<OfflineState, { kind: 'failed' }>['problem']): OfflineState => ({ kind: 'failed', problem });
    expect(describeOfflineState(failed('full'), facts)).toBe(
      'The course could not be kept on this device: there is not enough free storage on this device for its 2.9 MB.',
    );
    expect(describeOfflineState(failed('blocked'), facts)).toMatch(/does not let the course store files/);
    expect(describeOfflineState(failed('unsupported'), facts)).toMatch(/service workers/);
    expect(describeOfflineState(failed('insecure'), facts)).toMatch(/https/);
    expect(describeOfflineState(failed('interrupted'), facts)).toMatch(/try again/);
    expect(offlineAction(failed('full'))).toEqual({ action: 'keep', label: OFFLINE_TEXT.retry });
    expect(offlineAction(failed('blocked'))?.action).toBe('keep');
    expect(offlineAction(failed('unsupported'))).toBeNull();
    expect(offlineAction(failed('insecure'))).toBeNull();
  });
});

describe('capabilityProblem', () => {
  it('accepts a secure page with service workers and Cache Storage', () => {
    expect(capabilityProblem(secure)).toBeNull();
  });

  it('names the insecure connection first (browsers hide service workers from such pages)', () => {
    expect(capabilityProblem({ secureContext: false, serviceWorker: false, cacheStorage: false })).toBe('insecure');
  });

  it('reports a browser without service workers or Cache Storage as unsupported', () => {
    expect(capabilityProblem({ ...secure, serviceWorker: false })).toBe('unsupported');
    expect(capabilityProblem({ ...secure, cacheStorage: false })).toBe('unsupported');
  });
});

describe('problemFromError', () => {
  const named = (name: string) => Object.assign(new Error(name), { name });

  it('reads a refusal as blocked storage and a full quota as full', () => {
    expect(problemFromError(named('SecurityError'), true)).toBe('blocked');
    expect(problemFromError(named('NotSupportedError'), true)).toBe('blocked');
    expect(problemFromError(named('QuotaExceededError'), true)).toBe('full');
  });

  it('reads a failed download as an interruption, or as full storage when the room has run out', () => {
    expect(problemFromError(new TypeError('Failed to fetch'), true)).toBe('interrupted');
    expect(problemFromError(named(INCOMPLETE_COPY), true)).toBe('interrupted');
    expect(problemFromError(named(INCOMPLETE_COPY), false)).toBe('full');
  });

  it('treats anything that is not an error as a refusal', () => {
    expect(problemFromError(undefined, true)).toBe('blocked');
    expect(problemFromError('nope', true)).toBe('blocked');
  });
});

describe('readOfflineFacts', () => {
  it('reads what the build wrote into the control', () => {
    expect(readOfflineFacts({ offlineFiles: '90', offlineBytes: '2894979', offlineVersion: 'December 3, 2026' }, ' 2.8 MB ')).toEqual({
      files: 90,
      bytes: 2894979,
      size: '2.8 MB',
      version: 'December 3, 2026',
    });
  });

  it('reads missing or broken figures as zero (a build without the offline step)', () => {
    expect(readOfflineFacts({ offlineFiles: '', offlineBytes: 'lots' }, '')).toEqual({ files: 0, bytes: 0, size: '', version: '' });
    expect(readOfflineFacts({ offlineFiles: '-3', offlineBytes: '1e400' }, 'x')).toMatchObject({ files: 0, bytes: 0 });
  });
});

describe('cache names', () => {
  const scope = 'https://example.org/course/';

  it('uses the prefix the build gives Workbox', () => {
    expect(OFFLINE_CACHE_PREFIX).toBe(`${CACHE_ID}-`);
  });

  it("recognises the copy's own caches for its scope only", () => {
    expect(isPrecacheName(`srm-course-precache-v2-${scope}`, scope)).toBe(true);
    expect(isOfflineCacheName(`srm-course-runtime-${scope}`, scope)).toBe(true);
    expect(isPrecacheName(`srm-course-runtime-${scope}`, scope)).toBe(false);
    expect(isOfflineCacheName('srm-course-precache-v2-https://example.org/other/', scope)).toBe(false);
    expect(isOfflineCacheName(`workbox-precache-v2-${scope}`, scope)).toBe(false);
    // A room check left behind by a closed tab goes with the copy.
    expect(isOfflineCacheName(roomCheckCacheName(scope), scope)).toBe(true);
    expect(isPrecacheName(roomCheckCacheName(scope), scope)).toBe(false);
  });
});
