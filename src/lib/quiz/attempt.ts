import { drawQuestions } from './draw';
import { attemptSeed } from './shuffle';

/** The parts of a check that decide which questions an attempt asks. */
export interface AttemptSource<Q> {
  draw?: number | undefined;
  questions: readonly Q[];
}

/** The lesson a question belongs to for drawing, so a draw spreads over the course. */
function lessonOf(question: { review?: { lesson: string } | undefined }): string {
  return question.review?.lesson ?? '';
}

/** The questions asked in attempt number `attemptIndex` (0-based): all of them, or a seeded draw from the pool. */
export function questionsForAttempt<Q extends { id: string; review?: { lesson: string } | undefined }>(
  check: AttemptSource<Q>,
  checkId: string,
  attemptIndex: number,
): Q[] {
  if (check.draw === undefined) return [...check.questions];
  return drawQuestions(check.questions, check.draw, attemptSeed(checkId, attemptIndex), lessonOf);
}

/**
 * The questions a saved attempt covers. A drawn check is scored only on the questions that were asked (their ids
 * are the keys of the saved answers); any other check on all its questions, so an unanswered one counts as wrong.
 */
export function questionsAnswered<Q extends { id: string }>(
  check: AttemptSource<Q>,
  answers: Readonly<Record<string, readonly string[]>>,
): Q[] {
  if (check.draw === undefined) return [...check.questions];
  return check.questions.filter((question) => Object.hasOwn(answers, question.id));
}
