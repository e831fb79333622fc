// The Review page's verbs: each answer given there is saved with the rest of the learner's progress (Progress.reviews),
// so it follows $progress everywhere: other tabs, export and import, blocked storage. Only the Review page loads this.
import type { Feeling } from '../lib/progress/model';
import { withCardReview, withQuestionReview, withReviewFeeling, type ReviewGroup } from '../lib/progress/reviews';
import { updateProgress } from './progress-store';

/** Records the options chosen for one question on the Review page; returns the time saved, which names the review. */
export function recordQuestionReview(checkId: string, questionId: string, optionIds: readonly string[]): string {
  let saved = '';
  updateProgress((progress, at) => {
    saved = at;
    return withQuestionReview(progress, checkId, questionId, optionIds, at);
  });
  return saved;
}

/** Records the zone chosen for one sorting card on the Review page; returns the time saved, which names the review. */
export function recordCardReview(exerciseId: string, cardId: string, zoneId: string): string {
  let saved = '';
  updateProgress((progress, at) => {
    saved = at;
    return withCardReview(progress, exerciseId, cardId, zoneId, at);
  });
  return saved;
}

/** Records (or, with null, takes back) how the review saved at `at` felt. */
export function setReviewFeeling(group: ReviewGroup, groupId: string, itemId: string, at: string, felt: Feeling | null): void {
  updateProgress((progress) => withReviewFeeling(progress, group, groupId, itemId, at, felt));
}
