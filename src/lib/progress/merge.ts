// Combining two copies of the learner's progress without losing a fact: a save merged with what another tab wrote
// since this tab last read, the copy carried in the tab while storage was unusable, a page restored from the
// back/forward cache, an imported file merged in. Facts (openings, ends, attempts) only ever accumulate, so the
// union of both copies is the answer; the result is the same whichever copy is `current`, so two tabs that merge
// each other's saves end with the same value.
import { own, type CheckAttempt, type ExerciseProgress, type LastPlace, type LessonProgress, type Progress, type Settings } from './model';

type Timed = { at: string };

const text = (value: unknown) => JSON.stringify(value) ?? '';

/** Every attempt of both lists once, in time order (ties in a fixed order, so both tabs agree). */
function unionByTime<T extends Timed>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) seen.set(text(item), item);
  return [...seen.entries()].sort(([x, a], [y, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : x < y ? -1 : 1)).map(([, item]) => item);
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  return !a || (b && b < a) ? b : a;
}

/**
 * A single choice (the board in progress, a setting). With the common `base`, the side that changed it wins (both
 * changed: a fixed rule, so both tabs agree); without one (an import), this browser's choice wins and the file only
 * fills a gap (an empty board is a gap).
 */
function choose<T>(mine: T | undefined, theirs: T | undefined, base: Progress | undefined, baseValue: T | undefined): T | undefined {
  if (!base) return mine === undefined || text(mine) === '{}' ? (theirs ?? mine) : mine;
  if (text(mine) === text(baseValue)) return theirs;
  if (text(theirs) === text(baseValue)) return mine;
  return text(mine) > text(theirs) ? mine : theirs;
}

/** The record with its ids in one fixed order, so that two tabs merging the same facts write the same text. */
function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Combines `current` (this tab's) and `incoming` (another tab's, a carried copy, or a file) without losing a fact from
 * either: the earliest opening and end of each lesson, every attempt once in time order, the later last place. With
 * `base`, the value both started from (another tab's save), a choice changed on one side only is taken from that
 * side, and a copy older than the other's reset or replace (`clearedAt`) only adds what it recorded after it. Without
 * `base` (a file merged in) nothing is removed and this browser's choices win. Limits are applied by the caller
 * (limits.ts), so that a preview can say what they remove.
 */
export function mergeProgress(current: Progress, incoming: Progress, base?: Progress): Progress {
  const ours = current.clearedAt ?? '';
  const theirs = incoming.clearedAt ?? '';
  // Each side with the time before which its facts are dropped: '' keeps everything.
  const sides = [
    [current, base && theirs > ours ? theirs : ''],
    [incoming, base && ours > theirs ? ours : ''],
  ] as const;

  // Null-prototype records: an id such as `__proto__` is stored as data, never changing what the record is.
  const lessons: Record<string, LessonProgress> = Object.create(null);
  const checks: Record<string, CheckAttempt[]> = Object.create(null);
  const exercises: Record<string, ExerciseProgress> = Object.create(null);
  const places: LastPlace[] = [];
  for (const [side, cut] of sides) {
    const kept = (at: string | undefined) => at !== undefined && at > cut;
    for (const [id, lesson] of Object.entries(side.lessons)) {
      const endedAt = kept(lesson.endedAt) ? lesson.endedAt : undefined;
      const openedAt = kept(lesson.openedAt) ? lesson.openedAt : endedAt;
      if (!openedAt) continue;
      const other = own(lessons, id);
      const ended = earliest(other?.endedAt, endedAt);
      lessons[id] = { openedAt: earliest(other?.openedAt, openedAt)!, ...(ended ? { endedAt: ended } : {}) };
    }
    for (const [id, attempts] of Object.entries(side.checks)) {
      const union = unionByTime(own(checks, id) ?? [], attempts.filter((attempt) => kept(attempt.at)));
      if (union.length) checks[id] = union;
    }
    for (const [id, exercise] of Object.entries(side.exercises)) {
      const attempts = exercise.attempts.filter((attempt) => kept(attempt.at));
      const other = own(exercises, id);
      // A board saved before the other side's reset is not carried over on its own.
      if (cut && !attempts.length && !other) continue;
      exercises[id] = { attempts: unionByTime(other?.attempts ?? [], attempts), placements: exercise.placements };
    }
    if (side.lastPlace && kept(side.lastPlace.at)) places.push(side.lastPlace);
  }
  for (const [id, exercise] of Object.entries(exercises)) {
    const mine = own(current.exercises, id)?.placements;
    const other = own(incoming.exercises, id)?.placements;
    exercise.placements = choose(mine, other, base, base && own(base.exercises, id)?.placements) ?? {};
  }

  const names = [...new Set([...Object.keys(current.settings), ...Object.keys(incoming.settings)])].sort();
  const pick = (side: Settings, name: string) => own(side as Record<string, unknown>, name);
  const settings: Settings = Object.fromEntries(
    names
      .map((name) => [name, choose(pick(current.settings, name), pick(incoming.settings, name), base, base && pick(base.settings, name))])
      .filter(([, value]) => value !== undefined),
  );

  // The later place; at the same time, a fixed choice.
  const lastPlace = places.sort((a, b) => (a.at === b.at ? (text(a) < text(b) ? 1 : -1) : a.at < b.at ? 1 : -1))[0] ?? null;
  const clearedAt = base && theirs > ours ? theirs : current.clearedAt;
  return {
    ...current,
    lessons: sorted(lessons),
    checks: sorted(checks),
    exercises: sorted(exercises),
    lastPlace,
    settings,
    ...(clearedAt ? { clearedAt } : {}),
  };
}
