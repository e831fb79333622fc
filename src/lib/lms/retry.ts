// How long the LMS bridge waits before trying a refused commit or statement again: doubling from 2 seconds, so a
// short outage is bridged quickly without flooding an LMS that is down, and never more than a minute apart.

/** Milliseconds to wait before retry number `attempt` (0-based). */
export function retryDelay(attempt: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempt), 60_000);
}
