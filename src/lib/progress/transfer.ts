// Export and import of progress files: the file is the same versioned JSON that is saved in the browser, so it
// goes through the same codec (parse → migrate → check shape) and can never bring in anything the store cannot read.
import { decodeProgress, encodeProgress } from './codec';
import { describeProblem } from './describe-problem';
import { countReviews, mergeReviews } from './reviews';
import { MAX_ATTEMPTS, type CheckAttempt, type ExerciseAttempt, type ExerciseProgress, type LessonProgress, type Progress } from './model';

/** Largest progress file we accept, in bytes. A full course of attempts is well under 100 KB. */
export const MAX_IMPORT_BYTES = 500_000;

/** File name offered when exporting. */
export function exportFileName(now: Date): string {
  return `shared-responsibility-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The exported file's text: readable JSON of the saved progress. */
export function exportText(progress: Progress): string {
  return `${JSON.stringify(JSON.parse(encodeProgress(progress)), null, 2)}\n`;
}

/** The outcome of reading a file: usable progress, or a message for the learner saying why not. */
export type ImportRead = { ok: true; progress: Progress } | { ok: false; message: string };

/** Reads a chosen file's text (and its size in bytes) as progress. Never throws. */
export function readImport(text: string, sizeBytes: number): ImportRead {
  if (sizeBytes > MAX_IMPORT_BYTES) {
    return { ok: false, message: `This file is too large (${Math.ceil(sizeBytes / 1000)} KB). A progress file is at most ${MAX_IMPORT_BYTES / 1000} KB.` };
  }
  const result = decodeProgress(text);
  if (result.status === 'empty') return { ok: false, message: 'This file is empty.' };
  if (result.status === 'ok') return { ok: true, progress: result.progress };
  switch (result.problem) {
    case 'too-large':
      return { ok: false, message: `This file is too large. A progress file is at most ${MAX_IMPORT_BYTES / 1000} KB.` };
    case 'not-json':
    case 'not-object':
      return { ok: false, message: 'This is not a progress file: it does not contain progress data (JSON) exported from this course.' };
    case 'no-version':
      return { ok: false, message: 'This is not a progress file from this course: it has no version number.' };
    case 'future-version':
    case 'missing-step':
    case 'step-failed':
      return { ok: false, message: `This progress file cannot be read by this version of the course: it ${describeProblem(result)}.` };
    case 'bad-shape':
      return { ok: false, message: `This progress file is damaged: it ${describeProblem(result)}.` };
  }
}

/** Counts that describe a progress value, for saying what an import will change. */
export interface ProgressCounts {
  lessonsOpened: number;
  lessonsEnded: number;
  checkAttempts: number;
  exerciseAttempts: number;
  /** Answers given on the Review page. */
  reviewAnswers: number;
  learnerName: string | null;
}

/** Counts the facts in a progress value. */
export function countProgress(progress: Progress): ProgressCounts {
  const lessons = Object.values(progress.lessons);
  return {
    lessonsOpened: lessons.length,
    lessonsEnded: lessons.filter((lesson) => lesson.endedAt).length,
    checkAttempts: Object.values(progress.checks).reduce((sum, attempts) => sum + attempts.length, 0),
    exerciseAttempts: Object.values(progress.exercises).reduce((sum, exercise) => sum + exercise.attempts.length, 0),
    reviewAnswers: countReviews(progress.reviews),
    learnerName: progress.settings.learnerName ?? null,
  };
}

/** One line of "what will change": a label and the value now and after. */
export interface ImportChange {
  label: string;
  now: string;
  after: string;
}

/** Says, line by line, how the saved progress would change from `current` to `next`. */
export function describeChanges(current: Progress, next: Progress): ImportChange[] {
  const before = countProgress(current);
  const after = countProgress(next);
  return [
    { label: 'Lessons opened', now: String(before.lessonsOpened), after: String(after.lessonsOpened) },
    { label: 'Lessons read to the end', now: String(before.lessonsEnded), after: String(after.lessonsEnded) },
    { label: 'Knowledge-check attempts', now: String(before.checkAttempts), after: String(after.checkAttempts) },
    { label: 'Exercise attempts', now: String(before.exerciseAttempts), after: String(after.exerciseAttempts) },
    { label: 'Review answers', now: String(before.reviewAnswers), after: String(after.reviewAnswers) },
    { label: 'Name on the completion record', now: before.learnerName ?? 'none', after: after.learnerName ?? 'none' },
  ];
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function unionByTime<T extends { at: string }>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) seen.set(JSON.stringify(item), item);
  return [...seen.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at)).slice(-MAX_ATTEMPTS);
}

/**
 * Combines two progress values without losing a fact from either: earliest opening and end of each lesson, every
 * attempt and review answer once (in time order), the later last place. For single values (a board in progress, settings) this
 * browser's value wins and the file only fills gaps.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lessons: Record<string, LessonProgress> = { ...incoming.lessons };
  for (const [id, lesson] of Object.entries(current.lessons)) {
    const other = incoming.lessons[id];
    const openedAt = earliest(lesson.openedAt, other?.openedAt) ?? lesson.openedAt;
    const endedAt = earliest(lesson.endedAt, other?.endedAt);
    lessons[id] = endedAt ? { openedAt, endedAt } : { openedAt };
  }
  const checks: Record<string, CheckAttempt[]> = { ...incoming.checks };
  for (const [id, attempts] of Object.entries(current.checks)) checks[id] = unionByTime(attempts, incoming.checks[id] ?? []);
  const exercises: Record<string, ExerciseProgress> = { ...incoming.exercises };
  for (const [id, exercise] of Object.entries(current.exercises)) {
    const other = incoming.exercises[id];
    const attempts: ExerciseAttempt[] = unionByTime(exercise.attempts, other?.attempts ?? []);
    const keepOurs = Object.keys(exercise.placements).length > 0 || !other;
    exercises[id] = { attempts, placements: keepOurs ? exercise.placements : other.placements };
  }
  const places = [current.lastPlace, incoming.lastPlace].filter((place) => place !== null);
  const lastPlace = places.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
  const reviews = mergeReviews(current.reviews, incoming.reviews);
  return { ...current, lessons, checks, exercises, lastPlace, settings: { ...incoming.settings, ...current.settings }, reviews };
}
