// Instructor mode is one of the learner's settings in saved progress (settings.instructorMode), so it is remembered
// locally, exported and imported with the rest. This module adds a change listener and a verb on top of $progress;
// it runs on every page, so it stays smaller than a derived store would be.
import { isInstructorMode, withInstructorMode } from '../lib/classroom/instructor-mode';
import { $progress } from './progress';
import { updateProgress } from './progress-store';

/** Whether instructor mode is on right now (for event handlers). */
export function instructorModeOn(): boolean {
  return isInstructorMode($progress.get());
}

/** Calls `listener` with the current mode at once and again whenever it changes; returns the unsubscribe function. */
export function onInstructorModeChange(listener: (on: boolean) => void): () => void {
  let last: boolean | undefined;
  return $progress.subscribe((progress) => {
    const on = isInstructorMode(progress);
    if (on === last) return;
    last = on;
    listener(on);
  });
}

/** Switches instructor mode on or off and remembers the choice. */
export function setInstructorMode(on: boolean): void {
  updateProgress((progress) => withInstructorMode(progress, on));
}
