// The learner's standing for the LMS, derived from progress with the same functions as the progress page, so the
// LMS and the page can never disagree about what is complete, passed or scored.
import { checkSummary, summariseCourse, type CourseKey } from '../lib/progress/derive';
import type { Progress } from '../lib/progress/model';
import type { CourseStanding } from '../lib/lms/report';
import type { KeepAttempt } from '../lib/lms/suspend-data';
import { own } from '../lib/own';

/** The standing plus what the LMS bridge needs besides: attempt count and which attempts resume data must keep. */
export interface BridgeStanding extends CourseStanding {
  assessmentAttempts: number;
  keep: KeepAttempt;
}

/** Derives the standing the LMS is told about. */
export function standingOf(key: CourseKey, progress: Progress): BridgeStanding {
  const summary = summariseCourse(key, progress);
  const result = summary.assessment;
  const assessmentId = key.assessmentId;
  const check = assessmentId ? key.checks[assessmentId] : undefined;
  const attempts = (assessmentId && own(progress.checks, assessmentId)) || [];
  // The passing attempt and the best one decide what the LMS shows: resume data must never lose them.
  const kept = new Set<number>();
  if (check && assessmentId && attempts.length) {
    let best = -1;
    let bestRatio = -1;
    attempts.forEach((attempt, index) => {
      const score = checkSummary(check, { ...progress, checks: { [assessmentId]: [attempt] } }, assessmentId).best;
      const ratio = score && score.total ? score.correct / score.total : 0;
      if (ratio > bestRatio) [best, bestRatio] = [index, ratio];
      if (attempt.at === result?.passedAt) kept.add(index);
    });
    kept.add(best);
  }
  return {
    lessonsComplete: summary.completeLessons,
    lessonsTotal: summary.lessons.length,
    assessment:
      result && result.attempts > 0 && result.best
        ? { correct: result.best.correct, total: result.best.total, passed: result.passed }
        : null,
    lastPlace: progress.lastPlace,
    assessmentAttempts: attempts.length,
    keep: (kind, id, index) => kind === 'check' && id === assessmentId && kept.has(index),
  };
}
