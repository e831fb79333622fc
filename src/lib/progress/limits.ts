// One set of limits for everything the course saves, whichever way it is written: an attempt recorded in a lesson, a
// save merged with another tab's, an import (Replace or Merge), a migrated old value. The store applies
// `withinLimits` to every value before writing it and never writes more than MAX_ENCODED_LENGTH characters, so
// whatever the course writes, the course can read back.
import type { Progress } from './model';

/** How many attempts are kept per check or exercise: the latest ones, so the saved value stays small. */
export const MAX_ATTEMPTS = 50;

/** Largest saved value the course reads or writes (characters). Real progress is a few kilobytes. */
export const MAX_ENCODED_LENGTH = 1_000_000;

/**
 * Largest progress file accepted, in bytes, and the most an import may leave saved (characters): half of what can be
 * saved, so that everything the course itself records afterwards (at most MAX_ATTEMPTS per check and exercise) fits.
 */
export const MAX_IMPORT_BYTES = 500_000;

function latest<T>(attempts: T[]): T[] {
  return attempts.length > MAX_ATTEMPTS ? attempts.slice(-MAX_ATTEMPTS) : attempts;
}

/** The same progress keeping only the latest MAX_ATTEMPTS attempts of each check and exercise (itself if none is over). */
export function withinLimits(progress: Progress): Progress {
  const over = (list: unknown[]) => list.length > MAX_ATTEMPTS;
  const checks = Object.values(progress.checks).some(over);
  const exercises = Object.values(progress.exercises).some((exercise) => over(exercise.attempts));
  if (!checks && !exercises) return progress;
  const trimmed = { ...progress };
  if (checks) trimmed.checks = Object.fromEntries(Object.entries(progress.checks).map(([id, attempts]) => [id, latest(attempts)]));
  if (exercises) {
    trimmed.exercises = Object.fromEntries(
      Object.entries(progress.exercises).map(([id, exercise]) => [id, { ...exercise, attempts: latest(exercise.attempts) }]),
    );
  }
  return trimmed;
}

/** How many attempts (checks and exercises together) a progress value holds. */
export function countAttempts(progress: Progress): number {
  let count = 0;
  for (const attempts of Object.values(progress.checks)) count += attempts.length;
  for (const exercise of Object.values(progress.exercises)) count += exercise.attempts.length;
  return count;
}
