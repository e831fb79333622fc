// The completion rule on its own, so that the small lesson-page script can show statuses without any scoring code.
import type { Progress } from './model';

/** A lesson's status as the learner sees it. */
export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

/** The ids that decide a lesson's status: the lesson and the checks and exercises embedded in it. */
export interface LessonActivities {
  id: string;
  checkIds: readonly string[];
  exerciseIds: readonly string[];
}

/**
 * The completion rule: a lesson is complete when the learner reached its end AND attempted every check and
 * exercise embedded in it (at least one checked attempt each; the score does not matter). It is in progress once
 * opened or once any of its activities was attempted, and not started otherwise.
 */
export function lessonStatus(lesson: LessonActivities, progress: Progress): LessonStatus {
  const seen = progress.lessons[lesson.id];
  const checksTried = lesson.checkIds.filter((id) => (progress.checks[id]?.length ?? 0) > 0).length;
  const exercisesTried = lesson.exerciseIds.filter((id) => (progress.exercises[id]?.attempts.length ?? 0) > 0).length;
  if (seen?.endedAt && checksTried === lesson.checkIds.length && exercisesTried === lesson.exerciseIds.length) {
    return 'complete';
  }
  return seen || checksTried > 0 || exercisesTried > 0 ? 'in-progress' : 'not-started';
}

/** Words for each status, for screen readers and for anyone who cannot tell the icons apart. */
export const LESSON_STATUS_TEXT: Readonly<Record<LessonStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};
