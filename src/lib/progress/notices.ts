// What the learner is told when their progress cannot be kept or an old saved value had to be set aside. The
// words are rendered into the page at build time; the small page script only chooses which to show.

/** The notices there are. */
export type StorageNoticeId = 'recovered' | 'recovered-untouched' | 'cannot-save';

/** The words of each notice (not frozen: a plain literal lets the page script's bundle drop it). */
export const STORAGE_NOTICES: Readonly<Record<StorageNoticeId, string>> = {
  recovered:
    'Progress saved earlier on this browser could not be read, so the course has started fresh. A copy of the old data was kept on this browser.',
  'recovered-untouched':
    'Progress saved earlier on this browser could not be read. It has been left untouched, and your progress from this visit will not replace it.',
  'cannot-save':
    'Your progress can’t be saved on this browser (its storage is blocked or full). Everything works during this visit, but your progress will be forgotten when you leave.',
};

/** The storage facts a notice depends on (the shape of $storageStatus). */
export interface StorageFacts {
  canSave: boolean;
  recovered: { backupKept: boolean } | null;
}

/** Which notices apply, in reading order; none when all is well. */
export function storageNotices(facts: StorageFacts): StorageNoticeId[] {
  const ids: StorageNoticeId[] = [];
  if (facts.recovered) ids.push(facts.recovered.backupKept ? 'recovered' : 'recovered-untouched');
  if (!facts.canSave) ids.push('cannot-save');
  return ids;
}
