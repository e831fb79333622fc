// When a device lost the classroom server, how long it waits before trying again: quickly at first, then every few
// seconds, with some spread so that thirty phones waking at once do not all knock at the same instant.

/** Longest wait between two tries, in ms. */
export const MAX_RETRY_DELAY = 5000;

/** The wait before try number `attempt` (from 0), given a random number in [0, 1). */
export function retryDelay(attempt: number, random: number): number {
  const base = Math.min(MAX_RETRY_DELAY, 500 * 2 ** Math.max(0, Math.min(attempt, 10)));
  return Math.min(MAX_RETRY_DELAY, Math.round(base * (0.75 + 0.5 * random)));
}
