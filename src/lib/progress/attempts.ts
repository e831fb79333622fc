// Changes that record attempts and settings (forgetting a lesson is reset-lesson.ts). Kept apart from model.ts (which the every-page script uses)
// so that the lesson-page bundle, shared with the islands at module granularity, does not carry them.
import { MAX_ATTEMPTS } from './limits';
import { MAX_LEARNER_NAME, isSafeId, own, type ExerciseProgress, type Progress, type Settings } from './model';

function keepLast<T>(list: readonly T[], item: T): T[] {
  return [...list, item].slice(-MAX_ATTEMPTS);
}

// Copies are built from entries: an id such as `__proto__` must become a key, not change the copy's prototype.
function copyAnswers(answers: Record<string, readonly string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(answers)
      .filter(([questionId]) => isSafeId(questionId))
      .map(([questionId, optionIds]) => [questionId, optionIds.filter(isSafeId)]),
  );
}

function copyPlacements(placements: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(placements).filter(([cardId, zoneId]) => isSafeId(cardId) && isSafeId(zoneId)));
}

/** Adds a knowledge-check attempt. */
export function withCheckAttempt(
  progress: Progress,
  checkId: string,
  answers: Record<string, readonly string[]>,
  at: string,
): Progress {
  if (!isSafeId(checkId)) return progress;
  const attempts = keepLast(own(progress.checks, checkId) ?? [], { at, answers: copyAnswers(answers) });
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
  const previous = own(progress.exercises, exerciseId) ?? { attempts: [], placements: {} };
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
  const previous = own(progress.exercises, exerciseId) ?? { attempts: [], placements: {} };
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
