import { own } from '~/lib/own';
import { LMS_BUILD } from '~/lib/progress/build';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Announcements, DragCancelEvent, DragEndEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { $progress } from '~/stores/progress-store';
import { recordExerciseAttempt, saveExercisePlacements } from '~/stores/exercise-progress';
import type { SortExerciseView } from '~/lib/sort/answers';
import { PILE_NAME, leftToSort, sortAnnouncements } from '~/lib/sort/announcements';
import { markSort, scoreSort } from '~/lib/sort/grading';
import { misplacedCards, type RetryMode } from '~/lib/sort/retry';
import {
  INITIAL_SORT_STATE,
  keepKnown,
  nextUnsortedCard,
  sortReducer,
  type SortAction,
  type SortState,
} from '~/lib/sort/sort-state';

/** Droppable id of the unsorted pile; zones use their owner id. */
export const PILE = 'pile';

/** Data carried by each draggable card, read by the keyboard coordinate getter. */
export interface CardDragData {
  zoneKey: string;
}

/** State and behaviour of one sorting exercise; the view only renders what this returns and forwards events. */
export function useResponsibilitySort(view: SortExerciseView) {
  const [state, setState] = useState<SortState>(INITIAL_SORT_STATE);
  const stateRef = useRef(state);
  const [status, setStatus] = useState('');
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  // The zone the card was last said to be over (its own zone at pick-up), so each zone is said once on arrival.
  const lastSaidOver = useRef<string | null | undefined>(undefined);

  const cardIds = useMemo(() => view.cards.map((card) => card.id), [view.cards]);
  const zoneIds = useMemo(() => view.zones.map((zone) => zone.id), [view.zones]);

  const apply = useCallback((action: SortAction) => {
    const next = sortReducer(stateRef.current, action);
    stateRef.current = next;
    setState(next);
    return next;
  }, []);

  // Saved progress is read after hydration, so the server and first client render agree (no error #418).
  useEffect(() => {
    const saved = own($progress.get().exercises, view.id);
    if (!saved) return;
    // The last attempt as saved: one made before cards or zones were replaced no longer matches the board, whose
    // unknown cards are dropped, so it is not shown as checked; the cards both versions share stay placed.
    apply({
      type: 'restore',
      placements: keepKnown(saved.placements, cardIds, zoneIds),
      // One whose placements LMS resume data left out (LMS_BUILD) has no board to show.
      attempt: (LMS_BUILD && saved.attempts.at(-1)?.trimmed ? null : saved.attempts.at(-1)?.placements) ?? null,
    });
  }, [apply, cardIds, zoneIds, view.id]);

  // Focus moves only after React has rendered the element it moves to.
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    pendingFocus.current = null;
    rootRef.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  const cardName = useCallback(
    (id: UniqueIdentifier) => {
      const card = view.cards.find((candidate) => candidate.id === id);
      if (!card) return String(id);
      return card.tag ? `${card.text} (${card.tag})` : card.text;
    },
    [view.cards],
  );
  const zoneName = useCallback(
    (key: UniqueIdentifier | null | undefined) =>
      key === PILE || key == null ? PILE_NAME : (view.zones.find((zone) => zone.id === key)?.label ?? String(key)),
    [view.zones],
  );
  const zoneKeyOf = (cardId: UniqueIdentifier) => stateRef.current.placements[String(cardId)] ?? PILE;

  /** Queues focus for the card after `cardId` still in the pile, or for Check when every card is sorted. */
  const focusNextUnsorted = (cardId: string, placements: Record<string, string>) => {
    const next = nextUnsortedCard(cardIds, placements, cardId);
    pendingFocus.current = next ? `[data-card-handle="${next}"]` : '[data-action="check"]';
  };

  /** Places a card and says so in the status line, whichever way it moved (drag, keyboard or Move to…). */
  const placeCard = (cardId: string, zoneKey: string, viaKeyboardOrMenu: boolean) => {
    const zoneId = zoneKey === PILE ? null : zoneKey;
    const next = apply({ type: 'move', cardId, zoneId });
    saveExercisePlacements(view.id, next.placements);
    const left = cardIds.filter((id) => next.placements[id] === undefined).length;
    setStatus(
      zoneId === null
        ? `${cardName(cardId)} returned to ${PILE_NAME}. ${leftToSort(left)}`
        : sortAnnouncements.dropped(cardName(cardId), zoneName(zoneId), left),
    );
    if (!viaKeyboardOrMenu) return;
    if (zoneId === null) pendingFocus.current = `[data-card-handle="${cardId}"]`;
    else focusNextUnsorted(cardId, next.placements);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastSaidOver.current = zoneKeyOf(active.id);
      return sortAnnouncements.pickedUp(cardName(active.id), zoneName(zoneKeyOf(active.id)));
    },
    onDragOver: ({ active, over }) => {
      // dnd-kit reports the card's own zone right after pick-up, sometimes more than once; saying it would cut off
      // "Picked up …". Only a move to another zone (or off every zone) is said.
      const overId = over ? String(over.id) : null;
      if (overId === lastSaidOver.current) return undefined;
      lastSaidOver.current = overId;
      return sortAnnouncements.over(cardName(active.id), over ? zoneName(over.id) : null);
    },
    // The drop is said by the sorter's own status line, which a touch or mouse drop updates too.
    onDragEnd: () => undefined,
    onDragCancel: ({ active }) => sortAnnouncements.cancelled(cardName(active.id), zoneName(zoneKeyOf(active.id))),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setOpenMenu(null);
    apply({ type: 'pick-up', cardId: String(active.id) });
  };
  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    const keyboard = activatorEvent instanceof KeyboardEvent;
    if (!over) {
      setStatus(sortAnnouncements.droppedOutside(cardName(active.id), zoneName(zoneKeyOf(active.id))));
      apply({ type: 'cancel' });
      if (keyboard) pendingFocus.current = `[data-card-handle="${String(active.id)}"]`;
      return;
    }
    placeCard(String(active.id), String(over.id), keyboard);
  };
  const onDragCancel = ({ active }: DragCancelEvent) => {
    apply({ type: 'cancel' });
    pendingFocus.current = `[data-card-handle="${String(active.id)}"]`;
  };

  const moveTo = (cardId: string, zoneKey: string) => {
    setOpenMenu(null);
    placeCard(cardId, zoneKey, true);
  };

  const toggleMenu = (cardId: string) => setOpenMenu((current) => (current === cardId ? null : cardId));
  const closeMenu = (cardId: string) => {
    setOpenMenu(null);
    pendingFocus.current = `[data-move-toggle="${cardId}"]`;
  };

  const check = () => {
    const next = apply({ type: 'check' });
    recordExerciseAttempt(view.id, next.placements);
    setStatus(sortAnnouncements.result(scoreSort(view.solution, next.placements)));
    pendingFocus.current = '[data-result]';
  };

  const retry = (mode: RetryMode) => {
    const next = apply({ type: 'retry', mode, solution: view.solution });
    saveExercisePlacements(view.id, next.placements);
    const returned = cardIds.filter((id) => next.placements[id] === undefined).length;
    setStatus(sortAnnouncements.retried(returned));
    const first = nextUnsortedCard(cardIds, next.placements);
    pendingFocus.current = first ? `[data-card-handle="${first}"]` : '[data-action="check"]';
  };

  const showSolution = () => {
    apply({ type: 'show-solution' });
    setStatus(sortAnnouncements.solution);
    pendingFocus.current = '[data-result]';
  };

  const shown = state.phase === 'solution' ? view.solution : state.placements;
  const marks = state.attempt && state.phase === 'checked' ? markSort(view.solution, state.attempt) : null;
  const score = state.attempt ? scoreSort(view.solution, state.attempt) : null;
  const unsorted = cardIds.filter((id) => state.placements[id] === undefined).length;

  return {
    rootRef,
    state,
    status,
    openMenu,
    announcements,
    zoneOf: (cardId: string) => shown[cardId] ?? PILE,
    marks,
    score,
    unsorted,
    hasMisplaced: state.attempt ? misplacedCards(view.solution, state.attempt).length > 0 : false,
    cardName,
    zoneName,
    onDragStart,
    onDragEnd,
    onDragCancel,
    moveTo,
    toggleMenu,
    closeMenu,
    check,
    retry,
    showSolution,
  };
}
