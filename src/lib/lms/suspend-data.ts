// Resume data kept by the LMS (SCORM suspend_data, the cmi5 state document). SCORM 1.2 allows only 4,096 characters,
// so progress is written compactly: short keys, times as base-36 seconds after the first one, and answer maps as
// `question!option~option|question!option` text (ids never contain ! ~ |) in which every id (lesson, check, question,
// option, exercise, card, zone, section) is the base-36 index of its entry in one dictionary (`d`), since the same ids
// repeat in every attempt (the matrix challenge alone has 40 cells).
// When that is still too long, parts are left out in a fixed order (TRIM_ORDER), never those that decide what the LMS
// shows or whether a lesson is complete. Decoding expands the compact form and runs it through the progress codec, so
// it is validated and migrated like anything read from localStorage. Format `srm1` (before trimming was ordered) is
// still read.
// Review answers (the Review page's log, from which the review deck is derived) are written when the caller asks
// (`reviews`, the default): SCORM 2004 and cmi5 keep them, while SCORM 1.2's 4,096 characters are left to what the
// LMS reports on. When space runs short they go first, the oldest of each question or card first.
import { decodeProgress } from '../progress/codec';
import { PROGRESS_VERSION, type CheckAttempt, type ExerciseAttempt, type Progress, type Reviews } from '../progress/model';
import { samePlacements } from '../sort/grading';

/** SCORM 1.2's limit for cmi.suspend_data. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/**
 * What the course aims to write under SCORM 1.2: 596 characters below the limit, so that data a later version adds
 * does not break the LMS copy of a heavy learner. The worst case this course can produce is tested against it.
 */
export const SCORM12_SUSPEND_TARGET = 3500;

/** SCORM 2004 (3rd and 4th editions)'s limit for cmi.suspend_data: its smallest permitted maximum (SPM). */
export const SCORM2004_SUSPEND_LIMIT = 64_000;

/** Marks our format so that a value written by another course (or a future format) is recognised as not readable. */
const FORMAT = 'srm2';
const FORMAT_V1 = 'srm1';

/**
 * The parts of Progress written in compact form. Any other field of Progress (one a later version adds, such as a
 * review deck) is carried verbatim when there is no limit, and is the first thing left in the browser when there is.
 */
const COMPACT_FIELDS: readonly string[] = ['version', 'lessons', 'checks', 'exercises', 'lastPlace', 'settings', 'reviews'];

/** Fields about this browser alone, never written to the LMS: `clearedAt` orders this browser's tabs (merge.ts). */
const LOCAL_FIELDS: readonly string[] = ['clearedAt'];

/**
 * What is left out of the LMS copy when it does not fit, in this order (each step keeps the ones before it):
 * 1. older review answers: only the last 10, then 5, then 1 of each question and card are kept;
 * 2. the remaining review answers, and fields of progress the LMS copy does not need (see COMPACT_FIELDS): they stay
 *    in this browser only;
 * 3. exercise boards moved since their last Check (the last checked board comes back instead);
 * 4. attempts that are neither the first nor the last that counts of their check or exercise, and attempts that
 *    do not count as tried;
 * 5. first attempts (the last one stays);
 * 6. the answers and placements of each check's and exercise's last attempt, which then still counts as tried but
 *    has no score;
 * 7. the learner's name for the completion record.
 * Never left out: which lessons were opened and read to the end, one attempt of every check and exercise tried, the
 * final assessment's first passing attempt and its best one, the bookmark and instructor mode.
 */
export const TRIM_ORDER = [
  'older review answers',
  'browser-only fields',
  'unchecked exercise boards',
  'other attempts',
  'first attempts',
  'details of last attempts',
  'learner name',
] as const;

/**
 * How much an attempt matters when room runs out: `decisive` ones (the assessment's first pass and best attempt,
 * which decide what the LMS shows) are never left out; `untried` ones do not count as tried (a Check with nothing
 * placed, a check attempt that skips a question) and go early.
 */
export type AttemptWeight = 'decisive' | 'other' | 'untried';

/** Weighs attempt number `index` of a check or exercise. */
export type WeighAttempt = (kind: 'check' | 'exercise', id: string, index: number) => AttemptWeight;

/** Options of encodeSuspendData. */
export interface EncodeOptions {
  /** Longest text to write (characters); unlimited by default (SCORM 2004, cmi5). */
  limit?: number;
  /** Weighs attempts; by default every attempt is tried and none is decisive. */
  weigh?: WeighAttempt;
  /** Writes the Review page's answers too (the default; SCORM 1.2 leaves them in the browser). */
  reviews?: boolean;
}

/** How many of each question's or card's latest review answers the sub-steps of 'older review answers' keep. */
const REVIEWS_PER_ITEM = [10, 5, 1] as const;

/** A compact attempt: its time and answers or placements, or its time alone when those were trimmed. */
type CompactAttempt = [time: string, details: string] | [time: string];

interface Compact {
  f: typeof FORMAT;
  v: number;
  t: number;
  d: string[];
  l: Record<string, string>;
  c: Record<string, CompactAttempt[]>;
  /** Attempts, and the board: a map, `=` when it is the last attempt's placements, or '' when empty. */
  x: Record<string, [CompactAttempt[], string]>;
  p: [string, string, string] | 0;
  s: { n?: string; i?: 1 };
  /**
   * Review answers per check (`c`) or exercise (`x`), as `time.answer` or `time.answer.feeling`, joined by `;` (ids
   * are dictionary indexes, which never contain `.` or `;`). Absent: none written.
   */
  r?: { c?: Record<string, string>; x?: Record<string, string> };
  /** Other fields of progress, verbatim. */
  e?: Record<string, unknown>;
  /** Other fields of progress that were left in the browser. */
  o?: string[];
}

type Ref = (id: string) => string;

const toMap = (entries: Readonly<Record<string, readonly string[] | string>>, ref: Ref): string =>
  Object.entries(entries)
    .map(([key, value]) => `${ref(key)}!${(Array.isArray(value) ? value : [value]).map(ref).join('~')}`)
    .join('|');

function fromMap(text: unknown, deref: (index: string) => string): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  if (typeof text !== 'string' || !text) return map;
  for (const pair of text.split('|')) {
    const [key, values = ''] = pair.split('!');
    if (key) map[deref(key)] = values ? values.split('~').map(deref) : [];
  }
  return map;
}

function firstTime(progress: Progress, withReviews: boolean): number {
  const reviewLists = withReviews ? [...Object.values(progress.reviews.checks), ...Object.values(progress.reviews.exercises)] : [];
  const times = [
    ...Object.values(progress.lessons).map((lesson) => lesson.openedAt),
    ...Object.values(progress.checks).flatMap((attempts) => attempts.map((attempt) => attempt.at)),
    ...Object.values(progress.exercises).flatMap((exercise) => exercise.attempts.map((attempt) => attempt.at)),
    ...reviewLists.flatMap((reviews) => reviews.map((review) => review.at)),
    progress.lastPlace?.at,
  ]
    .map((time) => (time ? Math.floor(Date.parse(time) / 1000) : NaN))
    .filter(Number.isFinite);
  return times.length ? Math.min(...times) : 0;
}

/** Whether a step of TRIM_ORDER has been taken. */
type Applied = (step: TrimStep) => boolean;

/** Which steps of TRIM_ORDER are taken once the first `steps` of them are. */
const appliedIn = (steps: number): Applied => (step) => steps > TRIM_ORDER.indexOf(step);

/** The attempts of one check or exercise that survive the trim steps `applied`, each marked when its details go. */
function pick<T extends { trimmed?: true }>(
  list: readonly T[],
  weightOf: (index: number) => AttemptWeight,
  applied: Applied,
): { attempt: T; trim: boolean }[] {
  const weights = list.map((_, index) => weightOf(index));
  const tried = weights.flatMap((weight, index) => (weight === 'untried' ? [] : [index]));
  const first = tried[0];
  const last = tried.at(-1);
  const hasDecisive = weights.includes('decisive');
  return list.flatMap((attempt, index): { attempt: T; trim: boolean }[] => {
    const weight = weights[index];
    if (!applied('other attempts') || weight === 'decisive') return [{ attempt, trim: false }];
    if (weight === 'untried') return [];
    if (index === last) {
      if (!applied('details of last attempts')) return [{ attempt, trim: false }];
      // Only a lesson activity needs its last attempt, to count as tried; the assessment keeps its decisive ones.
      return hasDecisive ? [] : [{ attempt, trim: true }];
    }
    return index === first && !applied('first attempts') ? [{ attempt, trim: false }] : [];
  });
}

/** The last `perItem` reviews of each question or card in a list, in their order (each review is about one item). */
function lastReviews<T>(reviews: readonly T[], itemOf: (review: T) => string, perItem: number): T[] {
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

function compact(progress: Progress, base: number, weigh: WeighAttempt, steps: number, reviewsPerItem: number): Compact {
  const applied = appliedIn(steps);
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
  const attemptOf = (at: string, details: string, trim: boolean, trimmed: boolean | undefined): CompactAttempt =>
    trim || trimmed ? [time(at)] : [time(at), details];

  const lessons: Compact['l'] = {};
  for (const [id, lesson] of Object.entries(progress.lessons)) {
    lessons[ref(id)] = lesson.endedAt ? `${time(lesson.openedAt)},${time(lesson.endedAt)}` : time(lesson.openedAt);
  }
  const checks: Compact['c'] = {};
  for (const [id, attempts] of Object.entries(progress.checks)) {
    checks[ref(id)] = pick(attempts, (index) => weigh('check', id, index), applied).map(({ attempt, trim }) =>
      attemptOf(attempt.at, trim || attempt.trimmed ? '' : toMap(attempt.answers, ref), trim, attempt.trimmed),
    );
  }
  const exercises: Compact['x'] = {};
  for (const [id, exercise] of Object.entries(progress.exercises)) {
    const kept = pick(exercise.attempts, (index) => weigh('exercise', id, index), applied);
    const attempts = kept.map(({ attempt, trim }) =>
      attemptOf(attempt.at, trim || attempt.trimmed ? '' : toMap(attempt.placements, ref), trim, attempt.trimmed),
    );
    // `=`: the board is the last attempt's, written once. Left out, the board comes back as the last checked one.
    // (Compared without `ref`, which would put ids that are not written into the dictionary.)
    const last = exercise.attempts.at(-1);
    const lastKept = last !== undefined && !last.trimmed && kept.at(-1)?.attempt === last && !kept.at(-1)?.trim;
    const sameAsLast = lastKept && samePlacements(exercise.placements, last.placements);
    const boardless = applied('unchecked exercise boards');
    exercises[ref(id)] = [attempts, sameAsLast || (boardless && lastKept) ? '=' : boardless ? '' : toMap(exercise.placements, ref)];
  }
  let reviews: Compact['r'];
  // Review answers written in part (the older ones left out) are named in `o` like any field left in the browser.
  let reviewsLeftOut = false;
  if (reviewsPerItem > 0) {
    const rows = <T extends { at: string; felt?: string }>(lists: Record<string, T[]>, entries: (review: T) => Record<string, readonly string[] | string>) => {
      const written = Object.entries(lists).filter(([, all]) => all.length);
      if (!written.length) return undefined;
      return Object.fromEntries(
        written.map(([id, all]) => [
          ref(id),
          lastReviews(all, (review) => Object.keys(entries(review)).join(), reviewsPerItem)
            .map((review) => [time(review.at), toMap(entries(review), ref), ...(review.felt ? [ref(review.felt)] : [])].join('.'))
            .join(';'),
        ]),
      );
    };
    const c = rows(progress.reviews.checks, (review) => review.answers);
    const x = rows(progress.reviews.exercises, (review) => review.placements);
    if (c || x) reviews = { ...(c ? { c } : {}), ...(x ? { x } : {}) };
    reviewsLeftOut = reviewsPerItem !== Infinity && reviews !== undefined;
  }
  const place = progress.lastPlace;
  const settings: Compact['s'] = {};
  if (progress.settings.learnerName && !applied('learner name')) settings.n = progress.settings.learnerName;
  if (progress.settings.instructorMode) settings.i = 1;
  const result: Compact = {
    f: FORMAT,
    v: progress.version,
    t: base,
    d: dictionary,
    l: lessons,
    c: checks,
    x: exercises,
    p: place ? [ref(place.lessonId), place.sectionId ? ref(place.sectionId) : '', time(place.at)] : 0,
    s: settings,
    ...(reviews ? { r: reviews } : {}),
  };
  const others = Object.keys(progress).filter((field) => !COMPACT_FIELDS.includes(field) && !LOCAL_FIELDS.includes(field));
  if (others.length && !applied('browser-only fields')) {
    result.e = Object.fromEntries(others.map((field) => [field, (progress as unknown as Record<string, unknown>)[field]]));
  } else if (others.length) {
    result.o = others;
  }
  if (reviewsLeftOut) result.o = [...(result.o ?? []), 'reviews'];
  return result;
}

/** One step of TRIM_ORDER. */
export type TrimStep = (typeof TRIM_ORDER)[number];

/** Resume data ready for the LMS, and the steps of TRIM_ORDER that were needed to make it fit. */
export interface EncodedSuspendData {
  text: string;
  trimmed: readonly TrimStep[];
}

/**
 * Encodes progress for the LMS in at most `limit` characters: everything if it fits, else with the steps of
 * TRIM_ORDER applied one by one until it does. Returns null when even the last step does not fit.
 */
export function encodeSuspendData(
  progress: Progress,
  { limit = Infinity, weigh = () => 'other', reviews = true }: EncodeOptions = {},
): EncodedSuspendData | null {
  const base = firstTime(progress, reviews);
  for (let steps = 0; steps <= TRIM_ORDER.length; steps += 1) {
    // Without review answers to write, the first step has nothing to leave out.
    if (steps === 1 && !reviews) continue;
    const perItem = !reviews || appliedIn(steps)('browser-only fields') ? [0] : steps === 1 ? REVIEWS_PER_ITEM : [Infinity];
    for (const reviewsPerItem of perItem) {
      const text = JSON.stringify(compact(progress, base, weigh, steps, reviewsPerItem));
      if (text.length <= limit) return { text, trimmed: TRIM_ORDER.slice(reviews ? 0 : 1, steps) };
    }
  }
  return null;
}


/** What the LMS's resume data held: nothing (a new attempt), readable progress, or something this course cannot read. */
export type DecodedSuspendData =
  | { status: 'empty' }
  /** `leftInBrowser`: fields of progress that were not written to the LMS for lack of room. */
  /** Review answers not written whole (none written: SCORM 1.2, or left out for lack of room) count as left there. */
  | { status: 'ok'; progress: Progress; leftInBrowser: string[] }
  | { status: 'unreadable' };

/** Decodes resume data into validated Progress; never throws. */
export function decodeSuspendData(text: string | null | undefined): DecodedSuspendData {
  if (!text) return { status: 'empty' };
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { status: 'unreadable' };
  }
  if (typeof value !== 'object' || value === null || typeof value.t !== 'number' || (value.f !== FORMAT && value.f !== FORMAT_V1)) {
    return { status: 'unreadable' };
  }
  try {
    const expanded = value.f === FORMAT ? expand(value as unknown as Compact) : expandV1(value as unknown as CompactV1);
    const result = decodeProgress(JSON.stringify(expanded));
    if (result.status !== 'ok') return { status: 'unreadable' };
    const leftInBrowser = value.f === FORMAT && Array.isArray(value.o) ? value.o.filter((field): field is string => typeof field === 'string') : [];
    // No `r` in a value of version 2 or later: the review answers, if any, are all in the browser.
    if (value.f === FORMAT && !value.r && Number(value.v) >= 2 && !leftInBrowser.includes('reviews')) leftInBrowser.push('reviews');
    return { status: 'ok', progress: result.progress, leftInBrowser };
  } catch {
    return { status: 'unreadable' };
  }
}

function reader(value: { t: number; d?: unknown }) {
  const base = value.t;
  const dictionary = Array.isArray(value.d) ? value.d.map(String) : [];
  const deref = (index: string) => {
    const id = dictionary[parseInt(index, 36)];
    if (id === undefined) throw new Error('unknown id');
    return id;
  };
  const iso = (offset: unknown) =>
    typeof offset === 'string' && offset !== '' ? new Date((base + parseInt(offset, 36)) * 1000).toISOString() : undefined;
  return { deref, iso };
}

function expand(value: Compact): Record<string, unknown> {
  const { deref, iso } = reader(value);
  const lessons = Object.fromEntries(
    Object.entries(value.l ?? {}).map(([id, times]) => {
      const [opened, ended] = String(times).split(',');
      const endedAt = iso(ended);
      return [deref(id), endedAt ? { openedAt: iso(opened), endedAt } : { openedAt: iso(opened) }];
    }),
  );
  const checks = Object.fromEntries(
    Object.entries(value.c ?? {}).map(([id, attempts]) => [
      deref(id),
      attempts.map((attempt): Partial<CheckAttempt> =>
        attempt.length === 1 ? { at: iso(attempt[0]), answers: {}, trimmed: true } : { at: iso(attempt[0]), answers: fromMap(attempt[1], deref) },
      ),
    ]),
  );
  const exercises = Object.fromEntries(
    Object.entries(value.x ?? {}).map(([id, [compactAttempts, board]]) => {
      const attempts = compactAttempts.map((attempt): Partial<ExerciseAttempt> =>
        attempt.length === 1
          ? { at: iso(attempt[0]), placements: {}, trimmed: true }
          : { at: iso(attempt[0]), placements: single(fromMap(attempt[1], deref)) },
      );
      const last = attempts.at(-1);
      const placements = board === '=' ? { ...(last?.placements ?? {}) } : single(fromMap(board, deref));
      return [deref(id), { attempts, placements }];
    }),
  );
  const [lessonRef, sectionRef, at] = value.p || [];
  const version = value.v ?? PROGRESS_VERSION;
  return {
    ...(value.e ?? {}),
    // Version 1 had no reviews (its migration adds them); later versions carry them in `r`, when written.
    ...(version >= 2 ? { reviews: expandReviews(value.r, deref, iso) } : {}),
    version,
    lessons,
    checks,
    exercises,
    lastPlace: lessonRef ? { lessonId: deref(lessonRef), ...(sectionRef ? { sectionId: deref(sectionRef) } : {}), at: iso(at) } : null,
    settings: { ...(value.s?.n ? { learnerName: value.s.n } : {}), ...(value.s?.i ? { instructorMode: true } : {}) },
  };
}

/** Format `srm1`, written by earlier packages: ids as keys, the dictionary for answers and placements only. */
interface CompactV1 {
  v?: number;
  d?: string[];
  t: number;
  l?: Record<string, string>;
  c?: Record<string, [string, string][]>;
  x?: Record<string, [[string, string][], string]>;
  p?: [string, string, string] | 0;
  s?: { n?: string; i?: 1 };
}

function expandV1(value: CompactV1): Record<string, unknown> {
  const { deref, iso } = reader(value);
  const lessons = Object.fromEntries(
    Object.entries(value.l ?? {}).map(([id, times]) => {
      const [opened, ended] = String(times).split(',');
      const endedAt = iso(ended);
      return [id, endedAt ? { openedAt: iso(opened), endedAt } : { openedAt: iso(opened) }];
    }),
  );
  const checks = Object.fromEntries(
    Object.entries(value.c ?? {}).map(([id, attempts]) => [id, attempts.map(([at, answers]) => ({ at: iso(at), answers: fromMap(answers, deref) }))]),
  );
  const exercises = Object.fromEntries(
    Object.entries(value.x ?? {}).map(([id, [attempts, board]]) => [
      id,
      {
        attempts: attempts.map(([at, placements]) => {
          const map = single(fromMap(placements, deref));
          // srm1 wrote an attempt with no placements when it left them out for lack of room (and for a Check with
          // nothing placed, which counted as tried then): it keeps counting as tried.
          return Object.keys(map).length ? { at: iso(at), placements: map } : { at: iso(at), placements: map, trimmed: true };
        }),
        placements: single(fromMap(board, deref)),
      },
    ]),
  );
  const [lessonId, sectionId, at] = value.p || [];
  return {
    version: value.v ?? PROGRESS_VERSION,
    lessons,
    checks,
    exercises,
    lastPlace: lessonId ? { lessonId, ...(sectionId ? { sectionId } : {}), at: iso(at) } : null,
    settings: { ...(value.s?.n ? { learnerName: value.s.n } : {}), ...(value.s?.i ? { instructorMode: true } : {}) },
  };
}

function single(map: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([key, [value = '']]) => [key, value]));
}

// Not yet checked: a time that is missing is caught by the shape check the expanded value goes through.
function expandReviews(rows: Compact['r'], deref: (index: string) => string, iso: (offset: unknown) => string | undefined): Record<keyof Reviews, unknown> {
  const expand = <T>(byId: Record<string, string> | undefined, answer: (map: Record<string, string[]>) => T) =>
    Object.fromEntries(
      Object.entries(byId ?? {}).map(([id, text]) => [
        deref(id),
        String(text)
          .split(';')
          .filter(Boolean)
          .map((row) => {
            const [at, map, felt] = row.split('.');
            return { at: iso(at), ...answer(fromMap(map, deref)), ...(felt ? { felt: deref(felt) } : {}) };
          }),
      ]),
    );
  return {
    checks: expand(rows?.c, (answers) => ({ answers })),
    exercises: expand(rows?.x, (map) => ({ placements: single(map) })),
  };
}
