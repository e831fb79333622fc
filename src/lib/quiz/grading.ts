import { own } from '../own';
/** The score of an attempt, derived from raw answers and never stored. */
export interface Score {
  correct: number;
  total: number;
  /** Whole-number percentage, 0 when there are no questions. */
  percent: number;
}

/** What grading needs to know about a question: its id and the ids of its correct options. */
export interface QuestionKey {
  id: string;
  correctOptionIds: string[];
}

/** How a whole question was answered. */
export type QuestionVerdict = 'correct' | 'partial' | 'incorrect' | 'unanswered';

/** How one option is marked after checking. */
export type OptionMark =
  /** Chosen, and right to choose. */
  | 'right'
  /** Chosen, but wrong to choose. */
  | 'wrong'
  /** Not chosen although correct; only marked once the answer is shown. */
  | 'missed'
  /** Not chosen and not correct, or a correct option still hidden before the answer is shown. */
  | 'none';

/** What the view shows next to one option after checking. */
export interface OptionFeedback {
  optionId: string;
  chosen: boolean;
  correct: boolean;
  mark: OptionMark;
  /** Whether to show the option's explanation: always for chosen options, for all once the answer is shown. */
  showExplanation: boolean;
}

/** True when the chosen options are exactly the correct ones (order and duplicates do not matter). */
export function isQuestionCorrect(correctOptionIds: readonly string[], chosen: readonly string[]): boolean {
  const want = new Set(correctOptionIds);
  const got = new Set(chosen);
  if (want.size !== got.size) return false;
  for (const id of got) if (!want.has(id)) return false;
  return true;
}

/** Scores a set of answers against the keys; a question without an answer counts as wrong. */
export function scoreCheck(keys: readonly QuestionKey[], answers: Readonly<Record<string, readonly string[]>>): Score {
  const correct = keys.filter((key) => isQuestionCorrect(key.correctOptionIds, own(answers, key.id) ?? [])).length;
  const total = keys.length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}

/** Whether a score reaches a pass mark given as a share (0.8 = 80%), compared exactly, not on the rounded percent. */
export function meetsPassMark(score: Score, passMark: number): boolean {
  return score.total > 0 && score.correct >= passMark * score.total - 1e-9;
}

/** Grades one question: correct, partial (some right choices, not exactly the key), incorrect or unanswered. */
export function questionVerdict(correctOptionIds: readonly string[], chosen: readonly string[]): QuestionVerdict {
  if (chosen.length === 0) return 'unanswered';
  if (isQuestionCorrect(correctOptionIds, chosen)) return 'correct';
  return chosen.some((id) => correctOptionIds.includes(id)) ? 'partial' : 'incorrect';
}

/** Marks every option of a question; `revealed` is true once the learner asked to see the answer. */
export function markOptions(
  options: readonly { id: string; correct: boolean }[],
  chosen: readonly string[],
  revealed: boolean,
): OptionFeedback[] {
  return options.map((option) => {
    const isChosen = chosen.includes(option.id);
    let mark: OptionMark = 'none';
    if (isChosen) mark = option.correct ? 'right' : 'wrong';
    else if (option.correct && revealed) mark = 'missed';
    return {
      optionId: option.id,
      chosen: isChosen,
      correct: option.correct,
      mark,
      showExplanation: isChosen || revealed,
    };
  });
}

/** The ids of a question's correct options. */
export function correctOptionIds(question: { options: readonly { id: string; correct: boolean }[] }): string[] {
  return question.options.filter((option) => option.correct).map((option) => option.id);
}

/** Grading keys for a list of questions. */
export function keysOf(questions: readonly { id: string; options: readonly { id: string; correct: boolean }[] }[]): QuestionKey[] {
  return questions.map((question) => ({ id: question.id, correctOptionIds: correctOptionIds(question) }));
}

/** The instruction shown with each question, by type: prompts do not say it themselves, so no view repeats it. */
export const QUESTION_HINTS = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply.',
  'true-false': 'True or false?',
} as const;
