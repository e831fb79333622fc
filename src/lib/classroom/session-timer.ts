// The presenter's elapsed-time clock as plain data, so that it can be saved and survive a reload of the presenter.

/** A running clock has `startedAt`; a paused one has only what it had counted (`banked`). Times are epoch ms. */
export interface TimerState {
  startedAt: number | null;
  banked: number;
}

/** A clock that starts counting at `now`. */
export function startedTimer(now: number): TimerState {
  return { startedAt: now, banked: 0 };
}

/** Milliseconds counted by `now`. */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.banked + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Pauses a running clock or resumes a paused one. */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { startedAt: now, banked: timer.banked } : { startedAt: null, banked: elapsedMs(timer, now) };
}

/** Back to zero, still running or still paused. */
export function resetTimer(timer: TimerState, now: number): TimerState {
  return { startedAt: timer.startedAt === null ? null : now, banked: 0 };
}

/** A saved clock, or null when the value is not one (then the presenter starts a new clock). */
export function parseTimer(value: unknown): TimerState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { startedAt, banked } = value as Record<string, unknown>;
  const isTime = (time: unknown): time is number => typeof time === 'number' && Number.isFinite(time) && time >= 0;
  if (!isTime(banked) || !(startedAt === null || isTime(startedAt))) return null;
  return { startedAt, banked };
}
