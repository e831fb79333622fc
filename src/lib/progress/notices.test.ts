import { describe, expect, it } from 'vitest';
import { STORAGE_NOTICES, storageNotices } from './notices';

describe('storageNotices', () => {
  it('says nothing when all is well', () => {
    expect(storageNotices({ canSave: true, recovered: null })).toEqual([]);
  });

  it('says progress cannot be saved when storage is blocked or full', () => {
    expect(storageNotices({ canSave: false, recovered: null })).toEqual(['cannot-save']);
    expect(STORAGE_NOTICES['cannot-save']).toMatch(/can’t be saved on this browser.*works during this visit/);
  });

  it('says an unreadable value was set aside, and whether a copy was kept', () => {
    expect(storageNotices({ canSave: true, recovered: { backupKept: true } })).toEqual(['recovered']);
    expect(storageNotices({ canSave: false, recovered: { backupKept: false } })).toEqual(['recovered-untouched', 'cannot-save']);
    expect(STORAGE_NOTICES.recovered).toMatch(/started fresh\. A copy of the old data was kept/);
    expect(STORAGE_NOTICES['recovered-untouched']).toMatch(/left untouched/);
  });
});
