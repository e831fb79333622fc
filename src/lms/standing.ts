// The learner's standing for the LMS, derived from progress with the same functions as the progress page, so the
// LMS and the page can never disagree about what is complete, passed or scored.
import { attemptCounts, checkAttemptScore, exerciseAttemptTried, summariseCourse, type CourseKey } from '../lib/progress/derive';
import type { Progress } from '../lib/progress/model';
import type { CourseStanding } from '../lib/lms/report';
import type { AttemptWeight, WeighAttempt } from '../lib/lms/suspend-data';
import { own } from '../lib/own';

/** The standing plus what the LMS bridge needs besides: attempt count and how much each attempt matters. */
export interface BridgeStanding extends CourseStanding {
  assessmentAttempts: number;
  weigh: WeighAttempt;
}

/** Index of the first attempt with the highest score ratio, or -1. */
function bestIndex(ratios: readonly (number | null)[]): number {
  let best = -1;
  ratios.forEach((ratio, index) => {
    if (ratio !== null && (best < 0 || ratio > ratios[best]!)) best = index;
  });
  return best;
}

/** Derives the standing the LMS is told about. */
export function standingOf(key: CourseKey, progress: Progress): BridgeStanding {
  const summary = summariseCourse(key, progress);
  const result = summary.assessment;
  const weights = new Map<string, AttemptWeight[]>();

  for (const [id, attempts] of Object.entries(progress.checks)) {
    const check = own(key.checks, id);
    if (!check) continue;
    const counts = attempts.map((attempt) => attempt.trimmed === true || attemptCounts(check, attempt.answers));
    // The assessment's first passing attempt and its best one decide what the LMS shows: never left out.
    const best =
      id === key.assessmentId
        ? bestIndex(
            attempts.map((attempt, index) => {
              const score = counts[index] ? checkAttemptScore(check, attempt) : null;
              return score && score.total ? score.correct / score.total : null;
            }),
          )
        : -1;
    weights.set(
      id,
      attempts.map((attempt, index): AttemptWeight => {
        if (!counts[index]) return 'untried';
        return id === key.assessmentId && (index === best || attempt.at === result?.passedAt) ? 'decisive' : 'other';
      }),
    );
  }
  for (const [id, exercise] of Object.entries(progress.exercises)) {
    weights.set(`x:${id}`, exercise.attempts.map((attempt) => (exerciseAttemptTried(attempt) ? 'other' : 'untried')));
  }

  const assessmentId = key.assessmentId;
  const attempts = (assessmentId && own(progress.checks, assessmentId)) || [];
  return {
    lessonsComplete: summary.completeLessons,
    lessonsTotal: summary.lessons.length,
    assessment:
      result && result.attempts > 0 && result.best
        ? { correct: result.best.correct, total: result.best.total, passed: result.passed }
        : null,
    lastPlace: progress.lastPlace,
    assessmentAttempts: attempts.length,
    weigh: (kind, id, index) => weights.get(kind === 'check' ? id : `x:${id}`)?.[index] ?? 'other',
  };
}
