// Everything the learner sees about their progress is derived here from raw facts plus the course key (which
// lessons, checks and exercises exist and what their answers are). Nothing derived is ever stored.
import { meetsPassMark, scoreCheck, type Score } from '../quiz/grading';
import { gradeAttempt } from '../quiz/versions';
import { LMS_BUILD } from './build';
import { scoreSort } from '../sort/grading';
import { solutionForAttempt } from './exercise-versions';
import {
  lessonStatus,
  own,
  type CheckAttempt,
  type CheckQuestionIds,
  type ExerciseAttempt,
  type LessonStatus,
  type Progress,
} from './model';
import type { CheckKey, CourseKey, ExerciseKey, LessonKey } from './key';

export type { CheckKey, CourseKey, ExerciseKey, LessonKey } from './key';

/** Scores of a check or exercise over its saved attempts. */
export interface AttemptSummary {
  attempts: number;
  best: Score | null;
  last: Score | null;
  lastAt: string | null;
}

/** Sums up the attempts that count as tried (oldest first); `scoreOf` is null for one without a score (trimmed). */
function summarise<T extends { at: string }>(tried: readonly T[], scoreOf: (attempt: T) => Score | null): AttemptSummary {
  let best: Score | null = null;
  let last: Score | null = null;
  for (const attempt of tried) {
    last = scoreOf(attempt);
    if (last && (!best || last.correct * best.total > best.correct * last.total)) best = last;
  }
  return { attempts: tried.length, best, last, lastAt: tried.at(-1)?.at ?? null };
}

/**
 * Whether a saved attempt counts at all (for trying, scores and passing): it must answer as many of the questions of
 * its version of the check (gradeAttempt) as an attempt asks, every question, or as many as the assessment draws.
 * Saved data can be edited by hand or imported, and an attempt answering one question of fifteen must not pass with
 * 1 of 1.
 */
export function attemptCounts(check: CheckKey, answers: CheckAttempt['answers']): boolean {
  // Without a draw this is answersEveryQuestion over some version, the rule lessonStatus applies on every page.
  return gradeAttempt(check, answers).counts;
}

/** The saved attempts of a check that count (attemptCounts), oldest first. */
function countedAttempts(check: CheckKey, progress: Progress, checkId: string): CheckAttempt[] {
  return (own(progress.checks, checkId) ?? []).filter((attempt) => attemptCounts(check, attempt.answers));
}

/** The saved attempts of a check that count as tried: those that count, and those trimmed from LMS resume data. */
function triedCheckAttempts(check: CheckKey, progress: Progress, checkId: string): CheckAttempt[] {
  return (own(progress.checks, checkId) ?? []).filter((attempt) => attempt.trimmed === true || attemptCounts(check, attempt.answers));
}

/** The score of one check attempt; null when it has none (trimmed from LMS resume data). */
export function checkAttemptScore(check: CheckKey, attempt: CheckAttempt): Score | null {
  return attempt.trimmed ? null : scoreCheck(gradeAttempt(check, attempt.answers).questions, attempt.answers);
}

const checkScore = (check: CheckKey) => (attempt: CheckAttempt) => checkAttemptScore(check, attempt);

function scoresOf(check: CheckKey, attempts: readonly CheckAttempt[]): Score[] {
  return attempts.map((attempt) => scoreCheck(gradeAttempt(check, attempt.answers).questions, attempt.answers));
}

/** Best and last scores of a knowledge check, over the attempts that count as tried. */
export function checkSummary(check: CheckKey, progress: Progress, checkId: string): AttemptSummary {
  return summarise(triedCheckAttempts(check, progress, checkId), checkScore(check));
}

/**
 * Whether an exercise attempt counts as tried: a Check with no card placed is not an attempt. One trimmed from LMS
 * resume data (model.ts) counts, without its placements. The completion rule, lessonStatus, applies the same test.
 */
export function exerciseAttemptTried(attempt: ExerciseAttempt): boolean {
  return (LMS_BUILD && !!attempt.trimmed) || Object.keys(attempt.placements).length > 0;
}

/** The saved attempts of an exercise that count as tried (exerciseAttemptTried), oldest first. */
function triedExerciseAttempts(progress: Progress, exerciseId: string): ExerciseAttempt[] {
  return (own(progress.exercises, exerciseId)?.attempts ?? []).filter(exerciseAttemptTried);
}

/** Best and last scores of an exercise, over the attempts that count as tried. */
export function exerciseSummary(exercise: ExerciseKey, progress: Progress, exerciseId: string): AttemptSummary {
  return summarise(triedExerciseAttempts(progress, exerciseId), (attempt) =>
    attempt.trimmed
      ? null
      : scoreSort(solutionForAttempt(exercise.solution, exercise.earlierSolutions ?? [], attempt.placements), attempt.placements),
  );
}

/** One activity (check or exercise) of a lesson, with its scores. */
export interface ActivitySummary extends AttemptSummary {
  id: string;
  title: string;
  kind: 'check' | 'exercise';
}

/** One lesson's line on the progress page. */
export interface LessonSummary {
  id: string;
  title: string;
  status: LessonStatus;
  endReached: boolean;
  activities: ActivitySummary[];
}

/** The final assessment's result. */
export interface AssessmentSummary extends AttemptSummary {
  id: string;
  title: string;
  passMark: number;
  passed: boolean;
  /** When the first passing attempt was made. */
  passedAt: string | null;
}

/** Everything the progress page shows. */
export interface CourseSummary {
  lessons: LessonSummary[];
  completeLessons: number;
  /** Share of lessons complete, as a whole percentage. */
  percent: number;
  assessment: AssessmentSummary | null;
  /** Every lesson complete and the assessment (if any) passed. */
  finished: boolean;
  /** When the last requirement was met, once finished. */
  finishedAt: string | null;
}

function activities(key: CourseKey, lesson: LessonKey, progress: Progress): ActivitySummary[] {
  const checks = lesson.checkIds.flatMap((id) => {
    const check = own(key.checks, id);
    return check ? [{ id, title: check.title, kind: 'check' as const, ...checkSummary(check, progress, id) }] : [];
  });
  const exercises = lesson.exerciseIds.flatMap((id) => {
    const exercise = own(key.exercises, id);
    return exercise ? [{ id, title: exercise.title, kind: 'exercise' as const, ...exerciseSummary(exercise, progress, id) }] : [];
  });
  return [...checks, ...exercises];
}

function assessment(key: CourseKey, progress: Progress): AssessmentSummary | null {
  const id = key.assessmentId;
  const check = id ? own(key.checks, id) : undefined;
  if (!id || !check) return null;
  const attempts = countedAttempts(check, progress, id);
  const firstPass = scoresOf(check, attempts).findIndex((score) => meetsPassMark(score, check.passMark));
  return {
    id,
    title: check.title,
    passMark: check.passMark,
    ...checkSummary(check, progress, id),
    passed: firstPass >= 0,
    passedAt: attempts[firstPass]?.at ?? null,
  };
}

function latest(times: readonly (string | null | undefined)[]): string | null {
  let last: string | null = null;
  for (const time of times) if (time && (!last || Date.parse(time) > Date.parse(last))) last = time;
  return last;
}

/** When a complete lesson became complete: its end, or the first attempt of its last activity, whichever is later. */
function lessonCompletedAt(key: CourseKey, lesson: LessonKey, progress: Progress): string | null {
  return latest([
    own(progress.lessons, lesson.id)?.endedAt,
    ...lesson.checkIds.map((id) => {
      const check = own(key.checks, id);
      return check ? triedCheckAttempts(check, progress, id)[0]?.at : undefined;
    }),
    ...lesson.exerciseIds.map((id) => triedExerciseAttempts(progress, id)[0]?.at),
  ]);
}

/** Derives the whole progress page from the course key and saved facts. */
export function summariseCourse(key: CourseKey, progress: Progress): CourseSummary {
  const questionIds = checkQuestionIds(key);
  const lessons = [...key.lessons]
    .sort((a, b) => a.order - b.order)
    .map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      status: lessonStatus(lesson, progress, questionIds),
      endReached: Boolean(own(progress.lessons, lesson.id)?.endedAt),
      activities: activities(key, lesson, progress),
    }));
  const completeLessons = lessons.filter((lesson) => lesson.status === 'complete').length;
  const result = assessment(key, progress);
  const finished = lessons.length > 0 && completeLessons === lessons.length && (result?.passed ?? true);
  const finishedAt = finished
    ? latest([...key.lessons.map((lesson) => lessonCompletedAt(key, lesson, progress)), result?.passedAt])
    : null;
  return {
    lessons,
    completeLessons,
    percent: lessons.length === 0 ? 0 : Math.round((completeLessons / lessons.length) * 100),
    assessment: result,
    finished,
    finishedAt,
  };
}

/** The question ids of every check of the course, now and in each earlier version, as lessonStatus needs them. */
export function checkQuestionIds(key: CourseKey): CheckQuestionIds {
  return Object.fromEntries(
    Object.entries(key.checks).map(([id, check]) => [id, [check.questions, ...(check.earlierKeys ?? [])].map((version) => version.map((question) => question.id))]),
  );
}

/** The ids a lesson reset must forget: the lesson's own checks and exercises. */
export function lessonActivityIds(key: CourseKey, lessonId: string): { checkIds: string[]; exerciseIds: string[] } {
  const lesson = key.lessons.find((candidate) => candidate.id === lessonId);
  return { checkIds: lesson?.checkIds ?? [], exerciseIds: lesson?.exerciseIds ?? [] };
}
