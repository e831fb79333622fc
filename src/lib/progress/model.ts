// The learner's saved progress: raw facts only (what was opened, chosen, placed, and when).
// Scores, statuses and percentages are derived from these facts in derive.ts and never stored.
import { own } from '../own';
import { LMS_BUILD } from './build';

export { own } from '../own';
// The limit lives with the others in limits.ts; importers of the model keep finding it here.
export { MAX_ATTEMPTS } from './limits';

/** The schema version this code writes. Bump it only together with a migration in migrations.ts. */
export const PROGRESS_VERSION = 2;

/** Longest learner name kept for the completion record. */
export const MAX_LEARNER_NAME = 80;

/** When a lesson was first opened and when its end was first reached. */
export interface LessonProgress {
  openedAt: string;
  endedAt?: string;
}

/** One knowledge-check attempt: the options chosen for each question id. */
export interface CheckAttempt {
  at: string;
  answers: Record<string, string[]>;
  /** Its answers were left out of LMS resume data for lack of room: a real attempt (it counts as tried) with no score. */
  trimmed?: true;
}

/** One checked exercise attempt: the zone of each card id. */
export interface ExerciseAttempt {
  at: string;
  placements: Record<string, string>;
  /** Its placements were left out of LMS resume data for lack of room: a real attempt (it counts as tried) with no score. */
  trimmed?: true;
}

/** An exercise's checked attempts plus the placements currently on the board (work in progress). */
export interface ExerciseProgress {
  attempts: ExerciseAttempt[];
  placements: Record<string, string>;
}

/** Where the learner last was. */
export interface LastPlace {
  lessonId: string;
  sectionId?: string;
  at: string;
}

/** Choices the learner made about the course itself. */
export interface Settings {
  learnerName?: string;
  instructorMode?: boolean;
}

/** How a right answer felt, when the learner said so after a review (src/lib/review/grading.ts turns it into a grade). */
export type Feeling = 'guessed' | 'thought' | 'knew';

/** One review of a knowledge-check question: the options chosen for it (one question id), and how it felt. */
export interface QuestionReview extends CheckAttempt {
  /** A Feeling; saved data is read as data, so any other id is kept and counts as no feeling. */
  felt?: string;
}

/** One review of a sorting card: the zone chosen for it (one card id), and how it felt. */
export interface CardReview extends ExerciseAttempt {
  /** A Feeling; saved data is read as data, so any other id is kept and counts as no feeling. */
  felt?: string;
}

/** Answers given on the Review page, oldest first; the review deck is derived from them and from the attempts. */
export interface Reviews {
  /** Check id → reviews of its questions. */
  checks: Record<string, QuestionReview[]>;
  /** Exercise id → reviews of its cards. */
  exercises: Record<string, CardReview[]>;
}

/** Everything saved about one learner on one browser (schema version 2). */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  checks: Record<string, CheckAttempt[]>;
  exercises: Record<string, ExerciseProgress>;
  lastPlace: LastPlace | null;
  settings: Settings;
  reviews: Reviews;
  /**
   * When the learner last removed facts (reset a lesson or everything, replaced progress with a file): another tab's
   * copy made before then keeps only what it recorded afterwards when the two are merged (merge.ts). Absent until then.
   */
  clearedAt?: string;
}

/** The state of a learner who has done nothing yet; a stable constant, also the server-render snapshot. */
export const EMPTY_PROGRESS: Progress = Object.freeze({
  version: PROGRESS_VERSION,
  lessons: Object.freeze({}),
  checks: Object.freeze({}),
  exercises: Object.freeze({}),
  lastPlace: null,
  settings: Object.freeze({}),
  reviews: Object.freeze({ checks: Object.freeze({}), exercises: Object.freeze({}) }),
}) as Progress;

/**
 * True for ids we accept as keys: course ids start with a letter or digit (which leaves `__proto__` out), and stay
 * short and safe in a URL fragment. Names such as `constructor` or `toString` are ids like any other: every lookup
 * of an id goes through `own`.
 */
export function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9][\w.:-]{0,99}$/.test(id);
}

/** Records the first time a lesson was opened; later visits keep the first time. */
export function withLessonOpened(progress: Progress, lessonId: string, at: string): Progress {
  if (!isSafeId(lessonId) || own(progress.lessons, lessonId)) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { openedAt: at } } };
}

/** Records the first time the end of a lesson was reached (opening it too, if that was missed). */
export function withLessonEnded(progress: Progress, lessonId: string, at: string): Progress {
  if (!isSafeId(lessonId)) return progress;
  const lesson = own(progress.lessons, lessonId);
  if (lesson?.endedAt) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { openedAt: lesson?.openedAt ?? at, endedAt: at } } };
}

/** Remembers the lesson and section the learner is reading. */
export function withLastPlace(progress: Progress, lessonId: string, sectionId: string | undefined, at: string): Progress {
  if (!isSafeId(lessonId)) return progress;
  const same = progress.lastPlace?.lessonId === lessonId && progress.lastPlace.sectionId === sectionId;
  if (same) return progress;
  const lastPlace: LastPlace = isSafeId(sectionId) ? { lessonId, sectionId, at } : { lessonId, at };
  return { ...progress, lastPlace };
}

// Lesson status lives with the facts it is derived from: every page shows it, and keeping it in this module keeps
// it in the same bundle chunk as the store.

/** A lesson's status as the learner sees it. */
export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

/** The ids that decide a lesson's status: the lesson and the checks and exercises embedded in it. */
export interface LessonActivities {
  id: string;
  checkIds: readonly string[];
  exerciseIds: readonly string[];
}

/**
 * The question ids of each knowledge check, by check id: its questions as they are, then those of each earlier
 * version of it (an attempt saved before a question was replaced answers an earlier set).
 */
export type CheckQuestionIds = Readonly<Record<string, readonly (readonly string[])[]>>;

/**
 * Whether saved answers choose at least one option for every one of these questions, as every attempt the course
 * records does; a hand-made or damaged attempt that skips questions does not count.
 */
export function answersEveryQuestion(answers: Readonly<Record<string, readonly string[]>>, questionIds: readonly string[]): boolean {
  return questionIds.every((id) => own(answers, id)?.length);
}

/**
 * The completion rule: a lesson is complete when the learner reached its end AND attempted every check and
 * exercise embedded in it (at least one checked attempt each, answering every question of a check, or of an earlier
 * version of it, and placing at least one card of an exercise; the score does not matter). It is in progress once
 * opened or once any of its activities was attempted, and not started otherwise.
 */
export function lessonStatus(lesson: LessonActivities, progress: Progress, questionIds: CheckQuestionIds): LessonStatus {
  const seen = own(progress.lessons, lesson.id);
  // An attempt whose answers were trimmed from LMS resume data counts as tried (see CheckAttempt).
  const checksTried = lesson.checkIds.filter((id) =>
    own(progress.checks, id)?.some(
      (attempt) => (LMS_BUILD && attempt.trimmed) || own(questionIds, id)?.some((ids) => answersEveryQuestion(attempt.answers, ids)),
    ),
  ).length;
  // A Check with no card placed is not an exercise attempt (derive.ts's exerciseAttemptTried says the same: written
  // out here because a function of its own, exported from the chunk every page loads, cost bytes the budget lacks).
  const exercisesTried = lesson.exerciseIds.filter((id) =>
    own(progress.exercises, id)?.attempts.some((attempt) => (LMS_BUILD && attempt.trimmed) || Object.keys(attempt.placements).length),
  ).length;
  if (seen?.endedAt && checksTried === lesson.checkIds.length && exercisesTried === lesson.exerciseIds.length) {
    return 'complete';
  }
  return seen || checksTried > 0 || exercisesTried > 0 ? 'in-progress' : 'not-started';
}

/** The storage notices there are (their words are in notices.ts). */
export type StorageNoticeId = 'newer-version' | 'recovered' | 'recovered-untouched' | 'cannot-save';

/** The storage facts a notice depends on (the shape of $storageStatus). */
export interface StorageFacts {
  canSave: boolean;
  recovered: { backupKept: boolean } | null;
  newerVersion: boolean;
}

/** Which notices apply, in reading order; none when all is well. */
export function storageNotices(facts: StorageFacts): StorageNoticeId[] {
  const ids: StorageNoticeId[] = [];
  if (facts.newerVersion) ids.push('newer-version');
  if (facts.recovered) ids.push(facts.recovered.backupKept ? 'recovered' : 'recovered-untouched');
  if (!facts.canSave) ids.push('cannot-save');
  return ids;
}
