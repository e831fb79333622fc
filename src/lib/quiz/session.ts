import { questionsAnswered, questionsForAttempt, type AttemptSource } from './attempt';
import { keysOf, scoreCheck, type QuestionKey, type Score } from './grading';
import { gradeAttempt } from './versions';
import { own } from '../own';

/** Raw answers: the chosen option ids per question id. */
export type Answers = Record<string, string[]>;

/** Where a learner is in one check on this page; nothing here is saved except through recorded attempts. */
export interface SessionState {
  /** 0-based number of the attempt being answered or shown; it seeds the option order and the draw. */
  round: number;
  answers: Answers;
  phase: 'answering' | 'checked';
  /** Whether the learner asked to see the correct answers. */
  revealed: boolean;
}

/** The minimal question shape the session rules need. */
export interface SessionQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  review?: { lesson: string } | undefined;
  options: readonly { id: string; correct: boolean }[];
}

/** A new, empty attempt with the given number. */
export function freshSession(round: number): SessionState {
  return { round, answers: {}, phase: 'answering', revealed: false };
}

/** A saved attempt as the session rules read it; `trimmed` ones lost their answers to LMS resume data limits. */
export interface SavedAttempt {
  answers: Readonly<Record<string, readonly string[]>>;
  trimmed?: true;
}

/** A check as the session rules see it: its questions, its draw and the answer keys of its earlier versions. */
export interface SessionCheck<Q> extends AttemptSource<Q> {
  earlierKeys?: readonly (readonly QuestionKey[])[] | undefined;
}

/** Whether saved answers were given to the check as it is now, rather than to an earlier version of it. */
export function isCurrentAttempt<Q extends SessionQuestion>(check: SessionCheck<Q>, answers: Readonly<Record<string, readonly string[]>>): boolean {
  return gradeAttempt(versionedCheck(check), answers).current;
}

/**
 * The state to show for saved attempts: the last one, checked, or a fresh first attempt when there are none. A last
 * attempt that cannot be shown with today's questions starts the next attempt instead: one whose answers were
 * trimmed from LMS resume data, or one made against an earlier version of the check (a question since replaced),
 * whose score still counts (attemptScores).
 */
export function restoreSession<Q extends SessionQuestion>(check: SessionCheck<Q>, attempts: readonly SavedAttempt[]): SessionState {
  const last = attempts.at(-1);
  if (!last) return freshSession(0);
  if (last.trimmed || !isCurrentAttempt(check, last.answers)) return freshSession(attempts.length);
  const answers: Answers = Object.fromEntries(Object.entries(last.answers).map(([questionId, chosen]) => [questionId, [...chosen]]));
  return { round: attempts.length - 1, answers, phase: 'checked', revealed: false };
}

/** Applies one click on an option: a radio replaces the choice, a checkbox adds or removes it. */
export function chooseOption(
  state: SessionState,
  question: Pick<SessionQuestion, 'id' | 'type'>,
  optionId: string,
  selected: boolean,
): SessionState {
  if (state.phase !== 'answering') return state;
  const current = own(state.answers, question.id) ?? [];
  let next: string[];
  if (question.type === 'multiple') {
    next = selected ? [...current.filter((id) => id !== optionId), optionId] : current.filter((id) => id !== optionId);
  } else {
    next = selected ? [optionId] : current.filter((id) => id !== optionId);
  }
  return { ...state, answers: { ...state.answers, [question.id]: next } };
}

/** The questions of this state: those a checked attempt answered, or the draw for the round being answered. */
export function questionsInSession<Q extends SessionQuestion>(
  check: AttemptSource<Q>,
  checkId: string,
  state: SessionState,
): Q[] {
  if (state.phase === 'checked') {
    const answered = questionsAnswered(check, state.answers);
    if (answered.length > 0) return answered;
  }
  return questionsForAttempt(check, checkId, state.round);
}

/** Ids of the questions that have no chosen option yet. */
export function unansweredQuestions(questions: readonly { id: string }[], answers: Readonly<Answers>): string[] {
  return questions.filter((question) => (own(answers, question.id) ?? []).length === 0).map((question) => question.id);
}

/** The answers to record for an attempt: every asked question, in question order, unanswered ones as empty. */
export function answersToRecord(questions: readonly { id: string }[], answers: Readonly<Answers>): Answers {
  return Object.fromEntries(questions.map((question) => [question.id, [...(own(answers, question.id) ?? [])]]));
}

function versionedCheck<Q extends SessionQuestion>(check: SessionCheck<Q>) {
  return { draw: check.draw, questions: keysOf(check.questions), earlierKeys: check.earlierKeys };
}

/**
 * The score of every saved attempt that has one (trimmed attempts have none), derived from its raw answers and
 * graded against its own version of the check.
 */
export function attemptScores<Q extends SessionQuestion>(check: SessionCheck<Q>, attempts: readonly SavedAttempt[]): Score[] {
  const versioned = versionedCheck(check);
  return attempts
    .filter((attempt) => !attempt.trimmed)
    .map((attempt) => scoreCheck(gradeAttempt(versioned, attempt.answers).questions, attempt.answers));
}
