// One set of limits for everything the course saves, whichever way it is written: an attempt recorded in a lesson, a
// save merged with another tab's, an import (Replace or Merge), a migrated old value. Recording keeps the latest
// MAX_ATTEMPTS (attempts.ts), and so does every merge (merge.ts), which is also how a replacement is cut to them
// (progress-replace.ts, and the import preview in transfer.ts); the store never writes more than MAX_ENCODED_LENGTH
// characters. So whatever the course writes, the course can read back.

/** How many attempts are kept per check or exercise: the latest ones, so the saved value stays small. */
export const MAX_ATTEMPTS = 50;

/** Largest saved value the course reads or writes (characters). Real progress is a few kilobytes. */
export const MAX_ENCODED_LENGTH = 1_000_000;

/**
 * Largest progress file accepted, in bytes, and the most an import may leave saved (characters): half of what can be
 * saved, so that everything the course itself records afterwards (at most MAX_ATTEMPTS per check and exercise) fits.
 */
export const MAX_IMPORT_BYTES = 500_000;
