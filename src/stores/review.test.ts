import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores } from 'nanostores';

const KEY = 'srm-course:progress';
const NOW = '2026-11-02T09:00:00.000Z';

/** localStorage (working or blocked), storage events from another tab, and window.name, as the store sees them. */
function fakeWindow({ blocked = false } = {}) {
  const data = new Map<string, string>();
  const guard = () => {
    if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const listeners = new Set<(event: { key: string; newValue: string | null }) => void>();
  const window = {
    name: '',
    localStorage: {
      getItem: (key: string) => (guard(), data.get(key) ?? null),
      setItem: (key: string, value: string) => (guard(), void data.set(key, value)),
      removeItem: (key: string) => (guard(), void data.delete(key)),
    },
    addEventListener: (type: string, listener: never) => void (type === 'storage' && listeners.add(listener)),
    removeEventListener: (type: string, listener: never) => void (type === 'storage' && listeners.delete(listener)),
  };
  vi.stubGlobal('window', window);
  return {
    data,
    window,
    fromAnotherTab(value: string) {
      data.set(KEY, value);
      for (const listener of listeners) listener({ key: KEY, newValue: value });
    },
  };
}

let stores: Awaited<ReturnType<typeof freshStores>> | undefined;
async function freshStores() {
  vi.resetModules();
  const loaded = { ...(await import('./progress-store')), ...(await import('./review')) };
  stores = loaded;
  return loaded;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  if (stores) cleanStores(stores.$progress);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('review verbs', () => {
  it('save each answer and its feeling with the rest of the progress, under the one progress key', async () => {
    const browser = fakeWindow();
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

  it('follow what another tab saved', async () => {
    const browser = fakeWindow();
    const { $progress, recordQuestionReview } = await freshStores();
    $progress.listen(() => {});
    recordQuestionReview('c', 'q', ['a']);
    const other = { ...JSON.parse(browser.data.get(KEY)!), reviews: { checks: { c: [{ at: NOW, answers: { q: ['b'] } }] }, exercises: {} } };
    browser.fromAnotherTab(JSON.stringify(other));
    expect($progress.get().reviews.checks.c).toEqual([{ at: NOW, answers: { q: ['b'] } }]);
  });

  it('keep answers for the visit when storage is blocked, carried from page to page in window.name', async () => {
    const browser = fakeWindow({ blocked: true });
    const { $progress, $storageStatus, recordQuestionReview } = await freshStores();
    recordQuestionReview('c', 'q', ['a']);
    expect($storageStatus.get().canSave).toBe(false);
    expect($progress.get().reviews.checks.c).toHaveLength(1);
    expect(browser.window.name).toContain('"reviews":{"checks":{"c":[');
    cleanStores($progress);
    const next = await freshStores();
    expect(next.$progress.get().reviews.checks.c).toEqual([{ at: NOW, answers: { q: ['a'] } }]);
  });
});
