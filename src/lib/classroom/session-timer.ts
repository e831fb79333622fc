// The presenter's session clock as plain data, so that it can be saved, survive a reload of the presenter and run on
// from one lesson to the next of the same class. An optional target says how long the class should take.

/** A running clock has `startedAt`; a paused one has only what it had counted (`banked`). Times are epoch ms. */
export interface TimerState {
  startedAt: number | null;
  banked: number;
  /** How long the session is meant to take, in ms, or null for no target. */
  targetMs: number | null;
}

/** The longest target the presenter accepts, in minutes (a whole teaching day). */
export const MAX_TARGET_MINUTES = 600;

/** A clock that starts counting at `now`, with no target. */
export function startedTimer(now: number): TimerState {
  return { startedAt: now, banked: 0, targetMs: null };
}

/** Milliseconds counted by `now`. */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.banked + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Pauses a running clock or resumes a paused one. */
export function toggleTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null
    ? { ...timer, startedAt: now }
    : { ...timer, startedAt: null, banked: elapsedMs(timer, now) };
}

/** Back to zero, still running or still paused, with the same target. */
export function resetTimer(timer: TimerState, now: number): TimerState {
  return { ...timer, startedAt: timer.startedAt === null ? null : now, banked: 0 };
}

/** The clock with a target of `minutes` (null clears it). */
export function withTarget(timer: TimerState, minutes: number | null): TimerState {
  return { ...timer, targetMs: minutes === null ? null : minutes * 60_000 };
}

/**
 * A target as typed by the presenter: a whole number of minutes from 1 to MAX_TARGET_MINUTES, null for an empty field
 * (no target), or 'invalid'.
 */
export function parseTargetMinutes(input: string): number | null | 'invalid' {
  const text = input.trim();
  if (text === '') return null;
  if (!/^\d{1,4}$/.test(text)) return 'invalid';
  const minutes = Number(text);
  return minutes >= 1 && minutes <= MAX_TARGET_MINUTES ? minutes : 'invalid';
}

/** How the session stands against its target: time left (or over), or null when there is no target. */
export function targetStatus(timer: TimerState, now: number): { leftMs: number; over: boolean } | null {
  if (timer.targetMs === null) return null;
  const left = timer.targetMs - elapsedMs(timer, now);
  return { leftMs: Math.abs(left), over: left < 0 };
}

/** A saved clock, or null when the value is not one (then the presenter starts a new clock). Clocks saved before
 *  targets existed read as having none. */
export function parseTimer(value: unknown): TimerState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { startedAt, banked, targetMs = null } = value as Record<string, unknown>;
  const isTime = (time: unknown): time is number => typeof time === 'number' && Number.isFinite(time) && time >= 0;
  if (!isTime(banked) || !(startedAt === null || isTime(startedAt))) return null;
  if (!(targetMs === null || (isTime(targetMs) && targetMs > 0 && targetMs <= MAX_TARGET_MINUTES * 60_000))) return null;
  return { startedAt, banked, targetMs };
}
