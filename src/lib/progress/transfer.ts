// Export and import of progress files: the file is the same versioned JSON that is saved in the browser, so it
// goes through the same codec (parse → migrate → check shape) and can never bring in anything the store cannot read.
import { decodeProgress, encodeProgress } from './codec';
import { describeProblem } from './describe-problem';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILE_BYTES } from './limits';
import { mergeProgress } from './merge';
import { countReviews } from './reviews';
import { EMPTY_PROGRESS, type Progress } from './model';

export { MAX_IMPORT_BYTES, MAX_IMPORT_FILE_BYTES } from './limits';
export { mergeProgress } from './merge';

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
  if (sizeBytes > MAX_IMPORT_FILE_BYTES) {
    return { ok: false, message: `This file is too large (${Math.ceil(sizeBytes / 1000)} KB). A progress file is at most ${MAX_IMPORT_FILE_BYTES / 1000} KB.` };
  }
  const result = decodeProgress(text);
  if (result.status === 'empty') return { ok: false, message: 'This file is empty.' };
  if (result.status === 'ok') return { ok: true, progress: result.progress };
  switch (result.problem) {
    case 'too-large':
      return { ok: false, message: `This file is too large. A progress file is at most ${MAX_IMPORT_FILE_BYTES / 1000} KB.` };
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

/** What one way of importing would leave saved, and what the course's limits (limits.ts) would not keep of it. */
export interface ImportOutcome {
  /** The progress that would be saved, limits applied. */
  progress: Progress;
  /** What changes, line by line, from the progress now. */
  rows: ImportChange[];
  /** Attempts that would not be kept: only the latest MAX_ATTEMPTS of each check and exercise are. */
  droppedAttempts: number;
  /** The result would be larger than MAX_IMPORT_BYTES characters: this way of importing is not offered. */
  tooLarge: boolean;
}

/** How many attempts (checks and exercises together) a progress value holds. */
export function countAttempts(progress: Progress): number {
  const counts = countProgress(progress);
  return counts.checkAttempts + counts.exerciseAttempts;
}

/**
 * What Replace and Merge would each save, exactly as the store writes it (a merge keeps the latest attempts, and
 * Replace keeps what merging the file into nothing keeps), for the preview before importing.
 */
export function planImport(current: Progress, file: Progress): { replace: ImportOutcome; merge: ImportOutcome } {
  const outcome = (base: Progress): ImportOutcome => {
    const progress = mergeProgress(base, file);
    return {
      progress,
      rows: describeChanges(current, progress),
      droppedAttempts: countAttempts(mergeProgress(base, file, false, Infinity)) - countAttempts(progress),
      tooLarge: encodeProgress(progress).length > MAX_IMPORT_BYTES,
    };
  };
  return { replace: outcome(EMPTY_PROGRESS), merge: outcome(current) };
}
