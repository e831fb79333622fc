import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

const KEY = 'srm-course:progress';
const NOW = '2026-11-02T09:00:00.000Z';

// The store reads storage when it is created, so each test imports a fresh copy after arranging storage.
async function freshStores() {
  vi.resetModules();
  return { ...(await import('./progress-store')), ...(await import('./review')) };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('review verbs', () => {
  it('save each answer and its feeling with the rest of the progress, under the one progress key', async () => {
    const browser = fakeBrowser();
    const { $progress, recordQuestionReview, recordCardReview, setReviewFeeling } = await freshStores();
    const at = recordQuestionReview('iaas-in-practice', 'guest-os-patching', ['customer']);
    expect(at).toBe(NOW);
    recordCardReview('iaas-duties', 'patch-guest-os', 'customer');
    setReviewFeeling('checks', 'iaas-in-practice', 'guest-os-patching', at, 'knew');
    const reviews = {
      checks: { 'iaas-in-practice': [{ at: NOW, answers: { 'guest-os-patching': ['customer'] }, felt: 'knew' }] },
      exercises: { 'iaas-duties': [{ at: NOW, placements: { 'patch-guest-os': 'customer' } }] },
    };
    expect($progress.get().reviews).toEqual(reviews);
    expect([...browser.data.keys()]).toEqual([KEY]);
    expect(JSON.parse(browser.data.get(KEY)!).reviews).toEqual(reviews);
  });

  it('merge with what another tab saved: no answer is lost, and a feeling given there is kept', async () => {
    const browser = fakeBrowser();
    const { $progress, recordQuestionReview, setReviewFeeling } = await freshStores();
    const at = recordQuestionReview('c', 'q', ['a']);
    // The other tab had read this answer, added how it felt and an answer of its own; its save arrives.
    const other = JSON.parse(browser.data.get(KEY)!);
    other.reviews.checks.c = [
      { at, answers: { q: ['a'] }, felt: 'knew' },
      { at: '2026-11-02T09:05:00.000Z', answers: { q: ['b'] } },
    ];
    browser.writeFromAnotherTab(KEY, JSON.stringify(other));
    expect($progress.get().reviews.checks.c).toEqual(other.reviews.checks.c);
    // This tab answers again before hearing of a later save there: saving merges it in, nothing is lost or doubled.
    vi.setSystemTime(new Date('2026-11-02T09:10:00.000Z'));
    browser.data.set(KEY, JSON.stringify({ ...other, reviews: { checks: { c: [...other.reviews.checks.c, { at: '2026-11-02T09:07:00.000Z', answers: { q: ['c'] } }] }, exercises: {} } }));
    recordQuestionReview('c', 'q', ['d']);
    const saved = JSON.parse(browser.data.get(KEY)!).reviews.checks.c;
    expect(saved.map((review: { answers: { q: string[] } }) => review.answers.q[0])).toEqual(['a', 'b', 'c', 'd']);
    expect(saved[0].felt).toBe('knew');
    // A feeling changed here is saved over the one from there.
    setReviewFeeling('checks', 'c', 'q', at, 'guessed');
    expect(JSON.parse(browser.data.get(KEY)!).reviews.checks.c[0]).toEqual({ at, answers: { q: ['a'] }, felt: 'guessed' });
  });

  it('keep answers for the visit when storage is blocked, carried from page to page in window.name', async () => {
    const browser = fakeBrowser({ blocked: true });
    const { $progress, $storageStatus, recordQuestionReview } = await freshStores();
    recordQuestionReview('c', 'q', ['a']);
    expect($storageStatus.get().canSave).toBe(false);
    expect($progress.get().reviews.checks.c).toHaveLength(1);
    expect(browser.window.name).toContain('"reviews":{"checks":{"c":[');
    const next = await freshStores();
    expect(next.$progress.get().reviews.checks.c).toEqual([{ at: NOW, answers: { q: ['a'] } }]);
  });
});
