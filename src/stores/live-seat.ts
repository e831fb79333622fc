// A learner's seat in a live session: the join code and the token the server gave, kept in localStorage under
// `srm-course:live-seat` so that a phone that slept, lost the network or reloaded the page comes back as the same
// participant (and cannot answer twice). Only the latest seat is kept; a new session's code replaces it. Blocked
// storage only means a reload joins as someone new.

const KEY = 'srm-course:live-seat';

/** The saved seat. */
export interface Seat {
  code: string;
  token: string;
}

/** The saved seat, or null (none, unreadable, or storage blocked). */
export function loadSeat(): Seat | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { code, token } = value as Record<string, unknown>;
    return typeof code === 'string' && typeof token === 'string' && code.length <= 20 && token.length <= 200 ? { code, token } : null;
  } catch {
    return null;
  }
}

/** Saves the seat; false when storage is blocked or full. */
export function saveSeat(seat: Seat): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify({ code: seat.code, token: seat.token }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the seat (the session it belongs to is over). */
export function forgetSeat(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to forget when storage is blocked.
  }
}
