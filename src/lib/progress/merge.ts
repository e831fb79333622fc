// Combining two copies of the learner's progress without losing a fact: a save merged with what another tab wrote
// since this tab last read, the copy carried in the tab while storage was unusable, a page restored from the
// back/forward cache, an imported file merged in. Facts (openings, ends, attempts, review answers) only ever accumulate, so the
// union of both copies is the answer; the result is the same whichever copy is `current`, so two tabs that merge
// each other's saves end with the same value.
import { MAX_ATTEMPTS, MAX_REVIEW_ANSWERS } from './limits';
import { own, type CheckAttempt, type ExerciseProgress, type LastPlace, type LessonProgress, type Progress } from './model';

const text = (value: unknown) => JSON.stringify(value) ?? '';

/** A record built from entries in one fixed order of ids, so that two tabs merging the same facts write the same text. */
function sorted<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Every attempt of both lists once, oldest first, the latest `limit` kept. An attempt's text starts with its time
 * (the codec and the verbs write `at` first), so text order is time order, with ties in the same order in every tab.
 * A review answer is the same answer whatever its feeling (`felt`, which the learner may give or change after
 * answering): the copy from the later list is kept, the latest saved between tabs.
 */
function union<T>(a: readonly T[], b: readonly T[], limit: number): T[] {
  return Object.values(sorted([...a, ...b].map((item) => [text({ ...item, felt: undefined }), item]))).slice(-limit);
}

/**
 * Lists of timed facts kept by id (attempts at each check; any other record of that kind), from each side with the
 * time before which its facts are dropped: every fact once, in time order, the latest `limit` of each id.
 */
export function mergeTimedRecords<T extends { at: string }>(sides: readonly (readonly [Record<string, T[]>, string])[], limit: number): Record<string, T[]> {
  const merged: Record<string, T[]> = Object.create(null);
  for (const [record, cut] of sides) {
    for (const [id, list] of Object.entries(record)) merged[id] = union(merged[id] ?? [], list.filter((item) => item.at > cut), limit);
  }
  return sorted(Object.entries(merged).filter(([, list]) => list.length));
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  return !a || (b && b < a) ? b : a;
}

/**
 * Combines `current` (this tab's) and `incoming` without losing a fact from either: the earliest opening and end of
 * each lesson, every attempt once in time order (the latest `limit` of each check and exercise), the later last
 * place. Between `tabs` (`incoming` is what another tab, or a later page of this tab, saved since), a copy older than
 * the other's reset or replace (`clearedAt`) only adds what it recorded after it, and the choices (settings, boards
 * in progress) are `incoming`'s, the latest saved. Otherwise (a file merged in) nothing is removed, this browser's
 * choices win and the file only fills gaps.
 */
export function mergeProgress(current: Progress, incoming: Progress, tabs = false, limit = MAX_ATTEMPTS): Progress {
  const ours = current.clearedAt ?? '';
  const theirs = incoming.clearedAt ?? '';
  const [mine, other] = tabs ? [incoming, current] : [current, incoming];
  // Null-prototype records: an id such as `__proto__` is stored as data, never changing what the record is.
  const lessons: Record<string, LessonProgress> = Object.create(null);
  const exercises: Record<string, ExerciseProgress> = Object.create(null);
  const places: LastPlace[] = [];
  // Each side with the time before which its facts are dropped ('' keeps everything).
  const sides = [
    [current, tabs && theirs > ours ? theirs : ''],
    [incoming, tabs && ours > theirs ? ours : ''],
  ] as const;
  for (const [side, cut] of sides) {
    const kept = (at: string | undefined) => at !== undefined && at > cut;
    for (const [id, { openedAt, endedAt }] of Object.entries(side.lessons)) {
      const ended = kept(endedAt) ? endedAt : undefined;
      const opened = kept(openedAt) ? openedAt : ended;
      const known = lessons[id];
      if (opened) lessons[id] = { openedAt: earliest(known?.openedAt, opened)!, endedAt: earliest(known?.endedAt, ended) };
    }
    for (const [id, exercise] of Object.entries(side.exercises)) {
      const attempts = exercise.attempts.filter((attempt) => kept(attempt.at));
      // A board saved before the other side's reset is not carried over on its own.
      if (!cut || attempts.length || exercises[id]) {
        const placements = (own(mine.exercises, id) ?? own(other.exercises, id))!.placements;
        // An empty board is a gap that the other side's board fills.
        const board = Object.keys(placements).length || tabs ? placements : (own(other.exercises, id)?.placements ?? placements);
        exercises[id] = { attempts: union(exercises[id]?.attempts ?? [], attempts, limit), placements: board };
      }
    }
    if (side.lastPlace && kept(side.lastPlace.at)) places.push(side.lastPlace);
  }
  const clearedAt = tabs && theirs > ours ? theirs : current.clearedAt;
  // One kind of timed record (attempts at checks, review answers) from both sides, the latest `max` of each id.
  const timed = <T extends { at: string }>(pick: (side: Progress) => Record<string, T[]>, max: number) =>
    mergeTimedRecords(sides.map(([side, cut]) => [pick(side), cut] as const), max);
  return {
    ...current,
    // JSON leaves out an `endedAt` that is undefined; an empty list of attempts is no fact.
    lessons: sorted(Object.entries(lessons)),
    checks: timed<CheckAttempt>((side) => side.checks, limit),
    exercises: sorted(Object.entries(exercises)),
    // The later place; at the same time, the same choice in every tab.
    lastPlace: places.sort((a, b) => (b.at + text(b) > a.at + text(a) ? 1 : -1))[0] ?? null,
    settings: tabs ? incoming.settings : { ...incoming.settings, ...current.settings },
    reviews: {
      checks: timed((side) => side.reviews.checks, MAX_REVIEW_ANSWERS),
      exercises: timed((side) => side.reviews.exercises, MAX_REVIEW_ANSWERS),
    },
    ...(clearedAt ? { clearedAt } : {}),
  };
}
