// localStorage can throw on every call (blocked by the browser or by policy), on reads only, or when it is full. This
// wrapper never throws: a write that fails is kept in memory for the rest of the visit, and `onTrouble` is told once
// so the page can say that progress will not be kept.

/** The subset of the Web Storage API this wrapper needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage that never throws. */
export interface GuardedStorage {
  /** The value under `key`: this visit's own unsaved write if there is one, else storage's; undefined when none. */
  read(key: string): string | undefined;
  /**
   * Saves `value` under `key`, or keeps it in memory when storage refuses it, when `key` is held, or when the caller
   * says it does not `fit` (larger than the course may save); true when saved.
   */
  write(key: string, value: string, fits?: boolean): boolean;
  /** True when the last write of `key` could not reach real storage. */
  isOnlyInMemory(key: string): boolean;
  /** From now on, writes to `key` stay in memory so that the stored value is not overwritten (until released). */
  holdInMemory(key: string): void;
  /** Ends a hold: the next write of `key` goes to storage again. */
  releaseHold(key: string): void;
  /** Writes straight to storage, never to memory and without reporting trouble; false when it did not fit. */
  trySave(key: string, value: string): boolean;
  /**
   * Writes, reads back and removes `key` to learn whether storage keeps values at all (a storage that takes writes
   * but cannot read them back keeps nothing either); reports trouble when it does not.
   */
  probe(key: string): boolean;
  /** Reports trouble (once): progress cannot be kept, for a reason found outside this wrapper. */
  trouble(): void;
}

/** Wraps a storage (or a function that may throw while getting it) so that nothing it does can throw. */
export function createGuardedStorage(getStorage: () => StorageLike | undefined, onTrouble: () => void): GuardedStorage {
  const memory = new Map<string, string>();
  const held = new Set<string>();
  let troubled = false;
  const trouble = () => {
    if (troubled) return;
    troubled = true;
    onTrouble();
  };

  let storage: StorageLike | undefined;
  try {
    storage = getStorage();
  } catch {
    storage = undefined;
  }
  if (!storage) trouble();

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      trouble();
      return undefined;
    }
  };

  const trySave = (key: string, value: string): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };

  const write = (key: string, value: string, fits = true): boolean => {
    if (!held.has(key) && fits && trySave(key, value)) {
      memory.delete(key);
      return true;
    }
    memory.set(key, value);
    // A held key stays in memory by choice, which is no trouble with storage; anything else is full or blocked.
    if (!held.has(key)) trouble();
    return false;
  };

  const probe = (key: string): boolean => {
    let works = trySave(key, '1');
    try {
      works &&= storage?.getItem(key) === '1';
      storage?.removeItem(key);
    } catch {
      works = false;
    }
    if (!works) trouble();
    return works;
  };

  return {
    read,
    write,
    isOnlyInMemory: (key) => memory.has(key),
    holdInMemory: (key) => void held.add(key),
    releaseHold: (key) => void held.delete(key),
    trySave,
    probe,
    trouble,
  };
}
