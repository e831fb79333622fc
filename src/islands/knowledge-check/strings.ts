import { QUESTION_HINTS, type OptionMark, type QuestionVerdict, type Score } from '../../lib/quiz/grading';

const percent = (score: Score) => `${score.correct} of ${score.total} correct (${score.percent}%)`;

/** Every piece of text the knowledge check shows or announces, in one place. */
export const strings = {
  questionNumber: (index: number, total: number) => `Question ${index + 1} of ${total}`,
  hint: QUESTION_HINTS,
  intro: (count: number, kind: 'lesson' | 'assessment', passMark: number) =>
    kind === 'assessment'
      ? `${count} questions. Answer them all, then select Check answers. You pass with ${Math.round(passMark * 100)}% or more.`
      : `${count === 1 ? '1 question' : `${count} questions`}. Answer, then select Check answers. You can retry as often as you like.`,
  check: 'Check answers',
  retry: 'Retry',
  showAnswer: 'Show answers',
  resultHeading: 'Your result',
  reviewHeading: 'Sections to review',
  missedHeading: 'Questions you missed',
  misconceptionsHeading: 'What your answers suggest',
  missedLink: (index: number) => `Question ${index + 1}: `,
  unanswered: (numbers: number[]) =>
    `Answer every question before checking. Not answered yet: question${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')}.`,
  mark: {
    right: 'Correct: you chose this',
    wrong: 'Incorrect: you chose this',
    missed: 'Correct answer: you did not choose this',
    none: 'Not a correct answer',
  } satisfies Record<OptionMark, string>,
  verdict: {
    correct: 'Correct.',
    partial: 'Partly correct: compare your choices with the feedback below.',
    incorrect: 'Incorrect.',
    unanswered: 'Not answered.',
  } satisfies Record<QuestionVerdict, string>,
  score: (score: Score) => `Score: ${percent(score)}.`,
  changed: 'The questions have changed since your last attempt, which still counts.',
  attempts: (count: number, best: number) =>
    `Attempt${count === 1 ? '' : 's'}: ${count}. Best score: ${best}%.`,
  passed: (passMark: number) => `Passed. The pass mark is ${Math.round(passMark * 100)}%.`,
  failed: (passMark: number) => `Not passed yet. The pass mark is ${Math.round(passMark * 100)}%. Review the sections below and retry.`,
  allRight: 'Every answer is right.',
  announceChecked: (score: Score, passed: boolean | null, passMark: number) =>
    [
      `${percent(score)}.`,
      passed === null ? '' : passed ? `Passed, the pass mark is ${Math.round(passMark * 100)}%.` : `Not passed, the pass mark is ${Math.round(passMark * 100)}%.`,
    ]
      .filter(Boolean)
      .join(' '),
  announceRetry: (attempt: number) => `Answers cleared and options reshuffled. Attempt ${attempt}.`,
  announceRevealed: 'Correct answers shown, with an explanation for every option.',
  reviewLink: (label: string) => `Review: ${label}`,
  reviewInLesson: (label: string, lessonTitle: string) => (label === lessonTitle ? label : `${label}, in “${lessonTitle}”`),
};
