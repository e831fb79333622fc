// The presenter's session clock is kept in sessionStorage, so that reloading the presenter window does not set it
// back to 0:00 and moving on to the next lesson of the class keeps it running. A new tab starts a new clock. Blocked
// storage only means the clock restarts on reload.
// The key has the course's fixed prefix rather than storageNamespace(): sessionStorage belongs to one tab, so there is
// nothing to share with other courses of an LMS, and importing the namespace here split it into a chunk of its own,
// one more request on every page.
import { parseTimer, type TimerState } from '~/lib/classroom/session-timer';
import { readSessionValue, writeSessionValue } from './session-value';

/** The session's clock, one for every lesson presented in this tab. */
const SESSION_KEY = 'srm-course:presenter-timer';
/** Before sessions spanned lessons, each lesson's presenter kept its own clock under this key. */
const lessonKey = (deck: string) => `${SESSION_KEY}:${deck}`;

/** The clock saved in this tab (or, from a tab opened before sessions spanned lessons, this lesson's), or null. */
export function loadPresenterTimer(deck: string): TimerState | null {
  return parseTimer(readSessionValue(SESSION_KEY)) ?? parseTimer(readSessionValue(lessonKey(deck)));
}

/** Saves the clock; with blocked or full storage the clock still runs for this visit, and restarts on reload. */
export function savePresenterTimer(timer: TimerState): void {
  writeSessionValue(SESSION_KEY, timer);
}
