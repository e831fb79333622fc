// Instructor mode is one of the learner's settings in saved progress (settings.instructorMode), so it is remembered
// locally, exported and imported with the rest. This module only adds a boolean view and a verb.
import { computed } from 'nanostores';
import { isInstructorMode, withInstructorMode } from '../lib/classroom/instructor-mode';
import { $progress } from './progress';

/** True while instructor mode is on in this browser. */
export const $instructorMode = computed($progress, isInstructorMode);

/** Switches instructor mode on or off and remembers the choice. */
export function setInstructorMode(on: boolean): void {
  const current = $progress.get();
  const next = withInstructorMode(current, on);
  if (next !== current) $progress.set(next);
}
