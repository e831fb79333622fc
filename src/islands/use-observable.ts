import { useSyncExternalStore } from 'react';
import type { Observable } from '~/stores/observable';

/**
 * The current value of a store in an island. `serverValue` (a stable constant, such as EMPTY_PROGRESS) is what the
 * server rendered, so hydration never mismatches; the island shows the saved value right after it.
 */
export function useObservable<T>(store: Observable<T>, serverValue: () => T): T {
  return useSyncExternalStore(store.listen, store.get, serverValue);
}
