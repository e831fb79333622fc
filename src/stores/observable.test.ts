import { describe, expect, it, vi } from 'vitest';
import { observable } from './observable';

describe('observable', () => {
  it('keeps a value and tells listeners about new ones, not about the same one again', () => {
    const store = observable(1);
    const listener = vi.fn();
    const stop = store.listen(listener);
    store.set(2);
    store.set(2);
    expect(store.get()).toBe(2);
    expect(listener.mock.calls).toEqual([[2]]);
    stop();
    store.set(3);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('subscribe calls at once with the current value', () => {
    const store = observable('a');
    const seen: string[] = [];
    const stop = store.subscribe((value) => seen.push(value));
    store.set('b');
    stop();
    expect(seen).toEqual(['a', 'b']);
  });

  it('lets a listener stop itself while it is told, without skipping the others', () => {
    const store = observable(0);
    const seen: string[] = [];
    const stopFirst = store.listen(() => {
      seen.push('first');
      stopFirst();
    });
    store.listen(() => seen.push('second'));
    store.set(1);
    store.set(2);
    expect(seen).toEqual(['first', 'second', 'second']);
  });

  it('stops each registration on its own when one listener is registered twice', () => {
    const store = observable(0);
    const listener = vi.fn();
    const stopOne = store.listen(listener);
    store.listen(listener);
    stopOne();
    store.set(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
