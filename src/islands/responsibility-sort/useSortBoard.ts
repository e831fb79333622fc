import { useCallback, useEffect, useRef, useState } from 'react';
import { $progress } from '~/stores/progress';
import { INITIAL_SORT_STATE, keepKnown, sortReducer, type SortAction, type SortState } from '~/lib/sort/sort-state';

/** The board both sorting islands share: reducer state, its saved placements, and focus queued for after render. */
export function useSortBoard(exerciseId: string, cardIds: string[], zoneIds: string[]) {
  const [state, setState] = useState<SortState>(INITIAL_SORT_STATE);
  const stateRef = useRef(state);
  const rootRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);

  const apply = useCallback((action: SortAction) => {
    const next = sortReducer(stateRef.current, action);
    stateRef.current = next;
    setState(next);
    return next;
  }, []);

  // Saved progress is read after hydration, so the server and first client render agree (no error #418).
  useEffect(() => {
    const saved = $progress.get().exercises[exerciseId];
    if (!saved) return;
    const last = saved.attempts.at(-1);
    apply({
      type: 'restore',
      placements: keepKnown(saved.placements, cardIds, zoneIds),
      attempt: last ? keepKnown(last.placements, cardIds, zoneIds) : null,
    });
  }, [apply, cardIds, zoneIds, exerciseId]);

  // Focus moves only after React has rendered the element it moves to.
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    pendingFocus.current = null;
    rootRef.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  return { state, stateRef, apply, rootRef, pendingFocus };
}
