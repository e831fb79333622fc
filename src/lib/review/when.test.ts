import { describe, expect, it } from 'vitest';
import { dueText } from './when';

const MINUTE = 60_000;
// 2 November 2026, 09:00 in New York (14:00 UTC).
const NOW = Date.UTC(2026, 10, 2, 14, 0);
const NY = 'America/New_York';

describe('dueText', () => {
  it('says now for anything due', () => {
    expect(dueText(NOW, NOW, NY)).toBe('now');
    expect(dueText(NOW - MINUTE, NOW, NY)).toBe('now');
  });

  it('counts minutes within the hour, rounding up', () => {
    expect(dueText(NOW + 1, NOW, NY)).toBe('in 1 minute');
    expect(dueText(NOW + 10 * MINUTE, NOW, NY)).toBe('in 10 minutes');
    expect(dueText(NOW + 59 * MINUTE, NOW, NY)).toBe('in 59 minutes');
  });

  it('names the time today or tomorrow in the learner’s time zone', () => {
    expect(dueText(NOW + 5 * 60 * MINUTE, NOW, NY)).toBe('today at 2:00 PM');
    expect(dueText(NOW + 24 * 60 * MINUTE + 10 * MINUTE, NOW, NY)).toBe('tomorrow at 9:10 AM');
    // 23:30 in New York is already the next day in UTC: the learner's calendar decides.
    expect(dueText(Date.UTC(2026, 10, 3, 4, 30), NOW, NY)).toBe('today at 11:30 PM');
    expect(dueText(Date.UTC(2026, 10, 3, 4, 30), NOW, 'UTC')).toBe('tomorrow at 4:30 AM');
  });

  it('counts calendar days and names the date further ahead', () => {
    expect(dueText(NOW + 3 * 24 * 60 * MINUTE, NOW, NY)).toBe('in 3 days (Thursday, November 5)');
  });
});
