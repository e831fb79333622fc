// A hand-written shape check for the current schema version. It runs in the browser on every load, so it stays
// small and dependency-free (zod would cost more than the whole lesson-page budget).
import {
  MAX_LEARNER_NAME,
  PROGRESS_VERSION,
  isSafeId,
  type CheckAttempt,
  type ExerciseAttempt,
  type ExerciseProgress,
  type LastPlace,
  type LessonProgress,
  type Progress,
  type Settings,
} from './model';

/** Thrown inside the check with the path of the first field that is wrong; never leaves this module. */
class ShapeError extends Error {}

type Path = string;

function fail(path: Path, problem: string): never {
  throw new ShapeError(`${path || '(top level)'} ${problem}`);
}

function record(value: unknown, path: Path): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'should be an object');
  return value as Record<string, unknown>;
}

function time(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value.length > 40 || Number.isNaN(Date.parse(value))) fail(path, 'should be a date');
  return value;
}

function id(value: unknown, path: Path): string {
  if (!isSafeId(value)) fail(path, 'should be an id');
  return value;
}

function entries<T>(value: unknown, path: Path, each: (item: unknown, path: Path) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, item] of Object.entries(record(value, path))) {
    out[id(key, `${path}.${key}`)] = each(item, `${path}.${key}`);
  }
  return out;
}

function list<T>(value: unknown, path: Path, each: (item: unknown, path: Path) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'should be a list');
  return value.map((item, index) => each(item, `${path}[${index}]`));
}

function lesson(value: unknown, path: Path): LessonProgress {
  const raw = record(value, path);
  const out: LessonProgress = { openedAt: time(raw.openedAt, `${path}.openedAt`) };
  if (raw.endedAt !== undefined) out.endedAt = time(raw.endedAt, `${path}.endedAt`);
  return out;
}

function checkAttempt(value: unknown, path: Path): CheckAttempt {
  const raw = record(value, path);
  return {
    at: time(raw.at, `${path}.at`),
    answers: entries(raw.answers, `${path}.answers`, (options, where) => list(options, where, id)),
  };
}

function placements(value: unknown, path: Path): Record<string, string> {
  return entries(value, path, id);
}

function exerciseAttempt(value: unknown, path: Path): ExerciseAttempt {
  const raw = record(value, path);
  return { at: time(raw.at, `${path}.at`), placements: placements(raw.placements, `${path}.placements`) };
}

function exercise(value: unknown, path: Path): ExerciseProgress {
  const raw = record(value, path);
  return {
    attempts: list(raw.attempts, `${path}.attempts`, exerciseAttempt),
    placements: placements(raw.placements, `${path}.placements`),
  };
}

function lastPlace(value: unknown, path: Path): LastPlace | null {
  if (value === null) return null;
  const raw = record(value, path);
  const out: LastPlace = { lessonId: id(raw.lessonId, `${path}.lessonId`), at: time(raw.at, `${path}.at`) };
  if (raw.sectionId !== undefined) out.sectionId = id(raw.sectionId, `${path}.sectionId`);
  return out;
}

function settings(value: unknown, path: Path): Settings {
  const raw = record(value, path);
  const out: Settings = {};
  if (raw.learnerName !== undefined) {
    if (typeof raw.learnerName !== 'string' || raw.learnerName.length > MAX_LEARNER_NAME) {
      fail(`${path}.learnerName`, `should be text of at most ${MAX_LEARNER_NAME} characters`);
    }
    out.learnerName = raw.learnerName;
  }
  if (raw.instructorMode !== undefined) {
    if (typeof raw.instructorMode !== 'boolean') fail(`${path}.instructorMode`, 'should be true or false');
    out.instructorMode = raw.instructorMode;
  }
  return out;
}

/** Result of checking a value against the current schema: a clean copy, or the first problem in words. */
export type ShapeResult = { ok: true; progress: Progress } | { ok: false; problem: string };

/**
 * Checks that a value (already migrated to the current version) has the exact shape of Progress and returns a
 * fresh copy holding only known fields. Never throws.
 */
export function checkProgressShape(value: unknown): ShapeResult {
  try {
    const raw = record(value, '');
    if (raw.version !== PROGRESS_VERSION) fail('version', `should be ${PROGRESS_VERSION}`);
    return {
      ok: true,
      progress: {
        version: PROGRESS_VERSION,
        lessons: entries(raw.lessons, 'lessons', lesson),
        checks: entries(raw.checks, 'checks', (attempts, where) => list(attempts, where, checkAttempt)),
        exercises: entries(raw.exercises, 'exercises', exercise),
        lastPlace: lastPlace(raw.lastPlace ?? null, 'lastPlace'),
        settings: settings(raw.settings ?? {}, 'settings'),
      },
    };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, problem: error.message };
    // Anything else (a getter that throws, a cycle) still must not escape: the value is simply unusable.
    return { ok: false, problem: 'could not be read' };
  }
}
