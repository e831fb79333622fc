import { describe, expect, it, vi } from 'vitest';
import { createGuardedStorage, type StorageLike } from './guarded-storage';

function memoryStorage(options: { failWrites?: boolean; failAll?: boolean } = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const guard = (write = false) => {
    if (options.failAll || (write && options.failWrites)) throw new DOMException('nope', 'QuotaExceededError');
  };
  return {
    data,
    getItem: (key) => (guard(), data.get(key) ?? null),
    setItem: (key, value) => (guard(true), void data.set(key, value)),
    removeItem: (key) => (guard(true), void data.delete(key)),
  };
}

describe('createGuardedStorage', () => {
  it('passes reads and writes through to working storage', () => {
    const storage = memoryStorage();
    const onTrouble = vi.fn();
    const { engine, isOnlyInMemory } = createGuardedStorage(() => storage, onTrouble);
    engine.a = '1';
    expect(storage.data.get('a')).toBe('1');
    expect('a' in engine).toBe(true);
    expect(engine.a).toBe('1');
    expect('b' in engine).toBe(false);
    expect(isOnlyInMemory('a')).toBe(false);
    expect(onTrouble).not.toHaveBeenCalled();
  });

  it('keeps values in memory and reports once when writes fail (storage full)', () => {
    const storage = memoryStorage({ failWrites: true });
    const onTrouble = vi.fn();
    const { engine, isOnlyInMemory } = createGuardedStorage(() => storage, onTrouble);
    engine.a = '1';
    engine.a = '2';
    expect(engine.a).toBe('2');
    expect(isOnlyInMemory('a')).toBe(true);
    expect(storage.data.size).toBe(0);
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('works for the visit when every call throws', () => {
    const onTrouble = vi.fn();
    const { engine } = createGuardedStorage(() => memoryStorage({ failAll: true }), onTrouble);
    expect(engine.a).toBeUndefined();
    expect('a' in engine).toBe(false);
    engine.a = '1';
    expect(engine.a).toBe('1');
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('works when even getting the storage throws (blocked by the browser)', () => {
    const onTrouble = vi.fn();
    const { engine } = createGuardedStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    }, onTrouble);
    engine.a = '1';
    expect(engine.a).toBe('1');
    expect(onTrouble).toHaveBeenCalledTimes(1);
  });

  it('never overwrites a held key in storage, and a hold is not trouble with storage', () => {
    const storage = memoryStorage();
    storage.data.set('a', 'old');
    const onTrouble = vi.fn();
    const { engine, holdInMemory, isOnlyInMemory } = createGuardedStorage(() => storage, onTrouble);
    holdInMemory('a');
    engine.a = 'new';
    expect(engine.a).toBe('new');
    expect(storage.data.get('a')).toBe('old');
    expect(isOnlyInMemory('a')).toBe(true);
    expect(onTrouble).not.toHaveBeenCalled();
  });

  it('writes a held key again once the hold is released', () => {
    const storage = memoryStorage();
    storage.data.set('a', 'old');
    const { engine, holdInMemory, releaseHold, isOnlyInMemory } = createGuardedStorage(() => storage, () => {});
    holdInMemory('a');
    engine.a = 'new';
    releaseHold('a');
    engine.a = 'newer';
    expect(storage.data.get('a')).toBe('newer');
    expect(isOnlyInMemory('a')).toBe(false);
  });

  it('tries a write without keeping it in memory or reporting trouble', () => {
    const onTrouble = vi.fn();
    const working = createGuardedStorage(() => memoryStorage(), onTrouble);
    expect(working.trySave('a', '1')).toBe(true);
    expect(working.engine.a).toBe('1');
    const full = createGuardedStorage(() => memoryStorage({ failWrites: true }), onTrouble);
    expect(full.trySave('a', '1')).toBe(false);
    expect(full.engine.a).toBeUndefined();
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
});
