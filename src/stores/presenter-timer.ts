// The presenter's clock is kept in sessionStorage, per lesson, so that reloading the presenter window does not set it
// back to 0:00. A new tab starts a new clock. Blocked storage only means the clock restarts on reload.
// The key has the course's fixed prefix rather than storageNamespace(): sessionStorage belongs to one tab, so there is
// nothing to share with other courses of an LMS, and importing the namespace here split it into a chunk of its own,
// one more request on every page.
import { parseTimer, type TimerState } from '~/lib/classroom/session-timer';
import { readSessionValue, writeSessionValue } from './session-value';

const key = (deck: string) => `srm-course:presenter-timer:${deck}`;

/** The clock saved for this lesson's presenter in this tab, or null. */
export function loadPresenterTimer(deck: string): TimerState | null {
  return parseTimer(readSessionValue(key(deck)));
}

/** Saves the clock; with blocked or full storage the clock still runs for this visit, and restarts on reload. */
export function savePresenterTimer(deck: string, timer: TimerState): void {
  writeSessionValue(key(deck), timer);
}
