// localStorage can throw on every call (blocked by the browser or by policy) or when it is full. This wrapper never
// throws: a write that fails is kept in memory for the rest of the visit, and `onTrouble` is told once so the page
// can say that progress will not be kept. It is handed to @nanostores/persistent as its storage engine.

/** The subset of the Web Storage API this wrapper needs. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage that never throws, with an object face for @nanostores/persistent. */
export interface GuardedStorage {
  /**
   * Object view (`engine[key]`, `key in engine`, `engine[key] = value`) for `setPersistentEngine`: what persistentAtom
   * uses for values that are never undefined. It neither lists nor deletes keys, so persistentMap and atoms set to
   * undefined are not supported; the course has neither (progress is never undefined, resets write EMPTY_PROGRESS).
   */
  readonly engine: Record<string, string>;
  /** True when the last write of `key` could not reach real storage. */
  isOnlyInMemory(key: string): boolean;
  /** From now on, writes to `key` stay in memory so that the stored value is not overwritten (until released). */
  holdInMemory(key: string): void;
  /** Ends a hold: the next write of `key` goes to storage again. */
  releaseHold(key: string): void;
  /** Writes straight to storage, never to memory and without reporting trouble; false when it did not fit. */
  trySave(key: string, value: string): boolean;
  /** Writes and removes `key` to learn whether storage takes writes at all; reports trouble when it does not. */
  probe(key: string): boolean;
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

  const write = (key: string, value: string): void => {
    if (!held.has(key) && trySave(key, value)) {
      memory.delete(key);
      return;
    }
    memory.set(key, value);
    // A held key stays in memory by choice, which is no trouble with storage; anything else is full or blocked.
    if (!held.has(key)) trouble();
  };

  const engine = new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
  });

  const probe = (key: string): boolean => {
    let works = trySave(key, '');
    try {
      storage?.removeItem(key);
    } catch {
      works = false;
    }
    if (!works) trouble();
    return works;
  };

  return {
    engine,
    isOnlyInMemory: (key) => memory.has(key),
    holdInMemory: (key) => void held.add(key),
    releaseHold: (key) => void held.delete(key),
    trySave,
    probe,
  };
}
