import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';

/** The prefix of every Cache Storage name the offline copy uses (Workbox's `cacheId`). */
export const CACHE_ID: string;
/** The service worker's file name, at the root of the site. */
export const WORKER_FILE: string;
/** The page shown, offline, for an address that is not in the saved copy. */
export const OFFLINE_PAGE: string;
/** Built files the offline copy leaves out, as globs relative to the site root. */
export const PRECACHE_IGNORES: string[];
/** The part of Workbox's options that chooses the files (shared by `getManifest` and `generateSW`). */
export function precacheFileOptions(siteDir: string): GetManifestOptions;
/** Workbox's `generateSW` options for a build in `siteDir`. */
export function workerOptions(siteDir: string): GenerateSWOptions;
/** The offline copy's size as the control shows it: "2.9 MB", or "850 KB" below a megabyte. */
export function formatSize(bytes: number): string;
/** When this version of the course was built: SOURCE_DATE_EPOCH when set, otherwise now. */
export function buildDate(env: Record<string, string | undefined>, now?: Date): Date;
/** The version's date as the control shows it ("December 3, 2026"), in UTC. */
export function formatVersionDate(date: Date): string;
/** Whether the build offers the offline copy: yes unless `OFFLINE_COPY=off`. */
export function offlineCopyEnabled(env: Record<string, string | undefined>): boolean;
/** The facts the build writes into the pages that offer the copy. */
export interface OfflineFacts {
  files: number;
  bytes: number;
  version: string;
}
/** The attribute that marks a page offering the offline copy. */
export const CONTROL_MARKER: string;
/** Writes the offline copy's facts into a page that shows the control. */
export function withOfflineFacts(html: string, facts: OfflineFacts): string;
/** The service worker a build writes when the offline copy is turned off: it removes copies kept earlier. */
export const SELF_REMOVING_WORKER: string;
