// The presenter's clock is kept in sessionStorage, per lesson, so that reloading the presenter window does not set it
// back to 0:00. A new tab starts a new clock. Blocked storage only means the clock restarts on reload.
import { parseTimer, type TimerState } from '~/lib/classroom/session-timer';
import { storageNamespace } from './storage-namespace';

const key = (deck: string) => `${storageNamespace()}presenter-timer:${deck}`;

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
