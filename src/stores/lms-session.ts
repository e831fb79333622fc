// The LMS session survives a reload of the launch page (see src/lib/lms/page-exit.ts), with what the reloaded page
// needs kept in sessionStorage, which lives as long as the browser tab. cmi5: the LMS's fetch URL hands out the auth
// token only once, so the token and when the session started are kept. SCORM: the LMS's API keeps the session, but a
// second Initialize fails with an error that SCORM 1.2 shares with a finished session, so the shell notes that it left
// the session open, and when it started (session time is write-only).
import { readSessionValue, writeSessionValue } from './session-value';
import { storageNamespace } from './storage-namespace';

/** What a reloaded launch page needs to carry on with the same cmi5 session. */
export interface Cmi5Session {
  auth: string;
  startedAt: number;
  /** Set once `terminated` was sent: the session is over and must not be used again. */
  terminated?: boolean;
}

const key = (registration: string) => `${storageNamespace()}cmi5-session:${registration}`;
const openScormKey = () => `${storageNamespace()}scorm-left-open`;

/** The saved session of a registration, or null (none, unreadable, or storage blocked). */
export function loadCmi5Session(registration: string): Cmi5Session | null {
  const value = readSessionValue(key(registration)) as Partial<Cmi5Session> | null;
  if (!value || typeof value.auth !== 'string' || typeof value.startedAt !== 'number') return null;
  return { auth: value.auth, startedAt: value.startedAt, ...(value.terminated ? { terminated: true } : {}) };
}

/** Saves the session of a registration; false when sessionStorage is blocked or full (a reload cannot resume it). */
export function saveCmi5Session(registration: string, session: Cmi5Session): boolean {
  return writeSessionValue(key(registration), session);
}

/** A SCORM session that a reloading shell left open for the reloaded one. */
export interface OpenScormSession {
  startedAt: number;
}

/** Notes, for the reloaded shell, that the session is left open; false when sessionStorage is blocked or full. */
export function saveOpenScormSession(session: OpenScormSession): boolean {
  return writeSessionValue(openScormKey(), session);
}

/** The SCORM session the shell's reloaded predecessor left open, or null; forgotten once read. */
export function takeOpenScormSession(): OpenScormSession | null {
  const value = readSessionValue(openScormKey()) as Partial<OpenScormSession> | null;
  try {
    window.sessionStorage.removeItem(openScormKey());
  } catch {
    // Storage blocked: there was nothing to forget.
  }
  return value && typeof value.startedAt === 'number' ? { startedAt: value.startedAt } : null;
}
