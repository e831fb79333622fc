// What the learner is told when their progress cannot be kept or an old saved value had to be set aside. The
// words are rendered into the page at build time; the small page script only chooses which to show.

import type { StorageNoticeId } from './model';

export type { StorageNoticeId } from './model';

/** The words of each notice (not frozen: a plain literal lets the page script's bundle drop it). */
export const STORAGE_NOTICES: Readonly<Record<StorageNoticeId, string>> = {
  'newer-version':
    'Your progress was saved by a newer version of this course, which this page cannot read. Please reload the page to continue with it; until then, nothing you do here is saved over it.',
  recovered:
    'Progress saved earlier on this browser could not be read, so the course has started fresh. A copy of the old data was kept on this browser.',
  'recovered-untouched':
    'Progress saved earlier on this browser could not be read. It has been left untouched, and your progress from this visit will not replace it unless you reset all progress on the Your progress page.',
  'cannot-save':
    'Your progress can’t be saved on this browser (its storage is blocked or full). Everything works during this visit, but your progress will be forgotten when you leave.',
};

// The rule lives in model.ts so that it ships in the progress store's chunk, shared by every script that shows notices.
export { storageNotices, type StorageFacts } from './model';
