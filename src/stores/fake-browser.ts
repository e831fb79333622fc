// Test support for the stores' unit tests: a browser window as a store sees it, so that each test arranges storage
// (working, full or blocked), other tabs' writes and window.name. Only test files import it.
import { vi } from 'vitest';

/** A browser window as the store sees it: localStorage (which may fail), storage events and window.name. */
export function fakeBrowser({ failWrite = (_key: string): boolean => false, blocked = false } = {}) {
  const data = new Map<string, string>();
  const guard = () => {
    if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const listeners = new Set<(event: { key: string; newValue: string | null }) => void>();
  const window = {
    name: '',
    localStorage: {
      getItem: (key: string) => (guard(), data.get(key) ?? null),
      setItem: (key: string, value: string) => {
        guard();
        if (failWrite(key)) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        data.set(key, value);
      },
      removeItem: (key: string) => (guard(), void data.delete(key)),
    },
    addEventListener: (type: string, listener: never) => void (type === 'storage' && listeners.add(listener)),
    removeEventListener: (type: string, listener: never) => void (type === 'storage' && listeners.delete(listener)),
  };
  vi.stubGlobal('window', window);
  return {
    data,
    window,
    /** Writes a key the way another tab does: storage changes, then this page gets a storage event. */
    writeFromAnotherTab(key: string, value: string | null) {
      if (value === null) data.delete(key);
      else data.set(key, value);
      for (const listener of listeners) listener({ key, newValue: value });
    },
  };
}
