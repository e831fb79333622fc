// Resume data kept by the LMS (SCORM suspend_data, the cmi5 state document). SCORM 1.2 allows only 4,096 characters,
// so progress is written compactly: short keys, times as base-36 seconds after the first one, and answer maps as
// `question!option~option|question!option` text (ids never contain ! ~ |) in which every id (lesson, check, question,
// option, exercise, card, zone, section) is the base-36 index of its entry in one dictionary (`d`), since the same ids
// repeat in every attempt (the matrix challenge alone has 40 cells).
// When that is still too long, parts are left out in a fixed order (TRIM_ORDER), never those that decide what the LMS
// shows or whether a lesson is complete. Decoding expands the compact form and runs it through the progress codec, so
// it is validated and migrated like anything read from localStorage. Format `srm1` (before trimming was ordered) is
// still read.
import { decodeProgress } from '../progress/codec';
import { PROGRESS_VERSION, type CheckAttempt, type ExerciseAttempt, type Progress } from '../progress/model';
import { samePlacements } from '../sort/grading';

/** SCORM 1.2's limit for cmi.suspend_data. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/**
 * What the course aims to write under SCORM 1.2: 596 characters below the limit, so that data a later version adds
 * does not break the LMS copy of a heavy learner. The worst case this course can produce is tested against it.
 */
export const SCORM12_SUSPEND_TARGET = 3500;

/** Marks our format so that a value written by another course (or a future format) is recognised as not readable. */
const FORMAT = 'srm2';
const FORMAT_V1 = 'srm1';

/**
 * The parts of Progress written in compact form. Any other field of Progress (one a later version adds, such as a
 * review deck) is carried verbatim when there is no limit, and is the first thing left in the browser when there is.
 */
const COMPACT_FIELDS: readonly string[] = ['version', 'lessons', 'checks', 'exercises', 'lastPlace', 'settings'];

/** Fields about this browser alone, never written to the LMS: `clearedAt` orders this browser's tabs (merge.ts). */
const LOCAL_FIELDS: readonly string[] = ['clearedAt'];

/**
 * What is left out of the LMS copy when it does not fit, in this order (each step keeps the ones before it):
 * 1. fields of progress the LMS copy does not need (see COMPACT_FIELDS): they stay in this browser only;
 * 2. exercise boards moved since their last Check (the last checked board comes back instead);
 * 3. attempts that are neither the first nor the last that counts of their check or exercise, and attempts that
 *    do not count as tried;
 * 4. first attempts (the last one stays);
 * 5. the answers and placements of each check's and exercise's last attempt, which then still counts as tried but
 *    has no score;
 * 6. the learner's name for the completion record.
 * Never left out: which lessons were opened and read to the end, one attempt of every check and exercise tried, the
 * final assessment's first passing attempt and its best one, the bookmark and instructor mode.
 */
export const TRIM_ORDER = [
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
}

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

function firstTime(progress: Progress): number {
  const times = [
    ...Object.values(progress.lessons).map((lesson) => lesson.openedAt),
    ...Object.values(progress.checks).flatMap((attempts) => attempts.map((attempt) => attempt.at)),
    ...Object.values(progress.exercises).flatMap((exercise) => exercise.attempts.map((attempt) => attempt.at)),
    progress.lastPlace?.at,
  ]
    .map((time) => (time ? Math.floor(Date.parse(time) / 1000) : NaN))
    .filter(Number.isFinite);
  return times.length ? Math.min(...times) : 0;
}

/** The attempts of one check or exercise that survive `steps` trim steps, each marked when its details go. */
function pick<T extends { trimmed?: true }>(
  list: readonly T[],
  weightOf: (index: number) => AttemptWeight,
  steps: number,
): { attempt: T; trim: boolean }[] {
  const weights = list.map((_, index) => weightOf(index));
  const tried = weights.flatMap((weight, index) => (weight === 'untried' ? [] : [index]));
  const first = tried[0];
  const last = tried.at(-1);
  const hasDecisive = weights.includes('decisive');
  return list.flatMap((attempt, index): { attempt: T; trim: boolean }[] => {
    const weight = weights[index];
    if (steps < 3 || weight === 'decisive') return [{ attempt, trim: false }];
    if (weight === 'untried') return [];
    if (index === last) {
      if (steps < 5) return [{ attempt, trim: false }];
      // Only a lesson activity needs its last attempt, to count as tried; the assessment keeps its decisive ones.
      return hasDecisive ? [] : [{ attempt, trim: true }];
    }
    return index === first && steps < 4 ? [{ attempt, trim: false }] : [];
  });
}

function compact(progress: Progress, base: number, weigh: WeighAttempt, steps: number): Compact {
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
    checks[ref(id)] = pick(attempts, (index) => weigh('check', id, index), steps).map(({ attempt, trim }) =>
      attemptOf(attempt.at, trim || attempt.trimmed ? '' : toMap(attempt.answers, ref), trim, attempt.trimmed),
    );
  }
  const exercises: Compact['x'] = {};
  for (const [id, exercise] of Object.entries(progress.exercises)) {
    const kept = pick(exercise.attempts, (index) => weigh('exercise', id, index), steps);
    const attempts = kept.map(({ attempt, trim }) =>
      attemptOf(attempt.at, trim || attempt.trimmed ? '' : toMap(attempt.placements, ref), trim, attempt.trimmed),
    );
    // `=`: the board is the last attempt's, written once. Left out, the board comes back as the last checked one.
    // (Compared without `ref`, which would put ids that are not written into the dictionary.)
    const last = exercise.attempts.at(-1);
    const lastKept = last !== undefined && !last.trimmed && kept.at(-1)?.attempt === last && !kept.at(-1)?.trim;
    const sameAsLast = lastKept && samePlacements(exercise.placements, last.placements);
    exercises[ref(id)] = [attempts, sameAsLast || (steps >= 2 && lastKept) ? '=' : steps >= 2 ? '' : toMap(exercise.placements, ref)];
  }
  const place = progress.lastPlace;
  const settings: Compact['s'] = {};
  if (progress.settings.learnerName && steps < 6) settings.n = progress.settings.learnerName;
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
  };
  const others = Object.keys(progress).filter((field) => !COMPACT_FIELDS.includes(field) && !LOCAL_FIELDS.includes(field));
  if (others.length && steps < 1) {
    result.e = Object.fromEntries(others.map((field) => [field, (progress as unknown as Record<string, unknown>)[field]]));
  } else if (others.length) {
    result.o = others;
  }
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
export function encodeSuspendData(progress: Progress, { limit = Infinity, weigh = () => 'other' }: EncodeOptions = {}): EncodedSuspendData | null {
  const base = firstTime(progress);
  for (let steps = 0; steps <= TRIM_ORDER.length; steps += 1) {
    const text = JSON.stringify(compact(progress, base, weigh, steps));
    if (text.length <= limit) return { text, trimmed: TRIM_ORDER.slice(0, steps) };
  }
  return null;
}

/** What the LMS's resume data held: nothing (a new attempt), readable progress, or something this course cannot read. */
export type DecodedSuspendData =
  | { status: 'empty' }
  /** `leftInBrowser`: fields of progress that were not written to the LMS for lack of room. */
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
  return {
    ...(value.e ?? {}),
    version: value.v ?? PROGRESS_VERSION,
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
