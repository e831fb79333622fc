// Pure accounting of what a page load fetched: sort each request into a kind of resource and add up raw and gzip
// bytes. Gzip sizes are computed here with zlib (level 9, what static hosts typically serve), never taken from the
// network, so the figures are the same on every run and every machine.
import { gzipSync } from 'node:zlib';

/** The kinds of resource the report shows, in order. */
export const CATEGORIES = /** @type {const} */ (['html', 'js', 'css', 'font', 'image', 'other']);

/** @typedef {(typeof CATEGORIES)[number]} Category */
/** @typedef {{ url: string, resourceType: string, raw: number, gzip: number }} WeighedRequest */
/** @typedef {{ raw: number, gzip: number, count: number }} Tally */
/** @typedef {{ requests: number, totalRaw: number, totalGzip: number, byCategory: Record<Category, Tally> }} Weight */

/** Gzip size in bytes of a body (deterministic: fixed level, no timestamp in the header). */
export function gzipBytes(/** @type {Uint8Array} */ body) {
  return body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length;
}

const BY_RESOURCE_TYPE = /** @type {Record<string, Category>} */ ({
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'font',
  image: 'image',
});

const BY_EXTENSION = /** @type {[RegExp, Category][]} */ ([
  [/\.(m?js)$/i, 'js'],
  [/\.css$/i, 'css'],
  [/\.(woff2?|ttf|otf)$/i, 'font'],
  [/\.(svg|png|jpe?g|gif|webp|avif|ico)$/i, 'image'],
  [/(\/|\.html?)$/i, 'html'],
]);

/**
 * The category of a request: the browser's resource type when it says, else the file extension.
 * @returns {Category}
 */
export function categorize(/** @type {string} */ url, /** @type {string} */ resourceType) {
  const byType = BY_RESOURCE_TYPE[resourceType];
  if (byType) return byType;
  const { pathname } = new URL(url);
  return BY_EXTENSION.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'other';
}

/**
 * Adds up the requests of one page load.
 * @param {WeighedRequest[]} requests
 * @returns {Weight}
 */
export function summarize(requests) {
  const byCategory = /** @type {Record<Category, Tally>} */ (
    Object.fromEntries(CATEGORIES.map((category) => [category, { raw: 0, gzip: 0, count: 0 }]))
  );
  for (const request of requests) {
    const tally = byCategory[categorize(request.url, request.resourceType)];
    tally.raw += request.raw;
    tally.gzip += request.gzip;
    tally.count += 1;
  }
  return {
    requests: requests.length,
    totalRaw: requests.reduce((sum, request) => sum + request.raw, 0),
    totalGzip: requests.reduce((sum, request) => sum + request.gzip, 0),
    byCategory,
  };
}

/** Bytes as the report writes them: `12.3 KB` (1 KB = 1024 bytes). */
export function formatKB(/** @type {number} */ bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
