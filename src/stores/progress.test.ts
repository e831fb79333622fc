import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';
import { EMPTY_PROGRESS, withLastPlace, withLessonEnded, withLessonOpened } from '../lib/progress/model';
import { MAX_ENCODED_LENGTH } from '../lib/progress/limits';
import saved from '../lib/progress/fixtures/v2.json';
import v1 from '../lib/progress/fixtures/v1.json';

const KEY = 'srm-course:progress';
const BACKUP = 'srm-course:progress-backup';

// The store reads storage when it is created, so each test imports a fresh copy after arranging storage.
let current: typeof import('./progress') | undefined;
async function freshStore() {
  vi.resetModules();
  const store = {
    ...(await import('./progress-store')),
    ...(await import('./progress')),
    ...(await import('./check-progress')),
    ...(await import('./exercise-progress')),
    ...(await import('./progress-replace')),
  };
  current = store;
  const { EMPTY_PROGRESS: EMPTY } = await import('../lib/progress/model');
  await Promise.resolve(); // let the store finish starting fresh after an unusable value
  return { ...store, EMPTY };
}

type Store = Awaited<ReturnType<typeof freshStore>>;
/** One fact at a time, through the store's own updateProgress and the model's rules (pages record reading with recordReading). */
const openLesson = (store: Store, lessonId: string) => store.updateProgress((progress, at) => withLessonOpened(progress, lessonId, at));
const endLesson = (store: Store, lessonId: string) => store.updateProgress((progress, at) => withLessonEnded(progress, lessonId, at));
const placeIn = (store: Store, lessonId: string, sectionId: string) =>
  store.updateProgress((progress, at) => withLastPlace(progress, lessonId, sectionId, at));

let browser: ReturnType<typeof fakeBrowser>;
beforeEach(() => {
  browser = fakeBrowser();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-01T12:00:00.000Z'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('progress store', () => {
  it('starts empty and writes nothing until something happens', async () => {
    const store = await freshStore();
    const { $progress, PROGRESS_KEY } = store;
    expect(PROGRESS_KEY).toBe(KEY);
    expect($progress.get()).toBe(store.EMPTY);
    expect([...browser.data.keys()]).toEqual([]);
  });

  it('loads saved progress', async () => {
    browser.data.set(KEY, JSON.stringify(saved));
    const { $progress } = await freshStore();
    expect($progress.get()).toEqual(saved);
  });

  it('loads progress saved in version 1 with every fact, and saves it as version 2 at the next change', async () => {
    browser.data.set(KEY, JSON.stringify(v1));
    const store = await freshStore();
    expect(store.$progress.get()).toEqual({ ...v1, version: 2, reviews: { checks: {}, exercises: {} } });
    store.setLearnerName('Ada');
    expect(JSON.parse(browser.data.get(KEY) ?? '')).toMatchObject({ version: 2, checks: v1.checks, reviews: { checks: {}, exercises: {} } });
  });

  it('records facts with the time and saves them under its one key', async () => {
    const store = await freshStore();
    openLesson(store, 'iaas-in-practice');
    store.recordCheckAttempt('iaas', { q1: ['a'] });
    store.saveExercisePlacements('sort-iaas', { os: 'customer' });
    store.recordExerciseAttempt('sort-iaas', { os: 'customer', disk: 'provider' });
    placeIn(store, 'iaas-in-practice', 'who-patches');
    endLesson(store, 'iaas-in-practice');
    store.setLearnerName('Ada');
    const at = '2026-05-01T12:00:00.000Z';
    const expected = {
      version: 2,
      lessons: { 'iaas-in-practice': { openedAt: at, endedAt: at } },
      checks: { iaas: [{ at, answers: { q1: ['a'] } }] },
      exercises: { 'sort-iaas': { attempts: [{ at, placements: { os: 'customer', disk: 'provider' } }], placements: { os: 'customer', disk: 'provider' } } },
      lastPlace: { lessonId: 'iaas-in-practice', sectionId: 'who-patches', at },
      settings: { learnerName: 'Ada' },
      reviews: { checks: {}, exercises: {} },
    };
    expect(store.$progress.get()).toEqual(expected);
    expect([...browser.data.keys()]).toEqual([KEY]);
    expect(JSON.parse(browser.data.get(KEY) ?? '')).toEqual(expected);
  });

  it('resets one lesson or everything', async () => {
    browser.data.set(KEY, JSON.stringify(saved));
    const store = await freshStore();
    store.resetLesson('why-datacenter-security-is-hard', ['why-datacenter-security-is-hard'], []);
    expect(Object.keys(store.$progress.get().lessons)).toEqual(['security-is-shared']);
    expect(store.$progress.get().checks).toEqual({});
    store.resetProgress();
    // The reset's time is kept, so that another tab's older copy does not bring anything back.
    expect(JSON.parse(browser.data.get(KEY) ?? '')).toEqual({ ...EMPTY_PROGRESS, clearedAt: '2026-05-01T12:00:00.000Z' });
  });

  it.each([
    ['garbage', '%%%'],
    ['null', 'null'],
    ['the wrong shape', '{"version":1,"lessons":[]}'],
  ])('keeps a copy of %s under the backup key and starts fresh', async (_, raw) => {
    browser.data.set(KEY, raw);
    const store = await freshStore();
    expect(store.$progress.get()).toBe(store.EMPTY);
    expect(browser.data.get(BACKUP)).toBe(raw);
    expect(JSON.parse(browser.data.get(KEY) ?? '')).toEqual(EMPTY_PROGRESS);
    expect(store.$storageStatus.get().recovered).toMatchObject({ backupKept: true });
    expect(store.$storageStatus.get().canSave).toBe(true);
  });

  it('learns on load that storage is full, before anything is saved, and says what is not saved', async () => {
    browser = fakeBrowser({ failWrite: () => true });
    browser.data.set(KEY, JSON.stringify(saved));
    const store = await freshStore();
    expect(store.$storageStatus.get().canSave).toBe(false);
    expect(store.progressIsSaved()).toBe(false);
    expect(store.$progress.get()).toEqual(saved);
  });

  it('says progress is saved when storage takes it', async () => {
    const store = await freshStore();
    store.setLearnerName('Ada');
    expect(store.$storageStatus.get().canSave).toBe(true);
    expect(store.progressIsSaved()).toBe(true);
  });

  describe('when storage cannot keep progress', () => {
    const CARRIED = `${KEY}=`;

    it('carries this visit’s progress to the next page of the tab in window.name', async () => {
      browser = fakeBrowser({ blocked: true });
      const first = await freshStore();
      openLesson(first, 'review');
      expect(browser.window.name.startsWith(CARRIED)).toBe(true);
      const next = await freshStore();
      expect(next.$progress.get().lessons.review).toBeDefined();
      endLesson(next, 'review');
      const third = await freshStore();
      expect(third.$progress.get().lessons.review?.endedAt).toBeDefined();
    });

    it('starts carrying when storage fills up during the visit, and prefers the carried progress over the stored', async () => {
      let full = false;
      browser = fakeBrowser({ failWrite: () => full });
      browser.data.set(KEY, JSON.stringify(saved));
      const first = await freshStore();
      full = true;
      openLesson(first, 'review');
      expect(browser.window.name.startsWith(CARRIED)).toBe(true);
      const next = await freshStore();
      expect(next.$progress.get()).toEqual({ ...saved, lessons: { ...saved.lessons, review: { openedAt: '2026-05-01T12:00:00.000Z' } } });
    });

    it('never takes over a window name that is not its own', async () => {
      browser = fakeBrowser({ blocked: true });
      browser.window.name = 'lms-content-frame';
      const first = await freshStore();
      openLesson(first, 'review');
      expect(browser.window.name).toBe('lms-content-frame');
      const next = await freshStore();
      expect(next.$progress.get()).toBe(next.EMPTY);
    });

    it('leaves window.name alone while storage works, and saves a carried copy once storage works again', async () => {
      const untouched = await freshStore();
      openLesson(untouched, 'review');
      expect(browser.window.name).toBe('');
      // Progress made on an earlier page while storage was full: nothing of it may be dropped now that it has room.
      browser.window.name = CARRIED + JSON.stringify(saved);
      const store = await freshStore();
      await vi.dynamicImportSettled(); // two copies to combine: the merge loads
      expect(store.$progress.get().lessons.review).toBeDefined();
      expect(store.$progress.get().checks).toEqual(saved.checks);
      expect(store.$progress.get().settings).toEqual(saved.settings);
      expect(JSON.parse(browser.data.get(KEY) ?? '')).toEqual(store.$progress.get());
      expect(browser.window.name).toBe('');
    });

    it('keeps the carried progress when only reading storage fails', async () => {
      let readsFail = false;
      browser = fakeBrowser();
      const getItem = browser.window.localStorage.getItem;
      browser.window.localStorage.getItem = (key: string) => {
        if (readsFail) throw new DOMException('The operation is insecure.', 'SecurityError');
        return getItem(key);
      };
      readsFail = true;
      const first = await freshStore();
      expect(first.$storageStatus.get().canSave).toBe(false);
      first.recordCheckAttempt('iaas', { q1: ['a'] });
      const next = await freshStore();
      expect(next.$progress.get().checks.iaas).toHaveLength(1);
      openLesson(next, 'review');
      const third = await freshStore();
      expect(third.$progress.get().checks.iaas).toHaveLength(1);
      expect(third.$progress.get().lessons.review).toBeDefined();
    });
  });

  describe('progress saved by a newer version of the course', () => {
    const newer = JSON.stringify({ ...saved, version: 3, addedLater: true });

    it('is never written over in this visit, not even by a reset, and the page asks for a reload', async () => {
      browser.data.set(KEY, newer);
      const store = await freshStore();
      expect(store.$storageStatus.get()).toMatchObject({ canSave: true, newerVersion: true, recovered: null });
      openLesson(store, 'review');
      store.resetProgress();
      store.replaceProgress(saved as never);
      await Promise.resolve();
      expect(store.$progress.get()).toMatchObject(saved);
      expect(store.progressIsSaved()).toBe(false);
      expect(browser.data.get(KEY)).toBe(newer);
      expect(browser.data.has(BACKUP)).toBe(false);
    });

    it('is left alone when it arrives from another tab, and this page keeps what it had', async () => {
      browser.data.set(KEY, JSON.stringify(saved));
      const store = await freshStore();
      const stop = store.$progress.listen(() => {});
      browser.writeFromAnotherTab(KEY, newer);
      await Promise.resolve();
      expect(store.$progress.get()).toEqual(saved);
      expect(store.$storageStatus.get().newerVersion).toBe(true);
      openLesson(store, 'review');
      expect(browser.data.get(KEY)).toBe(newer);
      expect(browser.data.has(BACKUP)).toBe(false);
      stop();
    });
  });

  describe('an unreadable value that cannot be copied', () => {
    const unreadable = 'x'.repeat(MAX_ENCODED_LENGTH + 1);
    beforeEach(() => {
      browser = fakeBrowser({ failWrite: (key) => key === BACKUP });
      browser.data.set(KEY, unreadable);
    });

    it('is left untouched by everything the learner did not confirm as replacing it', async () => {
      const store = await freshStore();
      expect(store.$storageStatus.get()).toMatchObject({ canSave: true, recovered: { backupKept: false, reason: { problem: 'too-large' } } });
      openLesson(store, 'review');
      store.setLearnerName('Ada');
      store.resetLesson('review', [], []);
      store.mergeImportedProgress(saved as never);
      expect(store.$progress.get()).toMatchObject({ lessons: saved.lessons, checks: saved.checks, settings: { learnerName: 'Ada' } });
      expect(browser.data.get(KEY)).toBe(unreadable);
      expect(browser.data.has(BACKUP)).toBe(false);
    });

    it.each([
      ['resetting everything', (store: Store) => store.resetProgress(), { ...EMPTY_PROGRESS, clearedAt: '2026-05-01T12:00:00.000Z' }],
      ['importing with Replace', (store: Store) => store.replaceProgress(saved as never), { ...saved, clearedAt: '2026-05-01T12:00:00.000Z' }],
    ])('is overwritten once the learner confirms %s', async (_, replace, expected) => {
      const store = await freshStore();
      openLesson(store, 'review');
      replace(store);
      expect(JSON.parse(browser.data.get(KEY) ?? '')).toEqual(expected);
      expect(store.$storageStatus.get().recovered).toBeNull();
      openLesson(store, 'review');
      expect(JSON.parse(browser.data.get(KEY) ?? '').lessons.review).toBeDefined();
    });
  });

  it('never touches keys that are not its own', async () => {
    browser.data.set('theme', 'dark');
    browser.data.set('someone-else', '{"version":1}');
    const store = await freshStore();
    openLesson(store, 'review');
    store.resetProgress();
    expect(browser.data.get('theme')).toBe('dark');
    expect(browser.data.get('someone-else')).toBe('{"version":1}');
  });

  it('follows changes made in another tab', async () => {
    const store = await freshStore();
    const seen: unknown[] = [];
    const stop = store.$progress.listen((value) => seen.push(value));
    browser.writeFromAnotherTab(KEY, JSON.stringify(saved));
    expect(store.$progress.get()).toEqual(saved);
    expect(seen).toHaveLength(1);
    // The other tab resets everything: this tab follows, and does not bring anything back.
    browser.writeFromAnotherTab(KEY, JSON.stringify({ ...EMPTY_PROGRESS, clearedAt: '2026-05-01T12:00:00.000Z' }));
    await vi.dynamicImportSettled();
    expect(store.$progress.get()).toMatchObject({ lessons: {}, checks: {}, exercises: {}, settings: {} });
    expect(JSON.parse(browser.data.get(KEY) ?? '').lessons).toEqual({});
    stop();
  });

  it('tells its watchers once per change, and nothing when a verb or another tab brings nothing new', async () => {
    const store = await freshStore();
    const seen: unknown[] = [];
    const stop = store.$progress.listen((value) => seen.push(value));
    openLesson(store, 'iaas-in-practice');
    openLesson(store, 'iaas-in-practice'); // the first opening counts: nothing changes
    expect(seen).toEqual([store.$progress.get()]);
    // This tab's own save comes back (an echo, or a page of the same visit writing the same): nothing new.
    browser.writeFromAnotherTab(KEY, browser.data.get(KEY) ?? null);
    expect(seen).toHaveLength(1);
    stop();
    endLesson(store, 'iaas-in-practice');
    expect(seen, 'a watcher that stopped hears nothing more').toHaveLength(1);
    expect(store.$progress.get().lessons['iaas-in-practice']?.endedAt).toBe('2026-05-01T12:00:00.000Z');
  });

  it('records reading as one change per scroll step: the opening once, the section read, the end once it is seen', async () => {
    const store = await freshStore();
    const seen: unknown[] = [];
    const stop = store.$progress.listen((value) => seen.push(value));
    store.recordReading('iaas-in-practice', undefined, false);
    expect(store.$progress.get().lessons['iaas-in-practice']).toEqual({ openedAt: '2026-05-01T12:00:00.000Z' });
    expect(store.$progress.get().lastPlace).toEqual({ lessonId: 'iaas-in-practice', at: '2026-05-01T12:00:00.000Z' });
    store.recordReading('iaas-in-practice', undefined, false);
    expect(seen, 'the same place again changes nothing').toHaveLength(1);
    store.recordReading('iaas-in-practice', 'who-patches', true);
    expect(seen).toHaveLength(2);
    expect(store.$progress.get().lessons['iaas-in-practice']?.endedAt).toBe('2026-05-01T12:00:00.000Z');
    expect(store.$progress.get().lastPlace?.sectionId).toBe('who-patches');
    expect(JSON.parse(browser.data.get(KEY) ?? '').lessons['iaas-in-practice'].endedAt).toBe('2026-05-01T12:00:00.000Z');
    stop();
  });

  it('merges a save with what another tab saved since this tab last read, and the other tab’s merge agrees', async () => {
    browser.data.set(KEY, JSON.stringify(saved));
    const store = await freshStore();
    // The other tab's save lands in storage, but its storage event has not reached this tab yet.
    const other = { ...saved, checks: { ...saved.checks, paas: [{ at: '2026-05-01T11:59:59.000Z', answers: { q1: ['b'] } }] } };
    browser.data.set(KEY, JSON.stringify(other));
    store.recordCheckAttempt('iaas', { q1: ['a'] });
    await vi.dynamicImportSettled(); // two copies to combine: the merge loads, then the attempt is saved
    const written = JSON.parse(browser.data.get(KEY) ?? '');
    expect(Object.keys(written.checks).sort()).toEqual(['iaas', 'paas', 'why-datacenter-security-is-hard']);
    // Its event arrives late: nothing changes and nothing is written again.
    const text = browser.data.get(KEY);
    browser.writeFromAnotherTab(KEY, JSON.stringify(other));
    expect(Object.keys(store.$progress.get().checks).sort()).toEqual(['iaas', 'paas', 'why-datacenter-security-is-hard']);
    expect(JSON.parse(browser.data.get(KEY) ?? '').checks.iaas, 'this tab saved its attempt back').toHaveLength(1);
    browser.writeFromAnotherTab(KEY, text ?? null);
    expect(browser.data.get(KEY)).toBe(text);
  });

  it('never writes a value larger than it can read back', async () => {
    browser.data.set(KEY, JSON.stringify(saved));
    const store = await freshStore();
    const huge = Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`check-${index}`, Array.from({ length: 10 }, (_, n) => ({ at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), answers: { question: ['an-option-id'] } }))]));
    store.mergeImportedProgress({ ...EMPTY_PROGRESS, checks: huge });
    await vi.dynamicImportSettled();
    expect(store.$progress.get().checks['check-0']).toHaveLength(10);
    expect(browser.data.get(KEY), 'the stored value still reads').toBe(JSON.stringify(saved));
    expect(store.progressIsSaved()).toBe(false);
    expect(store.$storageStatus.get().canSave).toBe(false);
  });

  it('never writes over an earlier backup: a second unusable value gets a backup key with the time', async () => {
    browser.data.set(BACKUP, 'an earlier unusable value');
    browser.data.set(KEY, '%%%');
    const store = await freshStore();
    const second = `${BACKUP}:2026-05-01T12:00:00.000Z`;
    expect(browser.data.get(BACKUP)).toBe('an earlier unusable value');
    expect(browser.data.get(second)).toBe('%%%');
    expect(store.$storageStatus.get().recovered).toMatchObject({ backupKept: true, backupKey: second });
    expect(JSON.parse(browser.data.get(KEY) ?? '')).toEqual(EMPTY_PROGRESS);
  });

  it('keeps a backup when another tab writes something unusable', async () => {
    const store = await freshStore();
    const stop = store.$progress.listen(() => {});
    browser.writeFromAnotherTab(KEY, '{"version":1,"lessons":"oops"}');
    await Promise.resolve();
    expect(store.$progress.get()).toBe(store.EMPTY);
    expect(browser.data.get(BACKUP)).toBe('{"version":1,"lessons":"oops"}');
    expect(store.$storageStatus.get().recovered?.reason).toMatchObject({ problem: 'bad-shape', field: 'lessons', expected: 'object' });
    stop();
  });

  it('replaces everything with imported progress', async () => {
    const store = await freshStore();
    openLesson(store, 'review');
    store.replaceProgress(saved as never);
    expect(JSON.parse(browser.data.get(KEY) ?? '')).toEqual({ ...saved, clearedAt: '2026-05-01T12:00:00.000Z' });
  });
});
