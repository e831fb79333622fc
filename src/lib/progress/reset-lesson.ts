// Forgetting one lesson, which only the progress page does: a module of its own, so that the pages recording
// attempts (every check and exercise) do not ship it (bundles share code per module).
import type { Progress } from './model';

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
