// Resume data kept by the LMS (SCORM suspend_data, the cmi5 state document). SCORM 1.2 allows only 4,096
// characters, so progress is written compactly: short keys, times as base-36 seconds after the first one, and answer
// maps as `question!option~option|question!option` text (ids never contain ! ~ |) in which every question, option,
// card and zone id is the base-36 index of its entry in one dictionary (`d`), since the same ids repeat in every
// attempt (the matrix challenge alone has 40 cells). When even that is too long, old
// middle attempts are left out, never the ones the caller must keep (the final assessment's passing attempt).
// Decoding expands the compact form and runs it through the progress codec, so it is validated and migrated like
// anything read from localStorage.
// Review answers (the Review page's log, from which the review deck is derived) are written only when the caller asks
// (`reviews`): SCORM 2004 and cmi5 keep them, SCORM 1.2's 4,096 characters are left to what the LMS reports on. When
// space runs short they go first, oldest first, before any attempt is trimmed.
import { decodeProgress } from '../progress/codec';
import { EMPTY_PROGRESS, PROGRESS_VERSION, type Progress, type Reviews } from '../progress/model';

/** SCORM 1.2's limit for cmi.suspend_data. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/** SCORM 2004 (3rd and 4th editions)'s limit for cmi.suspend_data: its smallest permitted maximum (SPM). */
export const SCORM2004_SUSPEND_LIMIT = 64_000;

/** Marks our format so that a value written by another course (or a future format) is recognised and ignored. */
const FORMAT = 'srm1';

/** Says which attempts must survive trimming; by default only the first and the last of each list. */
export type KeepAttempt = (kind: 'check' | 'exercise', id: string, index: number) => boolean;

interface Compact {
  f: typeof FORMAT;
  v: number;
  d: string[];
  t: number;
  l: Record<string, string>;
  c: Record<string, [string, string][]>;
  x: Record<string, [[string, string][], string]>;
  p: [string, string, string] | 0;
  s: { n?: string; i?: 1 };
  /**
   * Review answers per check (`c`) or exercise (`x`), as `time.answer` or `time.answer.feeling`, joined by `;` (ids
   * are dictionary indexes, which never contain `.` or `;`): a third shorter than JSON lists. Absent: none kept.
   */
  r?: { c: Record<string, string>; x: Record<string, string> };
}

type Ref = (id: string) => string;

const toMap = (entries: Record<string, readonly string[] | string>, ref: Ref): string =>
  Object.entries(entries)
    .map(([key, value]) => `${ref(key)}!${(Array.isArray(value) ? value : [value]).map(ref).join('~')}`)
    .join('|');

/** The id at a base-36 index of the dictionary; throws for an index it does not have (the value is then refused). */
function idAt(dictionary: readonly string[], index: string): string {
  const id = dictionary[parseInt(index, 36)];
  if (id === undefined) throw new Error('unknown id');
  return id;
}

function fromMap(text: unknown, dictionary: readonly string[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  if (typeof text !== 'string' || !text) return map;
  const deref = (index: string) => idAt(dictionary, index);
  for (const pair of text.split('|')) {
    const [key, values = ''] = pair.split('!');
    if (key) map[deref(key)] = values ? values.split('~').map(deref) : [];
  }
  return map;
}

function firstTime(progress: Progress): number {
  const times = [
    ...Object.values(progress.lessons).map((lesson) => lesson.openedAt),
    ...Object.values(progress.checks).flatMap((attempts) => attempts.map((attempt) => attempt.at)),
    ...Object.values(progress.exercises).flatMap((exercise) => exercise.attempts.map((attempt) => attempt.at)),
    ...[...Object.values(progress.reviews.checks), ...Object.values(progress.reviews.exercises)].flatMap((reviews) => reviews.map((review) => review.at)),
    progress.lastPlace?.at,
  ]
    .map((time) => (time ? Math.floor(Date.parse(time) / 1000) : NaN))
    .filter(Number.isFinite);
  return times.length ? Math.min(...times) : 0;
}

/**
 * Stage 0 keeps every attempt, stage 1 the first, last and kept ones, stage 2 the last and kept ones, stage 3 the
 * kept ones and `slim` of the last (no more than the activity needs to still count as attempted).
 */
function pick<T extends { at: string }>(list: readonly T[], keep: (index: number) => boolean, stage: number, slim: (last: T) => T): T[] {
  return list.flatMap((attempt, index) => {
    if (stage === 0 || keep(index) || (index === 0 && stage === 1)) return [attempt];
    if (index !== list.length - 1) return [];
    return [stage === 3 ? slim(attempt) : attempt];
  });
}

/** The last `perItem` reviews of each question or card in a list, in their order (each review is about one item). */
function lastReviews<T extends { at: string }>(reviews: readonly T[], itemOf: (review: T) => string, perItem: number): T[] {
  const counts = new Map<string, number>();
  const keep = reviews.map(() => false);
  for (let index = reviews.length - 1; index >= 0; index -= 1) {
    const item = itemOf(reviews[index]!);
    const count = counts.get(item) ?? 0;
    keep[index] = count < perItem;
    counts.set(item, count + 1);
  }
  return reviews.filter((_, index) => keep[index]);
}

function compact(progress: Progress, base: number, keep: KeepAttempt, stage: number, reviewsPerItem: number): Compact {
  const time = (iso: string | undefined) => (iso ? Math.max(0, Math.floor(Date.parse(iso) / 1000) - base).toString(36) : '');
  const dictionary: string[] = [];
  const indexes = new Map<string, string>();
  const ref: Ref = (id) => {
    let index = indexes.get(id);
    if (index === undefined) {
      index = dictionary.length.toString(36);
      indexes.set(id, index);
      dictionary.push(id);
    }
    return index;
  };
  const lessons: Compact['l'] = {};
  for (const [id, lesson] of Object.entries(progress.lessons)) {
    lessons[id] = lesson.endedAt ? `${time(lesson.openedAt)},${time(lesson.endedAt)}` : time(lesson.openedAt);
  }
  const checks: Compact['c'] = {};
  for (const [id, attempts] of Object.entries(progress.checks)) {
    // A check's last attempt keeps its answers: an attempt counts as tried only when it answers every question.
    checks[id] = pick(attempts, (index) => keep('check', id, index), stage, (last) => last).map((attempt) => [time(attempt.at), toMap(attempt.answers, ref)]);
  }
  const exercises: Compact['x'] = {};
  for (const [id, exercise] of Object.entries(progress.exercises)) {
    const attempts = pick(exercise.attempts, (index) => keep('exercise', id, index), stage, (last) => ({ at: last.at, placements: {} }));
    exercises[id] = [attempts.map((attempt) => [time(attempt.at), toMap(attempt.placements, ref)]), stage >= 2 ? '' : toMap(exercise.placements, ref)];
  }
  let reviews: Compact['r'];
  if (reviewsPerItem > 0) {
    const rows = <T extends { at: string; felt?: string }>(list: Record<string, T[]>, entries: (review: T) => Record<string, readonly string[] | string>) =>
      Object.fromEntries(
        Object.entries(list).map(([id, all]) => [
          id,
          lastReviews(all, (review) => Object.keys(entries(review)).join(), reviewsPerItem)
            .map((review) => [time(review.at), toMap(entries(review), ref), ...(review.felt ? [ref(review.felt)] : [])].join('.'))
            .join(';'),
        ]),
      );
    reviews = { c: rows(progress.reviews.checks, (review) => review.answers), x: rows(progress.reviews.exercises, (review) => review.placements) };
  }
  const place = progress.lastPlace;
  const settings: Compact['s'] = {};
  if (progress.settings.learnerName && stage < 2) settings.n = progress.settings.learnerName;
  if (progress.settings.instructorMode) settings.i = 1;
  return {
    f: FORMAT,
    v: progress.version,
    d: dictionary,
    t: base,
    l: lessons,
    c: checks,
    x: exercises,
    p: place ? [place.lessonId, place.sectionId ?? '', time(place.at)] : 0,
    s: settings,
    ...(reviews ? { r: reviews } : {}),
  };
}

/** What resume data may hold besides attempts; SCORM 1.2 leaves review answers in the browser. */
export interface SuspendOptions {
  /** Write the Review page's answers too (SCORM 2004, cmi5). */
  reviews: boolean;
}

/**
 * Encodes progress for the LMS in at most `limit` characters: everything if it fits; else, with `reviews`, fewer
 * review answers (the last ten of each item, then five, then one, then none); else the first, last and kept attempts
 * of each check and exercise, else only the last and kept ones, without boards in progress or the learner name,
 * else the kept ones and the mere fact of the last attempt. Returns null when even that does not fit.
 */
export function encodeSuspendData(
  progress: Progress,
  limit = Infinity,
  keep: KeepAttempt = () => false,
  options: SuspendOptions = { reviews: true },
): string | null {
  const base = firstTime(progress);
  const reviewSteps = options.reviews ? [Infinity, 10, 5, 1] : [];
  const steps: [stage: number, reviewsPerItem: number][] = [...reviewSteps.map((perItem): [number, number] => [0, perItem]), [0, 0], [1, 0], [2, 0], [3, 0]];
  for (const [stage, reviewsPerItem] of steps) {
    const text = JSON.stringify(compact(progress, base, keep, stage, reviewsPerItem));
    if (text.length <= limit) return text;
  }
  return null;
}

/** Decodes resume data into validated Progress; null when it is empty or not ours (the caller then starts fresh). */
export function decodeSuspendData(text: string | null | undefined): Progress | null {
  if (!text) return null;
  let value: Partial<Compact>;
  try {
    value = JSON.parse(text) as Partial<Compact>;
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || value.f !== FORMAT || typeof value.t !== 'number') return null;
  const base = value.t;
  const dictionary = Array.isArray(value.d) ? value.d.map(String) : [];
  const iso = (offset: unknown) =>
    typeof offset === 'string' && offset !== '' ? new Date((base + parseInt(offset, 36)) * 1000).toISOString() : undefined;
  try {
    const lessons = Object.fromEntries(
      Object.entries(value.l ?? {}).map(([id, times]) => {
        const [opened, ended] = String(times).split(',');
        const endedAt = iso(ended);
        return [id, endedAt ? { openedAt: iso(opened), endedAt } : { openedAt: iso(opened) }];
      }),
    );
    const checks = Object.fromEntries(
      Object.entries(value.c ?? {}).map(([id, attempts]) => [id, attempts.map(([at, answers]) => ({ at: iso(at), answers: fromMap(answers, dictionary) }))]),
    );
    const exercises = Object.fromEntries(
      Object.entries(value.x ?? {}).map(([id, [attempts, board]]) => [
        id,
        {
          attempts: attempts.map(([at, placements]) => ({ at: iso(at), placements: single(fromMap(placements, dictionary)) })),
          placements: single(fromMap(board, dictionary)),
        },
      ]),
    );
    const [lessonId, sectionId, at] = value.p || [];
    const expanded = {
      version: value.v ?? PROGRESS_VERSION,
      lessons,
      checks,
      exercises,
      lastPlace: lessonId ? { lessonId, ...(sectionId ? { sectionId } : {}), at: iso(at) } : null,
      settings: { ...(value.s?.n ? { learnerName: value.s.n } : {}), ...(value.s?.i ? { instructorMode: true } : {}) },
      // Version 1 had no reviews (its migration adds them); later versions carry them in `r` when the LMS keeps them.
      ...((value.v ?? PROGRESS_VERSION) >= 2 ? { reviews: expandReviews(value.r, iso, dictionary) } : {}),
    };
    const result = decodeProgress(JSON.stringify(expanded));
    return result.status === 'ok' ? result.progress : result.status === 'empty' ? EMPTY_PROGRESS : null;
  } catch {
    return null;
  }
}

function single(map: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([key, [value = '']]) => [key, value]));
}

function expandReviews(rows: Compact['r'], iso: (offset: unknown) => string | undefined, dictionary: readonly string[]): Reviews {
  const expand = <T>(byId: Record<string, string> | undefined, answer: (map: Record<string, string[]>) => T) =>
    Object.fromEntries(
      Object.entries(byId ?? {}).map(([id, text]) => [
        id,
        String(text)
          .split(';')
          .filter(Boolean)
          .map((row) => {
            const [at, map, felt] = row.split('.');
            return { at: iso(at)!, ...answer(fromMap(map, dictionary)), ...(felt ? { felt: idAt(dictionary, felt) } : {}) };
          }),
      ]),
    );
  return {
    checks: expand(rows?.c, (answers) => ({ answers })),
    exercises: expand(rows?.x, (map) => ({ placements: single(map) })),
  };
}
