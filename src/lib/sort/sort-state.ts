import { samePlacements, type Placements } from './grading';
import { retryPlacements, type RetryMode } from './retry';
import { own } from '../own';

/** Sorting (cards can move), checked (marks shown, cards locked) or solution (the answer shown). */
export type SortPhase = 'sorting' | 'checked' | 'solution';

/** Everything the sorter remembers between renders; knows nothing about the DOM. */
export interface SortState {
  /** Card id → zone id for every placed card; cards not listed are in the unsorted pile. */
  placements: Record<string, string>;
  /** The card being carried (picked up by drag or keyboard), if any. */
  activeId: string | null;
  /** Current phase. */
  phase: SortPhase;
  /** Placements at the last Check, which the marks and score are derived from. */
  attempt: Record<string, string> | null;
}

/** Everything the learner can do to the sorter. `zoneId: null` is the unsorted pile. */
export type SortAction =
  | { type: 'pick-up'; cardId: string }
  | { type: 'drop'; zoneId: string | null }
  | { type: 'cancel' }
  | { type: 'move'; cardId: string; zoneId: string | null }
  | { type: 'check' }
  | { type: 'retry'; mode: RetryMode; solution: Placements }
  | { type: 'show-solution' }
  | { type: 'restore'; placements: Placements; attempt: Placements | null };

/** The state of a fresh exercise: every card in the pile. */
export const INITIAL_SORT_STATE: SortState = { placements: {}, activeId: null, phase: 'sorting', attempt: null };

function place(placements: Placements, cardId: string, zoneId: string | null): Record<string, string> {
  const next = Object.fromEntries(Object.entries(placements).filter(([id]) => id !== cardId));
  return zoneId === null ? next : { ...next, [cardId]: zoneId };
}

/** Applies one learner action; actions that make no sense in the current phase leave the state unchanged. */
export function sortReducer(state: SortState, action: SortAction): SortState {
  switch (action.type) {
    case 'pick-up':
      return state.phase === 'sorting' ? { ...state, activeId: action.cardId } : state;
    case 'drop':
      if (state.activeId === null) return state;
      return { ...state, activeId: null, placements: place(state.placements, state.activeId, action.zoneId) };
    case 'cancel':
      return state.activeId === null ? state : { ...state, activeId: null };
    case 'move':
      if (state.phase !== 'sorting') return state;
      return { ...state, activeId: null, placements: place(state.placements, action.cardId, action.zoneId) };
    case 'check':
      return { ...state, activeId: null, phase: 'checked', attempt: { ...state.placements } };
    case 'retry':
      return {
        ...state,
        activeId: null,
        phase: 'sorting',
        placements: retryPlacements(action.solution, state.placements, action.mode),
      };
    case 'show-solution':
      return state.attempt === null ? state : { ...state, activeId: null, phase: 'solution' };
    case 'restore':
      return restoreSortState(action.placements, action.attempt);
  }
}

/** Rebuilds the state from saved progress: the result is shown again when nothing moved since the last Check. */
export function restoreSortState(placements: Placements, attempt: Placements | null): SortState {
  const checked = attempt !== null && samePlacements(placements, attempt);
  return {
    placements: { ...placements },
    activeId: null,
    phase: checked ? 'checked' : 'sorting',
    attempt: attempt ? { ...attempt } : null,
  };
}

/** Keeps only saved placements whose card and zone still exist, so edited content never breaks a reload. */
export function keepKnown(
  placements: Placements | undefined,
  cardIds: readonly string[],
  zoneIds: readonly string[],
): Record<string, string> {
  if (!placements) return {};
  return Object.fromEntries(
    Object.entries(placements).filter(([cardId, zoneId]) => cardIds.includes(cardId) && zoneIds.includes(zoneId)),
  );
}

/** The card to focus after a move: the next card still in the pile after `fromId` (wrapping), or null. */
export function nextUnsortedCard(cardIds: readonly string[], placements: Placements, fromId?: string): string | null {
  const start = fromId === undefined ? 0 : cardIds.indexOf(fromId) + 1;
  for (let step = 0; step < cardIds.length; step += 1) {
    const id = cardIds[(start + step) % cardIds.length]!;
    if (own(placements, id) === undefined && id !== fromId) return id;
  }
  return null;
}
