import { describe, expect, it } from 'vitest';
import { elapsedMs, parseTimer, resetTimer, startedTimer, toggleTimer } from './session-timer';

describe('session timer', () => {
  it('counts from its start', () => {
    expect(elapsedMs(startedTimer(1_000), 66_000)).toBe(65_000);
  });

  it('stops counting while paused and carries on after resuming', () => {
    const paused = toggleTimer(startedTimer(0), 10_000);
    expect(elapsedMs(paused, 50_000)).toBe(10_000);
    const resumed = toggleTimer(paused, 50_000);
    expect(elapsedMs(resumed, 55_000)).toBe(15_000);
  });

  it('resets to zero and keeps running or paused as it was', () => {
    expect(elapsedMs(resetTimer(startedTimer(0), 30_000), 31_000)).toBe(1_000);
    const paused = resetTimer(toggleTimer(startedTimer(0), 5_000), 9_000);
    expect(paused).toEqual({ startedAt: null, banked: 0 });
  });

  it('never counts backwards when the clock moves back', () => {
    expect(elapsedMs(startedTimer(10_000), 5_000)).toBe(0);
  });

  it('reads a saved clock and refuses anything else', () => {
    expect(parseTimer({ startedAt: 5, banked: 10 })).toEqual({ startedAt: 5, banked: 10 });
    expect(parseTimer({ startedAt: null, banked: 0 })).toEqual({ startedAt: null, banked: 0 });
    for (const bad of [null, 'x', 4, {}, { startedAt: '5', banked: 0 }, { startedAt: 1, banked: -1 }, { startedAt: 1, banked: Infinity }]) {
      expect(parseTimer(bad)).toBeNull();
    }
  });
});
