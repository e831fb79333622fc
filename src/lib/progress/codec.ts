// The one way in and out of saved progress: parse → migrate step by step → check shape → fall back.
import { EMPTY_PROGRESS, PROGRESS_VERSION, type Progress } from './model';
import { migrate, type MigrationFailure } from './migrations';
import { checkProgressShape } from './shape';

/** Largest saved or imported value we try to read (characters). Real progress is a few kilobytes. */
export const MAX_ENCODED_LENGTH = 1_000_000;

/** Why a value could not be used. */
export type DecodeProblem = 'too-large' | 'not-json' | 'not-object' | MigrationFailure | 'bad-shape';

/** What decoding found: nothing, usable progress (maybe migrated), or an unusable value and a safe fallback. */
export type DecodeResult =
  | { status: 'empty'; progress: Progress }
  | { status: 'ok'; progress: Progress; migratedFrom?: number }
  | { status: 'unusable'; problem: DecodeProblem; detail: string; progress: Progress };

function unusable(problem: DecodeProblem, detail: string): DecodeResult {
  return { status: 'unusable', problem, detail, progress: EMPTY_PROGRESS };
}

/** Turns a stored or imported string into Progress. Never throws; anything unusable falls back to EMPTY_PROGRESS. */
export function decodeProgress(encoded: string | null | undefined): DecodeResult {
  if (encoded === null || encoded === undefined || encoded === '') return { status: 'empty', progress: EMPTY_PROGRESS };
  if (typeof encoded !== 'string') return unusable('not-json', 'is not text');
  if (encoded.length > MAX_ENCODED_LENGTH) {
    return unusable('too-large', `is ${encoded.length} characters, more than the ${MAX_ENCODED_LENGTH} allowed`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(encoded);
  } catch {
    return unusable('not-json', 'is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return unusable('not-object', `is ${parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : typeof parsed}, not an object`);
  }
  const migrated = migrate(parsed as Record<string, unknown>);
  if (!migrated.ok) {
    const detail = {
      'no-version': 'has no version number',
      'future-version': `is version ${migrated.from}, newer than this site's version ${PROGRESS_VERSION}`,
      'missing-step': `is version ${migrated.from}, which this site cannot upgrade`,
      'step-failed': `is version ${migrated.from} and could not be upgraded`,
    }[migrated.reason];
    return unusable(migrated.reason, detail);
  }
  const shape = checkProgressShape(migrated.value);
  if (!shape.ok) return unusable('bad-shape', `has a field that is wrong: ${shape.problem}`);
  return migrated.from === PROGRESS_VERSION
    ? { status: 'ok', progress: shape.progress }
    : { status: 'ok', progress: shape.progress, migratedFrom: migrated.from };
}

/** Turns Progress into the string we store and export. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
