import { describe, expect, it } from 'vitest';
import { storageNotice } from './notices';

describe('storageNotice', () => {
  it('says nothing when all is well', () => {
    expect(storageNotice({ canSave: true, recovered: null })).toBeNull();
  });

  it('says progress cannot be saved when storage is blocked or full', () => {
    expect(storageNotice({ canSave: false, recovered: null })).toMatch(/can’t be saved on this browser.*works during this visit/);
  });

  it('says an unreadable value was set aside, and whether a copy was kept', () => {
    expect(storageNotice({ canSave: true, recovered: { detail: 'is not JSON', backupKept: true } })).toMatch(/started fresh\. A copy of the old data was kept/);
    const untouched = storageNotice({ canSave: false, recovered: { detail: 'is too large', backupKept: false } });
    expect(untouched).toMatch(/left untouched/);
    expect(untouched).toMatch(/can’t be saved/);
  });
});
