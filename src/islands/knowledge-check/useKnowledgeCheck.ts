import { useStore } from '@nanostores/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { orderOptions } from '../../lib/quiz/shuffle';
import { correctOptionIds, markOptions, questionVerdict, type OptionFeedback, type QuestionVerdict } from '../../lib/quiz/grading';
import {
  answersToRecord,
  attemptScores,
  chooseOption,
  freshSession,
  questionsInSession,
  isCurrentAttempt,
  restoreSession,
  unansweredQuestions,
  type SessionState,
} from '../../lib/quiz/session';
import { summarizeAttempt, type AttemptSummary } from '../../lib/quiz/summary';
import { EMPTY_PROGRESS } from '../../lib/progress/model';
import { $progress } from '../../stores/progress-store';
import { recordCheckAttempt } from '../../stores/check-progress';
import { strings } from './strings';
import type { CheckOptionData, CheckQuestionData, KnowledgeCheckProps, ReviewTarget } from './types';
import { own } from '../../lib/own';

/** One question as the view renders it: options in this attempt's order, with their marks once checked. */
export interface QuestionView {
  question: CheckQuestionData;
  /** Id of the fieldset, the target of focus after Show answers. */
  fieldsetId: string;
  /** Shared `name` of the question's inputs. */
  inputName: string;
  options: { option: CheckOptionData; inputId: string; selected: boolean; feedback: OptionFeedback | null }[];
  verdict: QuestionVerdict | null;
}

type FocusTarget = { kind: 'result' } | { kind: 'input'; id: string } | { kind: 'fieldset'; id: string };

const NO_ATTEMPTS: readonly { at: string; answers: Record<string, string[]> }[] = [];

/**
 * The first state: a fresh attempt, with any option the learner chose before the island took over. On a slow
 * connection the server-rendered inputs are there, and take clicks, well before the check's code: read while React
 * hydrates (before it touches this part of the page), those choices are kept instead of being wiped.
 */
function choicesMadeBeforeHydration(props: KnowledgeCheckProps, uid: string): SessionState {
  let session = freshSession(0);
  if (typeof document === 'undefined') return session;
  for (const question of questionsInSession(props, props.checkId, session)) {
    for (const option of question.options) {
      const input = document.getElementById(`${uid}-${question.id}-${option.id}`);
      if (input instanceof HTMLInputElement && input.checked) session = chooseOption(session, question, option.id, true);
    }
  }
  return session;
}

/** State and behaviour of one knowledge check; the component only renders what this returns. */
export function useKnowledgeCheck(props: KnowledgeCheckProps) {
  const uid = useId();
  // The server snapshot is the neutral EMPTY_PROGRESS (a stable constant), so hydration never mismatches (#418).
  const progress = useStore($progress, { ssr: () => EMPTY_PROGRESS });
  const attempts = own(progress.checks, props.checkId) ?? NO_ATTEMPTS;
  const [state, setState] = useState<SessionState>(() => choicesMadeBeforeHydration(props, uid));
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<FocusTarget | null>(null);

  useEffect(() => setHydrated(true), []);

  // Follow the saved attempts: restore the last one on load, after another tab records one, or after a reset.
  const savedCount = attempts.length;
  useEffect(() => {
    setState((current) => {
      if (savedCount === 0) return current.phase === 'checked' ? freshSession(0) : current;
      const untouched = current.phase === 'answering' && Object.values(current.answers).every((ids) => ids.length === 0);
      const stale = current.phase === 'checked' && current.round !== savedCount - 1;
      return untouched || stale ? restoreSession(props, attempts) : current;
    });
    // Only the number of attempts matters: a recorded attempt never changes.
  }, [savedCount]);

  const resultId = `${uid}-result`;
  const questions = useMemo(() => questionsInSession(props, props.checkId, state), [props, state]);
  const checked = state.phase === 'checked';

  const views: QuestionView[] = questions.map((question) => {
    const chosen = own(state.answers, question.id) ?? [];
    const feedback = checked ? markOptions(question.options, chosen, state.revealed) : null;
    return {
      question,
      fieldsetId: `${uid}-${question.id}`,
      inputName: `${uid}-${question.id}`,
      options: orderOptions(question.options, question, props.shuffle, props.checkId, state.round).map((option) => ({
        option,
        inputId: `${uid}-${question.id}-${option.id}`,
        selected: chosen.includes(option.id),
        feedback: feedback?.find((item) => item.optionId === option.id) ?? null,
      })),
      verdict: checked ? questionVerdict(correctOptionIds(question), chosen) : null,
    };
  });

  const summary: AttemptSummary<ReviewTarget> | null = checked
    ? summarizeAttempt(questions, state.answers, {
        passMark: props.kind === 'assessment' ? props.passMark : undefined,
        reviewKey: (review) => review.href,
      })
    : null;
  const scores = attemptScores(props, attempts);
  // The last attempt was made before the check's questions changed: the view says so, with the score it still has.
  const last = attempts.at(-1);
  const changedSince = !checked && state.round === attempts.length && !!last && !isCurrentAttempt(props, last.answers);
  const best = scores.reduce((max, score) => Math.max(max, score.percent), 0);

  // Move focus after the render that shows the new content.
  useEffect(() => {
    if (!focus) return;
    const id = focus.kind === 'result' ? resultId : focus.id;
    // Focus without the browser's own scroll, which keeps a tall question's bottom in view and hides its prompt; then
    // bring the target's top into view, below the sticky header (scroll-padding-top), smoothly unless motion is reduced.
    const target = document.getElementById(id);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'start' });
    setFocus(null);
  }, [focus, resultId]);

  const firstInputOf = (view: QuestionView | undefined) => view?.options[0]?.inputId;

  return {
    hydrated,
    checked,
    revealed: state.revealed,
    views,
    summary,
    status,
    resultId,
    attemptCount: attempts.length,
    best,
    changedSince,
    /** Called when an option's input changes. */
    onChoose(question: CheckQuestionData, optionId: string, selected: boolean) {
      setState((current) => chooseOption(current, question, optionId, selected));
    },
    /** Checks the answers, records the attempt and moves focus to the result. */
    onCheck() {
      const missing = unansweredQuestions(questions, state.answers);
      if (missing.length > 0) {
        setStatus(strings.unanswered(missing.map((id) => questions.findIndex((q) => q.id === id) + 1)));
        const firstMissing = firstInputOf(views.find((view) => view.question.id === missing[0]));
        if (firstMissing) setFocus({ kind: 'input', id: firstMissing });
        return;
      }
      const answers = answersToRecord(questions, state.answers);
      const result = summarizeAttempt(questions, answers, {
        passMark: props.kind === 'assessment' ? props.passMark : undefined,
      });
      setState({ ...state, answers, phase: 'checked', revealed: false });
      recordCheckAttempt(props.checkId, answers);
      setStatus(strings.announceChecked(result.score, result.passed, props.passMark));
      setFocus({ kind: 'result' });
    },
    /** Clears the answers and starts a new attempt with a new option order (and a new draw). */
    onRetry() {
      const round = Math.max(attempts.length, state.round + 1);
      setState(freshSession(round));
      setStatus(strings.announceRetry(round + 1));
      const first = questionsInSession(props, props.checkId, freshSession(round))[0];
      if (first) {
        const order = orderOptions(first.options, first, props.shuffle, props.checkId, round);
        if (order[0]) setFocus({ kind: 'input', id: `${uid}-${first.id}-${order[0].id}` });
      }
    },
    /** Moves to a question from the result's list of missed ones, its prompt at the top of the screen. */
    onGoToQuestion(fieldsetId: string) {
      setFocus({ kind: 'fieldset', id: fieldsetId });
    },
    /** Marks every option and shows every explanation. */
    onShowAnswer() {
      setState({ ...state, revealed: true });
      setStatus(strings.announceRevealed);
      if (views[0]) setFocus({ kind: 'fieldset', id: views[0].fieldsetId });
    },
  };
}
