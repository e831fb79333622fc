// Changes to the answers given on the Review page (Progress.reviews). Like attempts, reviews are raw facts: which
// options or zone were chosen, when, and how it felt; whether they were right, and the schedule, are derived
// (src/lib/review/). Only the Review page, the progress page and the LMS bridge load this module.
import { isSafeId, type CardReview, type Feeling, type Progress, type QuestionReview, type Reviews } from './model';

/**
 * How many review answers are kept per question or card; older ones are dropped. Thirty days of daily reviews of an
 * item is thirty answers at most unless it is missed again and again, and the schedule depends mostly on the latest
 * answers, so twenty keeps the saved value small without changing what is due in any way a learner would notice.
 */
export const MAX_REVIEWS_PER_ITEM = 20;

/** Which part of Progress.reviews: question reviews by check id, or card reviews by exercise id. */
export type ReviewGroup = keyof Reviews;

type Review = QuestionReview | CardReview;

/** Looks an id up as an own key only: `constructor` or `toString` are ids like any other, not Object's methods. */
export function ownValue<T>(map: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

/** The question or card a review is about: the one key of its answers or placements. */
export function reviewedItem(review: Review): string {
  return Object.keys('answers' in review ? review.answers : review.placements)[0] ?? '';
}

/** A list in time order (stable for equal times), with at most MAX_REVIEWS_PER_ITEM of each item: the latest. */
function capPerItem<T extends Review>(reviews: readonly T[]): T[] {
  const sorted = [...reviews].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const kept = new Map<string, number>();
  const keep = new Array<boolean>(sorted.length);
  for (let index = sorted.length - 1; index >= 0; index -= 1) {
    const item = reviewedItem(sorted[index]!);
    const count = kept.get(item) ?? 0;
    keep[index] = count < MAX_REVIEWS_PER_ITEM;
    kept.set(item, count + 1);
  }
  return sorted.filter((_, index) => keep[index]);
}

function withReview<G extends ReviewGroup>(progress: Progress, group: G, groupId: string, review: Reviews[G][string][number]): Progress {
  const lists = progress.reviews[group] as Record<string, Review[]>;
  const reviews = capPerItem([...(ownValue(lists, groupId) ?? []), review]);
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
  const reviews = ownValue(lists, groupId);
  const index = reviews?.findIndex((review) => review.at === at && reviewedItem(review) === item) ?? -1;
  if (!reviews || index < 0) return progress;
  const { felt: _, ...rest } = reviews[index]!;
  const changed = [...reviews];
  changed[index] = felt ? { ...rest, felt } : rest;
  return { ...progress, reviews: { ...progress.reviews, [group]: { ...lists, [groupId]: changed } } };
}

function mergeGroup<T extends Review>(a: Readonly<Record<string, T[]>>, b: Readonly<Record<string, T[]>>): Record<string, T[]> {
  const merged: Record<string, T[]> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    // The same review on both sides is one review; if one side knows how it felt, that side's copy is kept.
    const byKey = new Map<string, T>();
    for (const review of [...(ownValue(a, id) ?? []), ...(ownValue(b, id) ?? [])]) {
      const key = `${review.at}|${JSON.stringify('answers' in review ? review.answers : review.placements)}`;
      if (!byKey.get(key)?.felt) byKey.set(key, review);
    }
    merged[id] = capPerItem([...byKey.values()]);
  }
  return merged;
}

/** Every review from both sides once, in time order, within the per-item limit. */
export function mergeReviews(a: Reviews, b: Reviews): Reviews {
  return { checks: mergeGroup(a.checks, b.checks), exercises: mergeGroup(a.exercises, b.exercises) };
}

/** How many review answers a progress value holds. */
export function countReviews(reviews: Reviews): number {
  return [...Object.values(reviews.checks), ...Object.values(reviews.exercises)].reduce((sum, list) => sum + list.length, 0);
}
