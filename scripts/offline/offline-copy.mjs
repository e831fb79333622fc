// What the course's offline copy holds and how its facts reach the pages that offer it. Pure rules, no file access:
// scripts/build-offline.mjs applies them to a build. Workbox (workbox-build) generates the service worker and its
// precache list from the built files; nothing here decides how requests are cached.

/** The prefix of every Cache Storage name the offline copy uses (Workbox's `cacheId`). */
export const CACHE_ID = 'srm-course';

/** The service worker's file name, at the root of the site (its scope is the whole course). */
export const WORKER_FILE = 'sw.js';

/** The page shown, offline, for an address that is not in the saved copy. */
export const OFFLINE_PAGE = 'offline/index.html';

/** Built files the offline copy leaves out, as globs relative to the site root. */
export const PRECACHE_IGNORES = [
  // Host configuration, not something a browser loads.
  '_headers',
  // The service worker itself (the browser keeps it) and crawler instructions.
  WORKER_FILE,
  'robots.txt',
  // Hosts serve it for unknown paths; offline, OFFLINE_PAGE stands in for every page that was not saved.
  '404.html',
  // Pagefind writes three search interfaces; the course loads only the default one (pagefind-ui.*).
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

/**
 * The part of Workbox's options that chooses the files (shared by `getManifest` and `generateSW`): everything the
 * build wrote but PRECACHE_IGNORES, under URLs relative to the service worker, so the same copy works under any base
 * path. Content-hashed files (Astro's `_astro/`, Pagefind's index and fragments) need no revision of their own.
 * @param {string} siteDir
 */
export function precacheFileOptions(siteDir) {
  return {
    globDirectory: siteDir,
    globPatterns: ['**/*'],
    globIgnores: PRECACHE_IGNORES,
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(fragment|index)\/)/,
    // The largest file is React's chunk (about 220 KB); a file over this would be left out, so the build fails instead.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/**
 * Workbox's `generateSW` options for a build in `siteDir`: precache every file, serve saved pages and files from the
 * copy, and answer a page that was not saved with OFFLINE_PAGE when the network fails. A new version waits until the
 * learner reloads for it (the control sends SKIP_WAITING), so one page never mixes old and new files.
 * @param {string} siteDir
 */
export function workerOptions(siteDir) {
  return {
    ...precacheFileOptions(siteDir),
    swDest: `${siteDir}/${WORKER_FILE}`,
    cacheId: CACHE_ID,
    mode: 'production',
    sourcemap: false,
    // One file: the worker loads nothing else, so the site's Content-Security-Policy needs nothing new for it.
    inlineWorkboxRuntime: true,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Pages take no query parameters: `?anything` opens the saved page.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
      },
    ],
  };
}

/** The offline copy's size as the control shows it: "2.9 MB", or "850 KB" below a megabyte. */
export function formatSize(/** @type {number} */ bytes) {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${megabytes.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * When this version of the course was built: SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when it
 * is set, otherwise now.
 * @param {Record<string, string | undefined>} env
 * @param {Date} [now]
 */
export function buildDate(env, now = new Date()) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
}

/** The version's date as the control shows it ("December 3, 2026", the progress page's style), in UTC. */
export function formatVersionDate(/** @type {Date} */ date) {
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Whether the build offers the offline copy: yes unless `OFFLINE_COPY=off` (see the README's Deploying section). */
export function offlineCopyEnabled(/** @type {Record<string, string | undefined>} */ env) {
  return env.OFFLINE_COPY?.trim().toLowerCase() !== 'off';
}

/** @typedef {{ files: number, bytes: number, version: string }} OfflineFacts */

/** The attribute (on the control's root element) that marks a page offering the offline copy. */
export const CONTROL_MARKER = 'data-offline-control';

/**
 * Writes the offline copy's facts into a page that shows the control (OfflineControl.astro renders the attributes
 * empty, because the build only knows them once every file is written): the number of files and bytes, the size in
 * words and the version's date. Running it again on its own output replaces the earlier facts.
 * @param {string} html
 * @param {OfflineFacts} facts
 */
export function withOfflineFacts(html, facts) {
  if (!html.includes(CONTROL_MARKER)) return html;
  return html
    .replace(/\bdata-offline-files="[^"]*"/g, `data-offline-files="${facts.files}"`)
    .replace(/\bdata-offline-bytes="[^"]*"/g, `data-offline-bytes="${facts.bytes}"`)
    .replace(/\bdata-offline-version="[^"]*"/g, `data-offline-version="${escapeAttribute(facts.version)}"`)
    .replace(/(<span\b[^>]*\bdata-offline-size\b[^>]*>)[^<]*(<\/span>)/g, `$1${formatSize(facts.bytes)}$2`);
}

function escapeAttribute(/** @type {string} */ text) {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The service worker a build writes when the offline copy is turned off: a learner's browser that kept an earlier
 * copy installs it on the next visit, and it deletes that copy and unregisters itself, so nobody is left on an old
 * version. (Removal only: it caches nothing.)
 */
export const SELF_REMOVING_WORKER = `// This course no longer keeps an offline copy (built with OFFLINE_COPY=off). A browser that kept one from an
// earlier version installs this worker on its next visit: it deletes that copy, unregisters itself and reloads the
// course's open pages from the network.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const scope = self.registration.scope;
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('${CACHE_ID}-') && name.endsWith(scope)).map((name) => caches.delete(name)));
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;
