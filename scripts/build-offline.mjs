#!/usr/bin/env node
// The last build step (after astro build and the Pagefind index): writes the service worker that keeps the course on
// a learner's device when they ask for it. Workbox lists every built file with its revision; the pages that offer
// the copy get its size, file count and date (they are known only now), and then the worker is generated.
// With OFFLINE_COPY=off it writes a worker that removes copies kept from earlier versions instead.
// Usage: node scripts/build-offline.mjs [--site dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSW, getManifest } from 'workbox-build';
import {
  CONTROL_MARKER,
  SELF_REMOVING_WORKER,
  WORKER_FILE,
  buildDate,
  formatSize,
  formatVersionDate,
  offlineCopyEnabled,
  precacheFileOptions,
  withOfflineFacts,
  workerOptions,
} from './offline/offline-copy.mjs';

const { values } = parseArgs({ options: { site: { type: 'string', default: process.env.OUT_DIR || 'dist' } } });
const siteDir = values.site;

if (!offlineCopyEnabled(process.env)) {
  writeFileSync(join(siteDir, WORKER_FILE), SELF_REMOVING_WORKER);
  console.log(`Offline copy turned off (OFFLINE_COPY=off): ${siteDir}/${WORKER_FILE} removes copies kept earlier.`);
  process.exit(0);
}

const version = formatVersionDate(buildDate(process.env));
const pages = htmlFiles(siteDir).filter((file) => readFileSync(file, 'utf8').includes(CONTROL_MARKER));
if (pages.length === 0) console.warn(`No page of ${siteDir} offers the offline copy (${CONTROL_MARKER}).`);

// Writing the size into a page changes the size, so measure and write until the figures hold (two rounds at most,
// in practice: only the number of digits can move them).
/** @type {import('./offline/offline-copy.mjs').OfflineFacts | undefined} */
let facts;
for (let round = 0; round < 5; round += 1) {
  const { count, size, warnings } = await getManifest(precacheFileOptions(siteDir));
  failOn(warnings);
  if (facts && facts.files === count && facts.bytes === size) break;
  facts = { files: count, bytes: size, version };
  for (const file of pages) writeFileSync(file, withOfflineFacts(readFileSync(file, 'utf8'), facts));
}

const { count, size, warnings } = await generateSW(workerOptions(siteDir));
failOn(warnings);
if (!facts || count !== facts.files || size !== facts.bytes) {
  console.error(`The pages say ${facts?.files} files (${facts?.bytes} bytes) but the worker precaches ${count} (${size} bytes).`);
  process.exit(1);
}
console.log(`Offline copy: ${siteDir}/${WORKER_FILE} keeps ${count} files, ${formatSize(size)}, version of ${version}.`);

/** A precache warning means a file would be missing offline (too large, for example): stop the build. */
function failOn(/** @type {string[]} */ warnings) {
  if (warnings.length === 0) return;
  console.error(`The offline copy would be incomplete:\n  - ${warnings.join('\n  - ')}`);
  process.exit(1);
}

function htmlFiles(/** @type {string} */ dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
