import { describe, expect, it, vi } from 'vitest';
import { createGuardedStorage, type StorageLike } from './guarded-storage';

function memoryStorage(options: { failWrites?: boolean; failAll?: boolean; failReads?: boolean } = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const guard = (write = false) => {
    if (options.failAll || (write && options.failWrites)) throw new DOMException('nope', 'QuotaExceededError');
  };
  return {
    data,
    getItem: (key) => {
      guard();
      if (options.failReads) throw new DOMException('nope', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => (guard(true), void data.set(key, value)),
    removeItem: (key) => (guard(true), void data.delete(key)),
  };
}

describe('createGuardedStorage', () => {
  it('passes reads and writes through to working storage', () => {
    const storage = memoryStorage();
    const onTrouble = vi.fn();
    const { read, write, isOnlyInMemory } = createGuardedStorage(() => storage, onTrouble);
    write('a', '1');
    expect(storage.data.get('a')).toBe('1');
    expect(read('a') !== undefined).toBe(true);
    expect(read('a')).toBe('1');
    expect(read('b') !== undefined).toBe(false);
    expect(isOnlyInMemory('a')).toBe(false);
    expect(onTrouble).not.toHaveBeenCalled();
  });

  it('keeps values in memory and reports once when writes fail (storage full)', () => {
    const storage = memoryStorage({ failWrites: true });
    const onTrouble = vi.fn();
    const { read, write, isOnlyInMemory } = createGuardedStorage(() => storage, onTrouble);
    write('a', '1');
    write('a', '2');
    expect(read('a')).toBe('2');
    expect(isOnlyInMemory('a')).toBe(true);
    expect(storage.data.size).toBe(0);
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('works for the visit when every call throws', () => {
    const onTrouble = vi.fn();
    const { read, write } = createGuardedStorage(() => memoryStorage({ failAll: true }), onTrouble);
    expect(read('a')).toBeUndefined();
    expect(read('a') !== undefined).toBe(false);
    write('a', '1');
    expect(read('a')).toBe('1');
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('works when even getting the storage throws (blocked by the browser)', () => {
    const onTrouble = vi.fn();
    const { read, write } = createGuardedStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    }, onTrouble);
    write('a', '1');
    expect(read('a')).toBe('1');
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('never overwrites a held key in storage, and a hold is not trouble with storage', () => {
    const storage = memoryStorage();
    storage.data.set('a', 'old');
    const onTrouble = vi.fn();
    const { read, write, holdInMemory, isOnlyInMemory } = createGuardedStorage(() => storage, onTrouble);
    holdInMemory('a');
    write('a', 'new');
    expect(read('a')).toBe('new');
    expect(storage.data.get('a')).toBe('old');
    expect(isOnlyInMemory('a')).toBe(true);
    expect(onTrouble).not.toHaveBeenCalled();
  });

  it('writes a held key again once the hold is released', () => {
    const storage = memoryStorage();
    storage.data.set('a', 'old');
    const { read, write, holdInMemory, releaseHold, isOnlyInMemory } = createGuardedStorage(() => storage, () => {});
    holdInMemory('a');
    write('a', 'new');
    releaseHold('a');
    write('a', 'newer');
    expect(storage.data.get('a')).toBe('newer');
    expect(isOnlyInMemory('a')).toBe(false);
  });

  it('tries a write without keeping it in memory or reporting trouble', () => {
    const onTrouble = vi.fn();
    const working = createGuardedStorage(() => memoryStorage(), onTrouble);
    expect(working.trySave('a', '1')).toBe(true);
    expect(working.read('a')).toBe('1');
    const full = createGuardedStorage(() => memoryStorage({ failWrites: true }), onTrouble);
    expect(full.trySave('a', '1')).toBe(false);
    expect(full.read('a')).toBeUndefined();
    expect(full.isOnlyInMemory('a')).toBe(false);
    const blocked = createGuardedStorage(() => undefined, () => {});
    expect(blocked.trySave('a', '1')).toBe(false);
    expect(onTrouble).not.toHaveBeenCalled();
  });

  it('probes whether storage takes writes, leaving nothing behind', () => {
    const storage = memoryStorage();
    const onTrouble = vi.fn();
    expect(createGuardedStorage(() => storage, onTrouble).probe('probe')).toBe(true);
    expect(storage.data.size).toBe(0);
    expect(onTrouble).not.toHaveBeenCalled();
    expect(createGuardedStorage(() => memoryStorage({ failWrites: true }), onTrouble).probe('probe')).toBe(false);
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('finds that storage keeps nothing when writes work but reads fail', () => {
    const onTrouble = vi.fn();
    expect(createGuardedStorage(() => memoryStorage({ failReads: true }), onTrouble).probe('probe')).toBe(false);
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('keeps a value that the caller says does not fit in memory, and reports it like a full storage', () => {
    const storage = memoryStorage();
    const onTrouble = vi.fn();
    const guarded = createGuardedStorage(() => storage, onTrouble);
    expect(guarded.write('a', 'too big', false)).toBe(false);
    expect(storage.data.has('a')).toBe(false);
    expect(guarded.read('a')).toBe('too big');
    expect(guarded.isOnlyInMemory('a')).toBe(true);
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });
});
