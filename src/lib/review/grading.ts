// How an answer becomes a grade for the scheduler. FSRS (src/lib/review/deck.ts, through ts-fsrs) asks for one of
// four grades after each answer: Again (forgotten), Hard, Good or Easy. The course knows whether an answer was right
// and, after a right answer on the Review page, how it felt if the learner said so. These rules are the whole mapping.
import { Rating, type Grade } from 'ts-fsrs';
import type { Feeling } from '../progress/model';

/** The feelings the Review page offers after a right answer, in the order it shows them, with their words. */
export const FEELINGS: readonly { id: Feeling; label: string }[] = [
  { id: 'guessed', label: 'I guessed' },
  { id: 'thought', label: 'I had to think' },
  { id: 'knew', label: 'I knew it' },
];

/**
 * The grade of one answer. A wrong or partly right answer is Again, whatever it felt like: it comes back the same
 * day. A right answer is Good unless the learner said otherwise: Hard when they guessed (it comes back sooner than
 * a plain right answer, without counting as forgotten), Easy when they knew it (a longer interval). "I had to think"
 * is Good, like saying nothing, so a learner who never answers the question gets the schedule FSRS intends. A
 * feeling this version does not know (saved by a later one) counts as none.
 */
export function gradeAnswer(correct: boolean, felt?: string): Grade {
  if (!correct) return Rating.Again;
  if (felt === 'guessed') return Rating.Hard;
  if (felt === 'knew') return Rating.Easy;
  return Rating.Good;
}
