// A hand-written shape check for the current schema version. It runs in the browser on every page, so it is a tiny
// combinator set plus one description of Progress: no zod (which would cost more than a lesson page's whole budget).
import { LMS_BUILD } from './build';
import { MAX_LEARNER_NAME, PROGRESS_VERSION, isSafeId, type Progress } from './model';

/** Thrown inside the check: the first wrong field ('' for the whole value) and a code for what it should be. */
type ShapeError = [field: string, expected: Expected];

function fail(path: string, expected: Expected): never {
  throw [path, expected] satisfies ShapeError;
}

/** Checks one value at a path and returns a clean copy, or throws ShapeError. */
type Checker = (value: unknown, path: string) => unknown;

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);

function test(ok: (value: unknown) => boolean, expected: Expected): Checker {
  return (value, path) => {
    if (!ok(value)) fail(path, expected);
    return value;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const record = test(isObject, 'object') as (value: unknown, path: string) => Record<string, unknown>;
const id = test(isSafeId, 'id');
/**
 * An ISO 8601 date-time exactly as toISOString writes it (UTC, milliseconds, `Z`), which is how the course saves
 * every time: reading it back must give the same text, so "1", "yesterday" or February 30 are refused.
 */
const date = test((value) => value === new Date(Date.parse(value as string) || 0).toISOString(), 'date');

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

/** An object used as a map from ids to values (built from entries, so an id such as `__proto__` stays data). */
function map(each: Checker): Checker {
  return (value, path) =>
    Object.fromEntries(Object.entries(record(value, path)).map(([key, item]) => [id(key, join(path, key)), each(item, join(path, key))]));
}

/** A list of values. */
function list(each: Checker): Checker {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'list');
    return value.map((item, index) => each(item, join(path, index)));
  };
}

/** Uses `fallback` when the value is missing (fields added to version 1 before its release). */
function orElse(fallback: unknown, check: Checker): Checker {
  return (value, path) => (value === undefined || value === fallback ? fallback : check(value, path));
}

const placements = map(id);
const answers = map(list(id));
// A review answer's shape: its fields and an optional feeling. Any id: a feeling this version does not know is read
// as no feeling (review/grading.ts), not as damage.
const review = (fields: Record<string, Checker>) => shape({ ...fields, felt: id }, ['felt']);

/** An attempt's shape; in the LMS build it may be marked `trimmed` (model.ts), a flag the public site never sees. */
const attempt = (fields: Record<string, Checker>) =>
  LMS_BUILD ? shape({ ...fields, trimmed: test((value) => value === true, 'boolean') }, ['trimmed']) : shape(fields);

/** The whole of Progress, version 2. */
const PROGRESS = shape({
  version: test((value) => value === PROGRESS_VERSION, 'version'),
  lessons: map(shape({ openedAt: date, endedAt: date }, ['endedAt'])),
  checks: map(list(attempt({ at: date, answers }))),
  exercises: map(shape({ attempts: list(attempt({ at: date, placements })), placements })),
  lastPlace: orElse(null, shape({ lessonId: id, sectionId: id, at: date }, ['sectionId'])),
  settings: orElse(
    undefined,
    shape(
      {
        learnerName: test(
          (value) => typeof value === 'string' && value.length <= MAX_LEARNER_NAME,
          'name',
        ),
        instructorMode: test((value) => typeof value === 'boolean', 'boolean'),
      },
      ['learnerName', 'instructorMode'],
    ),
  ),
  reviews: shape({
    checks: map(list(review({ at: date, answers }))),
    exercises: map(list(review({ at: date, placements }))),
  }),
  clearedAt: date,
}, ['clearedAt']);

/** A code for what a wrong field should be; describe-problem.ts has the words (kept out of the every-page bundle). */
export type Expected = 'object' | 'id' | 'date' | 'list' | 'name' | 'boolean' | 'version' | 'readable';

/** Result of checking a value against the current schema: a clean copy, or the first wrong field and what it should be. */
export type ShapeResult = { ok: true; progress: Progress } | { ok: false; field: string; expected: Expected };

/**
 * Checks that a value (already migrated to the current version) has the exact shape of Progress and returns a
 * fresh copy holding only known fields. Never throws.
 */
export function checkProgressShape(value: unknown): ShapeResult {
  try {
    const progress = PROGRESS(value, '') as Progress;
    return { ok: true, progress: { ...progress, settings: progress.settings ?? {} } };
  } catch (error) {
    // Anything else thrown (a getter, a cycle) must not escape either: the value is simply unusable.
    const [field, expected]: ShapeError = Array.isArray(error) ? (error as ShapeError) : ['', 'readable'];
    return { ok: false, field, expected };
  }
}
