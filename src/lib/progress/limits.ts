// One set of limits for everything the course saves, whichever way it is written: an attempt recorded in a lesson, a
// save merged with another tab's, an import (Replace or Merge), a migrated old value. Recording keeps the latest
// MAX_ATTEMPTS (attempts.ts) and MAX_REVIEW_ANSWERS (reviews.ts), and so does every merge (merge.ts), which is also how a replacement is cut to them
// (progress-replace.ts, and the import preview in transfer.ts); the store never writes more than MAX_ENCODED_LENGTH
// characters. So whatever the course writes, the course can read back.

/** How many attempts are kept per check or exercise: the latest ones, so the saved value stays small. */
export const MAX_ATTEMPTS = 50;

/**
 * How many answers given on the Review page are kept per check or exercise: the latest ones. Thirty days of reviewing
 * everything due leaves a lesson check well under it and the final assessment (20 questions) near it; the schedule
 * depends mostly on the latest answers, and the attempts stay beside them.
 */
export const MAX_REVIEW_ANSWERS = 100;

/**
 * Largest saved value the course reads or writes (characters). Real progress is a few kilobytes; the most this
 * course can keep (worst-case.test.ts) is about a quarter of it, so a course twice as long still fits the import
 * limit below, and what it writes stays well inside the 5 MiB of storage browsers give a site.
 */
export const MAX_ENCODED_LENGTH = 2_000_000;

/**
 * The most an import may leave saved (characters): half of what can be saved, so that everything the course itself
 * records afterwards (at most MAX_ATTEMPTS and MAX_REVIEW_ANSWERS per check and exercise) fits.
 */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * Largest progress file accepted, in bytes: what the course can read. An exported file is the saved value indented
 * for reading, about 1.8 times as long, so the most the course can save (every attempt and review answer it keeps,
 * src/lib/progress/worst-case.test.ts) exports to more than MAX_IMPORT_BYTES and must still import.
 */
export const MAX_IMPORT_FILE_BYTES = MAX_ENCODED_LENGTH;
