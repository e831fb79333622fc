// Saved progress outlives the code that wrote it. Each schema change adds one step here that turns version N into
// version N + 1, plus a fixture `fixtures/vN.json` and a test; old values then climb one step at a time.
import { EMPTY_PROGRESS, PROGRESS_VERSION } from './model';

/** A migration step: takes a value of version N and returns the same facts as version N + 1. */
export type MigrationStep = (value: Record<string, unknown>) => Record<string, unknown>;

/** Steps keyed by the version they upgrade FROM. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = Object.freeze({
  // Version 2 adds the answers given on the Review page; a version 1 value has given none.
  1: (value) => ({ ...value, version: 2, reviews: EMPTY_PROGRESS.reviews }),
});

/** Why a value could not be brought to the current version. */
export type MigrationFailure = 'no-version' | 'future-version' | 'missing-step' | 'step-failed';

/** Outcome of migrating: the value at the target version and the version it started at, or why it failed. */
export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; from: number }
  | { ok: false; reason: MigrationFailure; from?: number };

/** Reads the version number of a saved value, if it has a sensible one. */
export function versionOf(value: Record<string, unknown>): number | undefined {
  const version = value.version;
  // Number.isInteger is false for anything that is not a number.
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : undefined;
}

/** Runs the steps from the value's version up to `target`, one at a time. Never throws. */
export function migrate(
  value: Record<string, unknown>,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  target: number = PROGRESS_VERSION,
): MigrationResult {
  const from = versionOf(value);
  if (from === undefined) return { ok: false, reason: 'no-version' };
  if (from > target) return { ok: false, reason: 'future-version', from };
  let current = value;
  for (let version = from; version < target; version += 1) {
    const step = steps[version];
    if (!step) return { ok: false, reason: 'missing-step', from };
    try {
      current = step(current);
    } catch {
      return { ok: false, reason: 'step-failed', from };
    }
    if (versionOf(current) !== version + 1) return { ok: false, reason: 'step-failed', from };
  }
  return { ok: true, value: current, from };
}
