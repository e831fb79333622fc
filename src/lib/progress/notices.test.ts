import { describe, expect, it } from 'vitest';
import { STORAGE_NOTICES, storageNotices } from './notices';

describe('storageNotices', () => {
  it('says nothing when all is well', () => {
    expect(storageNotices({ canSave: true, recovered: null, newerVersion: false })).toEqual([]);
  });

  it('says progress cannot be saved when storage is blocked or full', () => {
    expect(storageNotices({ canSave: false, recovered: null, newerVersion: false })).toEqual(['cannot-save']);
    expect(STORAGE_NOTICES['cannot-save']).toMatch(/can’t be saved on this browser.*works during this visit/);
  });

  it('says an unreadable value was set aside, and whether a copy was kept', () => {
    expect(storageNotices({ canSave: true, recovered: { backupKept: true }, newerVersion: false })).toEqual(['recovered']);
    expect(storageNotices({ canSave: false, recovered: { backupKept: false }, newerVersion: false })).toEqual(['recovered-untouched', 'cannot-save']);
    expect(STORAGE_NOTICES.recovered).toMatch(/started fresh\. A copy of the old data was kept/);
    expect(STORAGE_NOTICES['recovered-untouched']).toMatch(/left untouched/);
  });

  it('asks for a reload when progress was saved by a newer version of the course', () => {
    expect(storageNotices({ canSave: true, recovered: null, newerVersion: true })).toEqual(['newer-version']);
    expect(STORAGE_NOTICES['newer-version']).toMatch(/saved by a newer version of this course.*reload the page/);
  });
});
