// The cmi5 session survives a reload of the launch page: the LMS's fetch URL hands out the auth token only once, so
// the token (and when the session started) is kept in sessionStorage, which lives as long as the browser tab.
import { storageNamespace } from './storage-namespace';

/** What a reloaded launch page needs to carry on with the same cmi5 session. */
export interface Cmi5Session {
  auth: string;
  startedAt: number;
  /** Set once `terminated` was sent: the session is over and must not be used again. */
  terminated?: boolean;
}

const key = (registration: string) => `${storageNamespace()}cmi5-session:${registration}`;

/** The saved session of a registration, or null (none, unreadable, or storage blocked). */
export function loadCmi5Session(registration: string): Cmi5Session | null {
  try {
    const value = JSON.parse(window.sessionStorage.getItem(key(registration)) ?? 'null') as Partial<Cmi5Session> | null;
    if (!value || typeof value.auth !== 'string' || typeof value.startedAt !== 'number') return null;
    return { auth: value.auth, startedAt: value.startedAt, ...(value.terminated ? { terminated: true } : {}) };
  } catch {
    return null;
  }
}

/** Saves the session of a registration; without sessionStorage a reload simply cannot resume it. */
export function saveCmi5Session(registration: string, session: Cmi5Session): void {
  try {
    window.sessionStorage.setItem(key(registration), JSON.stringify(session));
  } catch {
    // Blocked or full: this visit still works.
  }
}
