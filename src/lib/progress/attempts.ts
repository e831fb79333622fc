// Changes to settings and lesson resets, which only the progress page makes. Recording attempts is in
// check-attempts.ts and exercise-attempts.ts: each island's bundle carries only its own (bundles share code per module).
import { MAX_LEARNER_NAME, type Progress, type Settings } from './model';

/** Sets or clears the learner's name for the completion record. */
export function withLearnerName(progress: Progress, name: string): Progress {
  const learnerName = name.trim().slice(0, MAX_LEARNER_NAME);
  const settings: Settings = { ...progress.settings };
  if (learnerName) settings.learnerName = learnerName;
  else delete settings.learnerName;
  return { ...progress, settings };
}

/**
 * Forgets one lesson: its opening, its end, its checks and exercises (their review answers too), and the last place if
 * it was there. `at` (when the learner asked) becomes `clearedAt`, so that another tab's older copy does not bring the
 * facts back (merge.ts).
 */
export function withoutLesson(
  progress: Progress,
  lessonId: string,
  checkIds: readonly string[],
  exerciseIds: readonly string[],
  at: string,
): Progress {
  const lessons = { ...progress.lessons };
  delete lessons[lessonId];
  const checks = { ...progress.checks };
  const reviews = { checks: { ...progress.reviews.checks }, exercises: { ...progress.reviews.exercises } };
  for (const id of checkIds) {
    delete checks[id];
    delete reviews.checks[id];
  }
  const exercises = { ...progress.exercises };
  for (const id of exerciseIds) {
    delete exercises[id];
    delete reviews.exercises[id];
  }
  const lastPlace = progress.lastPlace?.lessonId === lessonId ? null : progress.lastPlace;
  return { ...progress, lessons, checks, exercises, lastPlace, reviews, clearedAt: at };
}
