// When an item is due, in words the learner can act on ("in 8 minutes", "tomorrow at 9:10 AM"), in their time zone.

const MINUTE = 60_000;

/** The calendar day of a moment in a time zone, as a day count (only differences between two of them matter). */
function dayNumber(ms: number, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(ms);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / (24 * 60 * MINUTE);
}

/**
 * Says when `due` comes, seen from `now` (both milliseconds): "now", "in 1 minute", "in 45 minutes", "today at
 * 2:10 PM", "tomorrow at 9:10 AM", or "in 3 days (Thursday, November 5)". `timeZone` is for tests; pages use the
 * learner's own.
 */
export function dueText(due: number, now: number, timeZone?: string): string {
  if (due <= now) return 'now';
  const minutes = Math.ceil((due - now) / MINUTE);
  if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const days = dayNumber(due, timeZone) - dayNumber(now, timeZone);
  const time = new Date(due).toLocaleTimeString('en-US', { timeZone, hour: 'numeric', minute: '2-digit' });
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  const date = new Date(due).toLocaleDateString('en-US', { timeZone, weekday: 'long', month: 'long', day: 'numeric' });
  return `in ${days} days (${date})`;
}
