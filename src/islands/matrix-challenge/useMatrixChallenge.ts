import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { $progress } from '~/stores/progress-store';
import { recordExerciseAttempt, saveExercisePlacements } from '~/stores/exercise-progress';
import type { MatrixChallengeView } from '~/lib/sort/answers';
import { markSort, scoreSort } from '~/lib/sort/grading';
import { misplacedCards, type RetryMode } from '~/lib/sort/retry';
import { INITIAL_SORT_STATE, keepKnown, sortReducer, type SortAction, type SortState } from '~/lib/sort/sort-state';
import { own } from '~/lib/own';
import { LMS_BUILD } from '~/lib/progress/build';

/** State and behaviour of the whole-matrix challenge; cells are the "cards" and owners the "zones". */
export function useMatrixChallenge(view: MatrixChallengeView) {
  const [state, setState] = useState<SortState>(INITIAL_SORT_STATE);
  const stateRef = useRef(state);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const cellIds = useMemo(() => Object.keys(view.solution), [view.solution]);
  const ownerIds = useMemo(() => view.owners.map((owner) => owner.id), [view.owners]);

  const apply = useCallback((action: SortAction) => {
    const next = sortReducer(stateRef.current, action);
    stateRef.current = next;
    setState(next);
    return next;
  }, []);

  // Saved progress is read after hydration so the server and first client render agree.
  useEffect(() => {
    const saved = own($progress.get().exercises, view.id);
    if (!saved) return;
    const last = saved.attempts.at(-1);
    apply({
      type: 'restore',
      placements: keepKnown(saved.placements, cellIds, ownerIds),
      attempt: last && !(LMS_BUILD && last.trimmed) ? keepKnown(last.placements, cellIds, ownerIds) : null,
    });
  }, [apply, cellIds, ownerIds, view.id]);

  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    pendingFocus.current = null;
    rootRef.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  const choose = (cellId: string, ownerId: string) => {
    const next = apply({ type: 'move', cardId: cellId, zoneId: ownerId === '' ? null : ownerId });
    saveExercisePlacements(view.id, next.placements);
  };

  const check = () => {
    const next = apply({ type: 'check' });
    recordExerciseAttempt(view.id, next.placements);
    const score = scoreSort(view.solution, next.placements);
    setStatus(`${score.correct} of ${score.total} cells correct (${score.percent}%).`);
    pendingFocus.current = '[data-result]';
  };

  const retry = (mode: RetryMode) => {
    const next = apply({ type: 'retry', mode, solution: view.solution });
    saveExercisePlacements(view.id, next.placements);
    const empty = cellIds.filter((id) => next.placements[id] === undefined);
    setStatus(`${empty.length} ${empty.length === 1 ? 'cell' : 'cells'} cleared. Choose again, then check.`);
    pendingFocus.current = empty[0] ? `[data-cell="${empty[0]}"]` : '[data-action="check"]';
  };

  const showSolution = () => {
    apply({ type: 'show-solution' });
    setStatus('Solution shown: every cell holds its correct owner.');
    pendingFocus.current = '[data-result]';
  };

  const attempt = state.attempt;
  return {
    rootRef,
    state,
    status,
    choose,
    check,
    retry,
    showSolution,
    marks: attempt && state.phase === 'checked' ? markSort(view.solution, attempt) : null,
    score: attempt ? scoreSort(view.solution, attempt) : null,
    wrongCells: attempt ? misplacedCards(view.solution, attempt) : [],
    filled: cellIds.filter((id) => state.placements[id] !== undefined).length,
    total: cellIds.length,
  };
}
