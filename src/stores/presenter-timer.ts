// The presenter's clock is kept in sessionStorage, per lesson, so that reloading the presenter window does not set it
// back to 0:00. A new tab starts a new clock. Blocked storage only means the clock restarts on reload.
// The key has the course's fixed prefix rather than storageNamespace(): sessionStorage belongs to one tab, so there is
// nothing to share with other courses of an LMS, and importing the namespace here split it into a chunk of its own,
// one more request on every page.
import { parseTimer, type TimerState } from '~/lib/classroom/session-timer';

const key = (deck: string) => `srm-course:presenter-timer:${deck}`;

/** The clock saved for this lesson's presenter in this tab, or null. */
export function loadPresenterTimer(deck: string): TimerState | null {
  try {
    return parseTimer(JSON.parse(window.sessionStorage.getItem(key(deck)) ?? 'null'));
  } catch {
    return null;
  }
}

/** Saves the clock; a blocked or full storage is ignored. */
export function savePresenterTimer(deck: string, timer: TimerState): void {
  try {
    window.sessionStorage.setItem(key(deck), JSON.stringify(timer));
  } catch {
    // The clock still runs for this visit.
  }
}
