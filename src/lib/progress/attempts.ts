// Changes that record attempts, settings and resets. Kept apart from model.ts (which the every-page script uses)
// so that the lesson-page bundle, shared with the islands at module granularity, does not carry them.
import { MAX_ATTEMPTS, MAX_LEARNER_NAME, isSafeId, type ExerciseProgress, type Progress, type Settings } from './model';

function keepLast<T>(list: readonly T[], item: T): T[] {
  return [...list, item].slice(-MAX_ATTEMPTS);
}

function copyAnswers(answers: Record<string, readonly string[]>): Record<string, string[]> {
  const copy: Record<string, string[]> = {};
  for (const [questionId, optionIds] of Object.entries(answers)) {
    if (isSafeId(questionId)) copy[questionId] = optionIds.filter(isSafeId);
  }
  return copy;
}

function copyPlacements(placements: Record<string, string>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [cardId, zoneId] of Object.entries(placements)) {
    if (isSafeId(cardId) && isSafeId(zoneId)) copy[cardId] = zoneId;
  }
  return copy;
}

/** Adds a knowledge-check attempt. */
export function withCheckAttempt(
  progress: Progress,
  checkId: string,
  answers: Record<string, readonly string[]>,
  at: string,
): Progress {
  if (!isSafeId(checkId)) return progress;
  const attempts = keepLast(progress.checks[checkId] ?? [], { at, answers: copyAnswers(answers) });
  return { ...progress, checks: { ...progress.checks, [checkId]: attempts } };
}

/** Adds a checked exercise attempt; the board keeps the same placements. */
export function withExerciseAttempt(
  progress: Progress,
  exerciseId: string,
  placements: Record<string, string>,
  at: string,
): Progress {
  if (!isSafeId(exerciseId)) return progress;
  const previous = progress.exercises[exerciseId] ?? { attempts: [], placements: {} };
  const clean = copyPlacements(placements);
  const next: ExerciseProgress = { attempts: keepLast(previous.attempts, { at, placements: clean }), placements: clean };
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: next } };
}

/** Saves the cards currently placed on an exercise board, without counting an attempt. */
export function withExercisePlacements(
  progress: Progress,
  exerciseId: string,
  placements: Record<string, string>,
): Progress {
  if (!isSafeId(exerciseId)) return progress;
  const previous = progress.exercises[exerciseId] ?? { attempts: [], placements: {} };
  const next: ExerciseProgress = { attempts: previous.attempts, placements: copyPlacements(placements) };
  return { ...progress, exercises: { ...progress.exercises, [exerciseId]: next } };
}

/** Sets or clears the learner's name for the completion record. */
export function withLearnerName(progress: Progress, name: string): Progress {
  const learnerName = name.trim().slice(0, MAX_LEARNER_NAME);
  const settings: Settings = { ...progress.settings };
  if (learnerName) settings.learnerName = learnerName;
  else delete settings.learnerName;
  return { ...progress, settings };
}

/** Forgets one lesson: its opening, its end, its checks and exercises (their reviews too), and the last place if it was there. */
export function withoutLesson(
  progress: Progress,
  lessonId: string,
  checkIds: readonly string[],
  exerciseIds: readonly string[],
): Progress {
  const lessons = { ...progress.lessons };
  delete lessons[lessonId];
  const checks = { ...progress.checks };
  const reviews = { checks: { ...progress.reviews.checks }, exercises: { ...progress.reviews.exercises } };
  for (const id of checkIds) {
    delete checks[id];
    delete reviews.checks[id];
  }
  const exercises = { ...progress.exercises };
  for (const id of exerciseIds) {
    delete exercises[id];
    delete reviews.exercises[id];
  }
  const lastPlace = progress.lastPlace?.lessonId === lessonId ? null : progress.lastPlace;
  return { ...progress, lessons, checks, exercises, lastPlace, reviews };
}
