// Changes to the answers given on the Review page (Progress.reviews). Like attempts, reviews are raw facts: which
// options or zone were chosen, when, and how it felt; whether they were right, and the schedule, are derived
// (src/lib/review/). Merging them (two tabs, an import) is merge.ts's, with the same limit. Only the Review page, the
// progress page and the LMS bridge load this module.
import { MAX_REVIEW_ANSWERS } from './limits';
import { isSafeId, own, type CardReview, type Feeling, type Progress, type QuestionReview, type Reviews } from './model';

/** Which part of Progress.reviews: question reviews by check id, or card reviews by exercise id. */
export type ReviewGroup = keyof Reviews;

type Review = QuestionReview | CardReview;

/** The question or card a review is about: the one key of its answers or placements. */
export function reviewedItem(review: Review): string {
  return Object.keys('answers' in review ? review.answers : review.placements)[0] ?? '';
}

function withReview(progress: Progress, group: ReviewGroup, groupId: string, review: Review): Progress {
  const lists = progress.reviews[group] as Record<string, Review[]>;
  // The latest MAX_REVIEW_ANSWERS of each check or exercise, as every merge keeps (limits.ts).
  const reviews = [...(own(lists, groupId) ?? []), review].slice(-MAX_REVIEW_ANSWERS);
  return { ...progress, reviews: { ...progress.reviews, [group]: { ...lists, [groupId]: reviews } } };
}

/** Adds the answer given on the Review page to one question of a check: the options chosen. */
export function withQuestionReview(progress: Progress, checkId: string, questionId: string, optionIds: readonly string[], at: string): Progress {
  if (!isSafeId(checkId) || !isSafeId(questionId)) return progress;
  return withReview(progress, 'checks', checkId, { at, answers: { [questionId]: optionIds.filter(isSafeId) } });
}

/** Adds the answer given on the Review page to one sorting card: the zone chosen. */
export function withCardReview(progress: Progress, exerciseId: string, cardId: string, zoneId: string, at: string): Progress {
  if (!isSafeId(exerciseId) || !isSafeId(cardId) || !isSafeId(zoneId)) return progress;
  return withReview(progress, 'exercises', exerciseId, { at, placements: { [cardId]: zoneId } });
}

/**
 * Records how the review given at `at` of `item` felt (the learner says so after answering); `null` takes the
 * feeling back. Unchanged when there is no such review.
 */
export function withReviewFeeling(
  progress: Progress,
  group: ReviewGroup,
  groupId: string,
  item: string,
  at: string,
  felt: Feeling | null,
): Progress {
  const lists = progress.reviews[group] as Record<string, Review[]>;
  const reviews = own(lists, groupId);
  const index = reviews?.findIndex((review) => review.at === at && reviewedItem(review) === item) ?? -1;
  if (!reviews || index < 0) return progress;
  const { felt: _, ...rest } = reviews[index]!;
  const changed = [...reviews];
  changed[index] = felt ? { ...rest, felt } : rest;
  return { ...progress, reviews: { ...progress.reviews, [group]: { ...lists, [groupId]: changed } } };
}

/** How many review answers a progress value holds. */
export function countReviews(reviews: Reviews): number {
  return [...Object.values(reviews.checks), ...Object.values(reviews.exercises)].reduce((sum, list) => sum + list.length, 0);
}
