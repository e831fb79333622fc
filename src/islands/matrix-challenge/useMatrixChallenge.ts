import { useMemo, useState } from 'react';
import { recordExerciseAttempt, saveExercisePlacements } from '~/stores/progress';
import type { MatrixChallengeView } from '~/lib/sort/answers';
import { markSort, scoreSort } from '~/lib/sort/grading';
import { misplacedCards, type RetryMode } from '~/lib/sort/retry';
import { useSortBoard } from '../responsibility-sort/useSortBoard';

/** State and behaviour of the whole-matrix challenge; cells are the "cards" and owners the "zones". */
export function useMatrixChallenge(view: MatrixChallengeView) {
  const cellIds = useMemo(() => Object.keys(view.solution), [view.solution]);
  const ownerIds = useMemo(() => view.owners.map((owner) => owner.id), [view.owners]);
  const { state, apply, rootRef, pendingFocus } = useSortBoard(view.id, cellIds, ownerIds);
  const [status, setStatus] = useState('');

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
