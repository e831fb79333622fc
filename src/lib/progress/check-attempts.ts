// Recording a knowledge-check attempt. A module of its own so that only the knowledge check's bundle carries it: the
// islands share code per module, and the exercise page, whose budget is tight, never records a check.
import { MAX_ATTEMPTS } from './limits';
import { isSafeId, own, type Progress } from './model';

// Copies are built from entries: an id such as `__proto__` must become a key, not change the copy's prototype.
function copyAnswers(answers: Record<string, readonly string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(answers)
      .filter(([questionId]) => isSafeId(questionId))
      .map(([questionId, optionIds]) => [questionId, optionIds.filter(isSafeId)]),
  );
}

/** Adds a knowledge-check attempt (the latest MAX_ATTEMPTS are kept). */
export function withCheckAttempt(
  progress: Progress,
  checkId: string,
  answers: Record<string, readonly string[]>,
  at: string,
): Progress {
  if (!isSafeId(checkId)) return progress;
  const attempts = [...(own(progress.checks, checkId) ?? []), { at, answers: copyAnswers(answers) }].slice(-MAX_ATTEMPTS);
  return { ...progress, checks: { ...progress.checks, [checkId]: attempts } };
}
