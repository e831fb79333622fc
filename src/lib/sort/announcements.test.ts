import { describe, expect, it } from 'vitest';
import { leftToSort, sortAnnouncements } from './announcements';

describe('sort announcements', () => {
  it('speaks card and zone names', () => {
    expect(sortAnnouncements.pickedUp('Patch the guest OS', 'Unsorted cards')).toBe(
      'Picked up Patch the guest OS, from Unsorted cards.',
    );
    expect(sortAnnouncements.over('Patch the guest OS', 'Customer')).toBe('Patch the guest OS is over Customer.');
    expect(sortAnnouncements.over('Patch the guest OS', null)).toBe('Patch the guest OS is not over a zone.');
    expect(sortAnnouncements.dropped('Patch the guest OS', 'Customer', 2)).toBe(
      'Patch the guest OS placed in Customer. 2 cards left to sort.',
    );
    expect(sortAnnouncements.cancelled('Patch the guest OS', 'Customer')).toBe(
      'Move cancelled. Patch the guest OS stays in Customer.',
    );
  });

  it('counts what is left in words', () => {
    expect(leftToSort(1)).toBe('1 card left to sort.');
    expect(leftToSort(0)).toBe('All cards sorted. Press Check when ready.');
  });

  it('reads the result with the score', () => {
    expect(sortAnnouncements.result({ correct: 3, total: 4, percent: 75 })).toBe(
      '3 of 4 correct (75%). Read the notes under each card, then retry.',
    );
    expect(sortAnnouncements.result({ correct: 4, total: 4, percent: 100 })).toBe('4 of 4 correct (100%). Well done.');
  });
});
