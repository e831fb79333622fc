// The knowledge check's verb, in a module of its own so that only the knowledge check's bundle carries it.
import { withCheckAttempt } from '../lib/progress/check-attempts';
import { updateProgress } from './progress-store';

/** Records a knowledge-check attempt: the options chosen for each question. */
export function recordCheckAttempt(checkId: string, answers: Record<string, string[]>): void {
  updateProgress((progress, at) => withCheckAttempt(progress, checkId, answers, at));
}
