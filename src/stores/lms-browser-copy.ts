// What the LMS build keeps in this browser beside progress so that LMS resume data the course cannot read loses
// nothing: a copy of that data, kept aside the way the progress store keeps an unreadable value (a later, different
// copy gets a key of its own with the time), and the LMS learner whose progress this browser holds, so that it is
// used again only for them. Keys are namespaced by the package (storage-namespace.ts).
import { storageNamespace } from './storage-namespace';

const backupKey = () => `${storageNamespace()}lms-resume-backup`;
const ownerKey = () => `${storageNamespace()}lms-learner`;

/** Keeps resume data the course cannot read; false when this browser cannot store it (blocked or full). */
export function keepUnreadableResumeData(text: string): boolean {
  try {
    const earlier = localStorage.getItem(backupKey());
    const key = earlier === null || earlier === text ? backupKey() : `${backupKey()}:${new Date().toISOString()}`;
    localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** The LMS learner whose progress this browser holds for this package, or null (none recorded, or storage blocked). */
export function progressOwner(): string | null {
  try {
    return localStorage.getItem(ownerKey());
  } catch {
    return null;
  }
}

/** Records that the progress this browser holds for this package is `learnerId`'s. */
export function setProgressOwner(learnerId: string): void {
  try {
    localStorage.setItem(ownerKey(), learnerId);
  } catch {
    // Storage blocked: progress lasts for this visit only, so there is nothing to claim.
  }
}
