import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { EMPTY_PROGRESS } from '../lib/progress/model';
import v1 from '../lib/progress/fixtures/v1.json';

const KEY = 'srm-course:progress';
const BACKUP = 'srm-course:progress-backup';

// The store reads storage when it is created, so each test imports a fresh copy after arranging storage.
let current: typeof import('./progress') | undefined;
async function freshStore() {
  vi.resetModules();
  const store = await import('./progress');
  current = store;
  const { EMPTY_PROGRESS: EMPTY } = await import('../lib/progress/model');
  await Promise.resolve(); // let the store finish starting fresh after an unusable value
  return { ...store, EMPTY };
}

beforeAll(() => useTestStorageEngine());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-01T12:00:00.000Z'));
});
afterEach(() => {
  // A store stays subscribed to storage events for a moment after get(); unmount it so it cannot see the next test.
  if (current) cleanStores(current.$progress);
  cleanTestStorage();
  vi.useRealTimers();
});

describe('progress store', () => {
  it('starts empty and writes nothing until something happens', async () => {
    const store = await freshStore();
    const { $progress, PROGRESS_KEY } = store;
    expect(PROGRESS_KEY).toBe(KEY);
    expect($progress.get()).toBe(store.EMPTY);
    expect(getTestStorage()).toEqual({});
  });

  it('loads saved progress', async () => {
    setTestStorageKey(KEY, JSON.stringify(v1));
    const { $progress } = await freshStore();
    expect($progress.get()).toEqual(v1);
  });

  it('records facts with the time and saves them under its one key', async () => {
    const store = await freshStore();
    store.markLessonOpened('iaas-in-practice');
    store.recordCheckAttempt('iaas', { q1: ['a'] });
    store.saveExercisePlacements('sort-iaas', { os: 'customer' });
    store.recordExerciseAttempt('sort-iaas', { os: 'customer', disk: 'provider' });
    store.setLastPlace('iaas-in-practice', 'who-patches');
    store.markLessonEnded('iaas-in-practice');
    store.setLearnerName('Ada');
    const at = '2026-05-01T12:00:00.000Z';
    const expected = {
      version: 1,
      lessons: { 'iaas-in-practice': { openedAt: at, endedAt: at } },
      checks: { iaas: [{ at, answers: { q1: ['a'] } }] },
      exercises: { 'sort-iaas': { attempts: [{ at, placements: { os: 'customer', disk: 'provider' } }], placements: { os: 'customer', disk: 'provider' } } },
      lastPlace: { lessonId: 'iaas-in-practice', sectionId: 'who-patches', at },
      settings: { learnerName: 'Ada' },
    };
    expect(store.$progress.get()).toEqual(expected);
    expect(Object.keys(getTestStorage())).toEqual([KEY]);
    expect(JSON.parse(getTestStorage()[KEY] ?? '')).toEqual(expected);
  });

  it('resets one lesson or everything', async () => {
    setTestStorageKey(KEY, JSON.stringify(v1));
    const store = await freshStore();
    store.resetLesson('why-datacenter-security-is-hard', ['why-datacenter-security-is-hard'], []);
    expect(Object.keys(store.$progress.get().lessons)).toEqual(['security-is-shared']);
    expect(store.$progress.get().checks).toEqual({});
    store.resetProgress();
    expect(JSON.parse(getTestStorage()[KEY] ?? '')).toEqual(EMPTY_PROGRESS);
  });

  it.each([
    ['garbage', '%%%'],
    ['null', 'null'],
    ['a future version', JSON.stringify({ ...v1, version: 99 })],
    ['the wrong shape', '{"version":1,"lessons":[]}'],
  ])('keeps a copy of %s under the backup key and starts fresh', async (_, raw) => {
    setTestStorageKey(KEY, raw);
    const store = await freshStore();
    expect(store.$progress.get()).toBe(store.EMPTY);
    expect(getTestStorage()[BACKUP]).toBe(raw);
    expect(JSON.parse(getTestStorage()[KEY] ?? '')).toEqual(EMPTY_PROGRESS);
    expect(store.$storageStatus.get().recovered).toMatchObject({ backupKept: true });
    expect(store.$storageStatus.get().canSave).toBe(true);
  });

  it('never touches keys that are not its own', async () => {
    setTestStorageKey('theme', 'dark');
    setTestStorageKey('someone-else', '{"version":1}');
    const store = await freshStore();
    store.markLessonOpened('review');
    store.resetProgress();
    expect(getTestStorage().theme).toBe('dark');
    expect(getTestStorage()['someone-else']).toBe('{"version":1}');
  });

  it('follows changes made in another tab', async () => {
    const store = await freshStore();
    const seen: unknown[] = [];
    const stop = store.$progress.listen((value) => seen.push(value));
    setTestStorageKey(KEY, JSON.stringify(v1));
    expect(store.$progress.get()).toEqual(v1);
    setTestStorageKey(KEY, undefined);
    expect(store.$progress.get()).toBe(store.EMPTY);
    expect(seen).toHaveLength(2);
    stop();
  });

  it('keeps a backup when another tab writes something unusable', async () => {
    const store = await freshStore();
    const stop = store.$progress.listen(() => {});
    setTestStorageKey(KEY, '{"version":1,"lessons":"oops"}');
    await Promise.resolve();
    expect(store.$progress.get()).toBe(store.EMPTY);
    expect(getTestStorage()[BACKUP]).toBe('{"version":1,"lessons":"oops"}');
    expect(store.$storageStatus.get().recovered?.reason).toMatchObject({ problem: 'bad-shape', field: 'lessons', expected: 'object' });
    stop();
  });

  it('replaces everything with imported progress', async () => {
    const store = await freshStore();
    store.markLessonOpened('review');
    store.replaceProgress(v1 as never);
    expect(JSON.parse(getTestStorage()[KEY] ?? '')).toEqual(v1);
  });
});
