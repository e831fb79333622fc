// The one way in and out of saved progress: parse → migrate step by step → check shape → fall back.
import { EMPTY_PROGRESS, type Progress } from './model';
import { migrate, type MigrationFailure } from './migrations';
import { checkProgressShape, type Expected } from './shape';
import { MAX_ENCODED_LENGTH } from './limits';

export { MAX_ENCODED_LENGTH } from './limits';

/** Why a value could not be used. */
export type DecodeProblem = 'too-large' | 'not-json' | 'not-object' | MigrationFailure | 'bad-shape';

/** What decoding found: nothing, usable progress (maybe migrated), or an unusable value and a safe fallback. */
export type DecodeResult =
  | { status: 'empty'; progress: Progress }
  | { status: 'ok'; progress: Progress; /** The version the value was saved as (older ones were migrated). */ savedVersion: number }
  | Unusable;

/** An unusable value: why, plus the facts a message needs (its version, the wrong field). */
export interface Unusable {
  status: 'unusable';
  problem: DecodeProblem;
  progress: Progress;
  /** Version found in the value, for version problems. */
  version?: number;
  /** The first field that is wrong and what it should be, for shape problems. */
  field?: string;
  expected?: Expected;
}

function unusable(problem: DecodeProblem, facts: Partial<Unusable> = {}): Unusable {
  return { ...facts, status: 'unusable', problem, progress: EMPTY_PROGRESS };
}

/** Turns a stored or imported string into Progress. Never throws; anything unusable falls back to EMPTY_PROGRESS. */
export function decodeProgress(encoded: string | null | undefined): DecodeResult {
  if (encoded === null || encoded === undefined || encoded === '') return { status: 'empty', progress: EMPTY_PROGRESS };
  if (typeof encoded !== 'string') return unusable('not-json');
  if (encoded.length > MAX_ENCODED_LENGTH) return unusable('too-large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(encoded);
  } catch {
    return unusable('not-json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return unusable('not-object');
  const migrated = migrate(parsed as Record<string, unknown>);
  if (!migrated.ok) return unusable(migrated.reason, migrated.from === undefined ? {} : { version: migrated.from });
  const shape = checkProgressShape(migrated.value);
  if (!shape.ok) return unusable('bad-shape', { field: shape.field, expected: shape.expected });
  return { status: 'ok', progress: shape.progress, savedVersion: migrated.from };
}

/** Turns Progress into the string we store and export. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
