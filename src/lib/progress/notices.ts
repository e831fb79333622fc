// What the learner is told when their progress cannot be kept or an old saved value had to be set aside.

/** The storage facts a notice depends on (the shape of $storageStatus). */
export interface StorageFacts {
  canSave: boolean;
  recovered: { detail: string; backupKept: boolean } | null;
}

/** A polite, plain-words notice for the current storage facts, or null when there is nothing to say. */
export function storageNotice(facts: StorageFacts): string | null {
  const parts: string[] = [];
  if (facts.recovered) {
    parts.push(
      facts.recovered.backupKept
        ? 'Progress saved earlier on this browser could not be read, so the course has started fresh. A copy of the old data was kept on this browser.'
        : 'Progress saved earlier on this browser could not be read. It has been left untouched, and your progress from this visit will not replace it.',
    );
  }
  if (!facts.canSave) {
    parts.push(
      'Your progress can’t be saved on this browser (its storage is blocked or full). Everything works during this visit, but your progress will be forgotten when you leave.',
    );
  }
  return parts.length ? parts.join(' ') : null;
}
