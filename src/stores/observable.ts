// A value that pages and islands watch: the progress and the health of its storage. Hand-written rather than a
// nanostores atom because every reading page ships it within a 5 KB budget, and the atom's batching queue (0.3 KB)
// does nothing here: the progress store is the only writer and tells its listeners at once. Islands read it with
// useObservable (src/islands/use-observable.ts), React's own useSyncExternalStore.

/** A watched value. */
export interface Observable<T> {
  /** The current value. */
  get(): T;
  /** Replaces the value and tells every listener, unless it is the very same value. */
  set(value: T): void;
  /** Calls `listener` with every new value; returns the function that stops it. */
  listen(listener: (value: T) => void): () => void;
  /** Calls `listener` with the current value at once, then with every new one; returns the function that stops it. */
  subscribe(listener: (value: T) => void): () => void;
}

/** A watched value starting at `value`. */
export function observable<T>(value: T): Observable<T> {
  const listeners: ((value: T) => void)[] = [];
  const store: Observable<T> = {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      // A copy: a listener may stop itself, or start another, while it is told.
      for (const listener of [...listeners]) listener(value);
    },
    listen(listener) {
      // Each call gets its own entry, so that each stop function stops exactly its own.
      const entry = (next: T) => listener(next);
      listeners.push(entry);
      return () => {
        const index = listeners.indexOf(entry);
        if (index >= 0) listeners.splice(index, 1);
      };
    },
    subscribe(listener) {
      const stop = store.listen(listener);
      listener(value);
      return stop;
    },
  };
  return store;
}
