// A hand-written shape check for the current schema version. It runs in the browser on every page, so it is a tiny
// combinator set plus one description of Progress: no zod (which would cost more than a lesson page's whole budget).
import { MAX_LEARNER_NAME, PROGRESS_VERSION, isSafeId, type Progress } from './model';

/** Thrown inside the check with the first wrong field; never leaves this module (not an Error: no stack needed). */
class ShapeError {
  constructor(
    readonly field: string,
    readonly expected: string,
  ) {}
}

/** Checks one value at a path and returns a clean copy, or throws ShapeError. */
type Checker = (value: unknown, path: string) => unknown;

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

function test(ok: (value: unknown) => boolean, expected: string): Checker {
  return (value, path) => {
    if (!ok(value)) throw new ShapeError(path || '(top level)', expected);
    return value;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const record = test(isObject, 'an object') as (value: unknown, path: string) => Record<string, unknown>;
const id = test(isSafeId, 'an id');
const date = test((value) => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value)), 'a date');

/** An object with exactly these fields; unknown fields are dropped. Fields named in `optional` may be missing. */
function shape(fields: Record<string, Checker>, optional: readonly string[] = []): Checker {
  return (value, path) => {
    const raw = record(value, path);
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields)) {
      if (raw[key] === undefined && optional.includes(key)) continue;
      out[key] = check(raw[key], join(path, key));
    }
    return out;
  };
}

/** An object used as a map from ids to values. */
function map(each: Checker): Checker {
  return (value, path) => {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record(value, path))) out[id(key, join(path, key)) as string] = each(item, join(path, key));
    return out;
  };
}

/** A list of values. */
function list(each: Checker): Checker {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'a list');
    return value.map((item, index) => each(item, join(path, index)));
  };
}

/** Uses `fallback` when the value is missing (fields added to version 1 before its release). */
function orElse(fallback: unknown, check: Checker): Checker {
  return (value, path) => (value === undefined || value === fallback ? fallback : check(value, path));
}

const placements = map(id);

/** The whole of Progress, version 1. */
const PROGRESS = shape({
  version: test((value) => value === PROGRESS_VERSION, String(PROGRESS_VERSION)),
  lessons: map(shape({ openedAt: date, endedAt: date }, ['endedAt'])),
  checks: map(list(shape({ at: date, answers: map(list(id)) }))),
  exercises: map(shape({ attempts: list(shape({ at: date, placements })), placements })),
  lastPlace: orElse(null, shape({ lessonId: id, sectionId: id, at: date }, ['sectionId'])),
  settings: orElse(
    undefined,
    shape(
      {
        learnerName: test(
          (value) => typeof value === 'string' && value.length <= MAX_LEARNER_NAME,
          `text of at most ${MAX_LEARNER_NAME} characters`,
        ),
        instructorMode: test((value) => typeof value === 'boolean', 'true or false'),
      },
      ['learnerName', 'instructorMode'],
    ),
  ),
});

/** Result of checking a value against the current schema: a clean copy, or the first wrong field and what it should be. */
export type ShapeResult = { ok: true; progress: Progress } | { ok: false; field: string; expected: string };

/**
 * Checks that a value (already migrated to the current version) has the exact shape of Progress and returns a
 * fresh copy holding only known fields. Never throws.
 */
export function checkProgressShape(value: unknown): ShapeResult {
  try {
    const progress = PROGRESS(value, '') as Progress;
    return { ok: true, progress: { ...progress, settings: progress.settings ?? {} } };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, field: error.field, expected: error.expected };
    // Anything else (a getter that throws, a cycle) still must not escape: the value is simply unusable.
    return { ok: false, field: '(top level)', expected: 'readable' };
  }
}
