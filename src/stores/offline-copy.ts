// The browser side of the offline copy: registers the service worker the build generated (through workbox-window),
// counts the files it has saved, and removes the copy. Only the offline control loads this module, and only on the
// two pages that show the control, when the learner presses it or has already kept the course.
import { Workbox } from 'workbox-window';
import { INCOMPLETE_COPY, isOfflineCacheName, isPrecacheName, roomCheckCacheName, type OfflineCapabilities } from '~/lib/offline/offline-copy';

/** What this browser offers for an offline copy. */
export function offlineCapabilities(): OfflineCapabilities {
  return {
    secureContext: globalThis.isSecureContext === true,
    serviceWorker: 'serviceWorker' in navigator && Boolean(navigator.serviceWorker),
    cacheStorage: 'caches' in globalThis,
  };
}

/** Whether this page is served by the offline copy's worker (the learner kept the course before). */
export function isKeptOffline(): boolean {
  return Boolean(navigator.serviceWorker?.controller);
}

/**
 * Tries to store as many bytes as the copy takes (in a cache of the copy's own, deleted at once) and resolves with
 * what the browser threw, or null when it had room. A real write, because `navigator.storage.estimate()` does not
 * tell: Chrome (since 138) reports an artificial quota of about 10 GB, not the one it enforces.
 */
export async function tryStoring(bytes: number, scope: string): Promise<unknown> {
  const absoluteScope = new URL(scope, location.href).href;
  const name = roomCheckCacheName(absoluteScope);
  try {
    const cache = await caches.open(name);
    await cache.put(new URL('offline-room-check', absoluteScope).href, new Response(new Uint8Array(bytes)));
    return null;
  } catch (error) {
    return error ?? new Error('Storage refused.');
  } finally {
    await caches.delete(name).catch(() => undefined);
  }
}

/**
 * Asks the browser not to clear the copy when the device runs short of space. Browsers decide on their own (some
 * ask the learner); the copy works either way, so the answer is not needed.
 */
export async function askToKeepStorage(): Promise<void> {
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Not offered here: the copy is kept as ordinary site data.
  }
}

/** What the worker tells the control about. */
export interface OfflineCopyEvents {
  /** A newer version has been saved and waits for the learner to reload. */
  onUpdateReady(): void;
}

/** Whether the course has a copy on this device already (its worker is registered), whatever serves this page. */
export async function hasOfflineCopy(scope: string): Promise<boolean> {
  const absoluteScope = new URL(scope, location.href).href;
  return (await navigator.serviceWorker?.getRegistration(absoluteScope))?.scope === absoluteScope;
}

/** The service worker of the offline copy, through workbox-window. */
export class OfflineCopyWorker {
  private readonly workbox: Workbox;
  private registration: ServiceWorkerRegistration | undefined;

  constructor(
    /** URL of the worker script (`<base>sw.js`). */
    workerUrl: string,
    /** The course's root (`<base>`): the worker's scope. */
    private readonly scope: string,
    events: OfflineCopyEvents,
  ) {
    this.workbox = new Workbox(workerUrl, { scope });
    this.workbox.addEventListener('waiting', () => events.onUpdateReady());
  }

  /**
   * Registers the worker (again, on a later visit, which makes the browser look for a new version) and resolves with
   * the registration. Throws what the browser threw, and a SecurityError when it refused without saying why.
   */
  async register(): Promise<ServiceWorkerRegistration> {
    const registration = await this.workbox.register({ immediate: true });
    if (!registration) throw Object.assign(new Error('The browser did not register the service worker.'), { name: 'SecurityError' });
    this.registration = registration;
    return registration;
  }

  /** Resolves when the worker that this registration is installing has saved every file and runs; rejects when it failed. */
  installed(registration: ServiceWorkerRegistration): Promise<void> {
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker) return Promise.reject(new Error('No service worker to wait for.'));
    return new Promise((resolve, reject) => {
      // A first copy runs as soon as it is installed; a newer version stops at "installed" and waits for the reload.
      const isDone = () =>
        worker.state === 'activated' || (worker.state === 'installed' && Boolean(registration.active) && registration.active !== worker);
      const check = () => {
        if (isDone()) {
          worker.removeEventListener('statechange', check);
          resolve();
        } else if (worker.state === 'redundant') {
          worker.removeEventListener('statechange', check);
          reject(Object.assign(new Error('The service worker stopped before it had saved every file.'), { name: INCOMPLETE_COPY }));
        }
      };
      worker.addEventListener('statechange', check);
      check();
    });
  }

  /** Lets the waiting version take over, then reloads the page in it, so no page mixes old and new files. */
  reloadIntoUpdate(): void {
    // Another tab may have let it take over already: then only the reload is left to do.
    if (!this.registration?.waiting) return location.reload();
    this.workbox.addEventListener('controlling', () => location.reload());
    this.workbox.messageSkipWaiting();
  }

  /** How many files the copy holds so far (the precache fills one file at a time while the worker installs). */
  async savedFiles(): Promise<number> {
    const name = (await caches.keys()).find((cacheName) => isPrecacheName(cacheName, this.absoluteScope()));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  }

  private absoluteScope(): string {
    return new URL(this.scope, location.href).href;
  }
}

/** Unregisters the offline copy's worker and deletes every file it saved; pages then need the network again. */
export async function removeOfflineCopy(scope: string): Promise<void> {
  const absoluteScope = new URL(scope, location.href).href;
  const registration = await navigator.serviceWorker?.getRegistration(absoluteScope);
  if (registration && registration.scope === absoluteScope) await registration.unregister();
  const names = await caches.keys();
  await Promise.all(names.filter((name) => isOfflineCacheName(name, absoluteScope)).map((name) => caches.delete(name)));
}
