import { meetsPassMark, questionVerdict, scoreCheck, keysOf, type Score } from './grading';
import { own } from '../own';

/** The parts of a question the result summary needs; `R` is how a review link is represented. */
export interface SummaryQuestion<R> {
  id: string;
  prompt: string;
  review?: R | undefined;
  options: readonly { id: string; correct: boolean; misconception?: string | undefined; review?: R | undefined }[];
}

/** One question the learner got wrong, with what it reveals and where to read again. */
export interface MissedQuestion<R> {
  questionId: string;
  prompt: string;
  /** Misconceptions shown by wrong choices (and by correct options left out). */
  misconceptions: string[];
  /** Sections to review: the question's own link and those of the options answered wrongly. */
  reviews: R[];
}

/** Everything the result of one attempt shows. */
export interface AttemptSummary<R> {
  score: Score;
  /** Whether the pass mark was reached, or null when the check has no pass mark. */
  passed: boolean | null;
  missed: MissedQuestion<R>[];
  /** Every misconception revealed in the attempt, once each, in question order. */
  misconceptions: string[];
  /** Every section to review, once each, in question order. */
  reviews: R[];
}

function pushUnique<T>(list: T[], item: T, key: (item: T) => string): void {
  if (!list.some((existing) => key(existing) === key(item))) list.push(item);
}

/** Summarizes an attempt over the questions that were asked; `reviewKey` says when two review links are the same. */
export function summarizeAttempt<R>(
  questions: readonly SummaryQuestion<R>[],
  answers: Readonly<Record<string, readonly string[]>>,
  options: { passMark?: number | undefined; reviewKey?: (review: R) => string } = {},
): AttemptSummary<R> {
  const reviewKey = options.reviewKey ?? ((review: R) => JSON.stringify(review));
  const score = scoreCheck(keysOf(questions), answers);
  const missed: MissedQuestion<R>[] = [];
  const allMisconceptions: string[] = [];
  const allReviews: R[] = [];
  for (const question of questions) {
    const chosen = own(answers, question.id) ?? [];
    const correctIds = question.options.filter((option) => option.correct).map((option) => option.id);
    if (questionVerdict(correctIds, chosen) === 'correct') continue;
    const misconceptions: string[] = [];
    const reviews: R[] = [];
    if (question.review) reviews.push(question.review);
    for (const option of question.options) {
      const answeredWrongly = chosen.includes(option.id) !== option.correct;
      if (!answeredWrongly) continue;
      if (option.misconception) pushUnique(misconceptions, option.misconception, String);
      if (option.review) pushUnique(reviews, option.review, reviewKey);
    }
    missed.push({ questionId: question.id, prompt: question.prompt, misconceptions, reviews });
    misconceptions.forEach((item) => pushUnique(allMisconceptions, item, String));
    reviews.forEach((item) => pushUnique(allReviews, item, reviewKey));
  }
  const passed = options.passMark === undefined ? null : meetsPassMark(score, options.passMark);
  return { score, passed, missed, misconceptions: allMisconceptions, reviews: allReviews };
}
