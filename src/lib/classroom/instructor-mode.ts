import type { Progress } from '../progress/model';

/** Whether instructor mode is on in saved progress (off unless explicitly switched on). */
export function isInstructorMode(progress: Progress): boolean {
  return progress.settings.instructorMode === true;
}

/** Progress with instructor mode switched on or off; off removes the setting, so a learner's file stays minimal. */
export function withInstructorMode(progress: Progress, on: boolean): Progress {
  if (isInstructorMode(progress) === on) return progress;
  const settings = { ...progress.settings };
  if (on) settings.instructorMode = true;
  else delete settings.instructorMode;
  return { ...progress, settings };
}
