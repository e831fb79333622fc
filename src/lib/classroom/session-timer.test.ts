import { describe, expect, it } from 'vitest';
import { MAX_TARGET_MINUTES, elapsedMs, parseTargetMinutes, parseTimer, resetTimer, startedTimer, targetStatus, toggleTimer, withTarget } from './session-timer';

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

  it('resets to zero, keeps running or paused as it was, and keeps its target', () => {
    expect(elapsedMs(resetTimer(startedTimer(0), 30_000), 31_000)).toBe(1_000);
    const paused = resetTimer(toggleTimer(withTarget(startedTimer(0), 50), 5_000), 9_000);
    expect(paused).toEqual({ startedAt: null, banked: 0, targetMs: 3_000_000 });
  });

  it('never counts backwards when the clock moves back', () => {
    expect(elapsedMs(startedTimer(10_000), 5_000)).toBe(0);
  });

  it('reads a saved clock, one saved before targets existed too, and refuses anything else', () => {
    expect(parseTimer({ startedAt: 5, banked: 10 })).toEqual({ startedAt: 5, banked: 10, targetMs: null });
    expect(parseTimer({ startedAt: null, banked: 0, targetMs: 60_000 })).toEqual({ startedAt: null, banked: 0, targetMs: 60_000 });
    for (const bad of [
      null,
      'x',
      4,
      {},
      { startedAt: '5', banked: 0 },
      { startedAt: 1, banked: -1 },
      { startedAt: 1, banked: Infinity },
      { startedAt: 1, banked: 0, targetMs: 0 },
      { startedAt: 1, banked: 0, targetMs: '50' },
      { startedAt: 1, banked: 0, targetMs: (MAX_TARGET_MINUTES + 1) * 60_000 },
    ]) {
      expect(parseTimer(bad)).toBeNull();
    }
  });
});

describe('target', () => {
  it('reads whole minutes from 1 to the maximum, an empty field as no target', () => {
    expect(parseTargetMinutes(' 50 ')).toBe(50);
    expect(parseTargetMinutes('')).toBeNull();
    expect(parseTargetMinutes(String(MAX_TARGET_MINUTES))).toBe(MAX_TARGET_MINUTES);
    for (const bad of ['0', '-5', '2.5', 'fifty', '1e3', String(MAX_TARGET_MINUTES + 1)]) expect(parseTargetMinutes(bad)).toBe('invalid');
  });

  it('says how much time is left, then how far over it is', () => {
    const timer = withTarget(startedTimer(0), 50);
    expect(targetStatus(timer, 20 * 60_000)).toEqual({ leftMs: 30 * 60_000, over: false });
    expect(targetStatus(timer, 52 * 60_000)).toEqual({ leftMs: 2 * 60_000, over: true });
    expect(targetStatus(withTarget(timer, null), 1)).toBeNull();
  });
});
