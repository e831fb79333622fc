// What the course tells an LMS, derived from the learner's standing (itself derived from progress by the progress
// helpers), and how that maps onto SCORM 1.2, SCORM 2004 and cmi5. A score and a pass or fail exist only once the
// final assessment has been submitted: reporting anything earlier makes an LMS show "passed" after one question.
import { iso8601Duration, scorm12SessionTime } from './session-time';

/** Where the learner stands, in the terms the LMS cares about. */
export interface CourseStanding {
  lessonsComplete: number;
  lessonsTotal: number;
  /** The final assessment's result; null until it is submitted for the first time. */
  assessment: { correct: number; total: number; passed: boolean } | null;
  /** The lesson and section the learner was last reading. */
  lastPlace: { lessonId: string; sectionId?: string } | null;
}

/** The course's report, independent of the standard. */
export interface CourseReport {
  /** Every lesson complete and the final assessment submitted. */
  completed: boolean;
  /** Share of the way to completion, 0 to 1 (lessons plus the assessment, each counting once). */
  progressMeasure: number;
  success: 'unknown' | 'passed' | 'failed';
  /** Best assessment score, written only once the assessment was submitted. */
  score: ReportScore | null;
  /** Bookmark: `lessonId` or `lessonId#sectionId`. */
  location: string;
}

/** A score: `correct` of `total` questions, `scaled` their ratio (4 decimals) and `raw` the percentage (2 decimals). */
export interface ReportScore {
  scaled: number;
  raw: number;
  correct: number;
  total: number;
}

/** Derives the report from the learner's standing. */
export function courseReport(standing: CourseStanding): CourseReport {
  const { assessment } = standing;
  const submitted = assessment !== null;
  const steps = standing.lessonsTotal + 1;
  const done = Math.min(standing.lessonsComplete, standing.lessonsTotal) + (submitted ? 1 : 0);
  const scaled = assessment && assessment.total > 0 ? Math.round((assessment.correct / assessment.total) * 10_000) / 10_000 : 0;
  return {
    completed: done === steps,
    progressMeasure: Math.round((done / steps) * 100) / 100,
    success: assessment ? (assessment.passed ? 'passed' : 'failed') : 'unknown',
    score: assessment ? { scaled, raw: Math.round(scaled * 10_000) / 100, correct: assessment.correct, total: assessment.total } : null,
    location: formatLocation(standing.lastPlace),
  };
}

/** The bookmark text for a place. */
export function formatLocation(place: CourseStanding['lastPlace']): string {
  if (!place) return '';
  return place.sectionId ? `${place.lessonId}#${place.sectionId}` : place.lessonId;
}

/** Reads a bookmark back; null for anything that is not one of ours. */
export function parseLocation(text: string | null | undefined): { lessonId: string; sectionId?: string } | null {
  const match = /^([a-z0-9][a-z0-9-]{0,99})(?:#([\w.:-]{1,200}))?$/i.exec(text ?? '');
  if (!match?.[1]) return null;
  return match[2] ? { lessonId: match[1], sectionId: match[2] } : { lessonId: match[1] };
}

/** Name-value pairs of one SCORM commit, in the order they are set. */
export type ScormValues = [element: string, value: string][];

/** Whether the learner has finished: only then does the session end with a normal exit instead of suspend. */
const finished = (report: CourseReport) => report.completed && report.success === 'passed';

/** SCORM 1.2: lesson_status goes incomplete → passed/failed once the assessment is submitted. */
export function scorm12Values(report: CourseReport, sessionMilliseconds: number, suspendData: string | null): ScormValues {
  // `completed` comes only from an LMS that held it (lms-record.ts): the course itself reports passed or failed.
  const status = report.success !== 'unknown' ? report.success : report.completed ? 'completed' : 'incomplete';
  const values: ScormValues = [['cmi.core.lesson_status', status]];
  if (report.score) {
    values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(report.score.raw)]);
  }
  values.push(['cmi.core.lesson_location', report.location.slice(0, 255)]);
  if (suspendData !== null) values.push(['cmi.suspend_data', suspendData]);
  values.push(['cmi.core.exit', finished(report) ? '' : 'suspend'], ['cmi.core.session_time', scorm12SessionTime(sessionMilliseconds)]);
  return values;
}

/** SCORM 2004: completion and success apart, a scaled score, progress measure and an ISO 8601 session time. */
export function scorm2004Values(report: CourseReport, sessionMilliseconds: number, suspendData: string | null): ScormValues {
  const values: ScormValues = [
    ['cmi.completion_status', report.completed ? 'completed' : 'incomplete'],
    ['cmi.progress_measure', String(report.progressMeasure)],
    ['cmi.success_status', report.success],
  ];
  if (report.score) {
    values.push(
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', String(report.score.raw)],
      ['cmi.score.scaled', String(report.score.scaled)],
    );
  }
  // An empty location is refused by 2004 LMSs (a characterstring of at least one character).
  if (report.location) values.push(['cmi.location', report.location.slice(0, 1000)]);
  if (suspendData !== null) values.push(['cmi.suspend_data', suspendData]);
  values.push(['cmi.exit', finished(report) ? 'normal' : 'suspend'], ['cmi.session_time', iso8601Duration(sessionMilliseconds)]);
  return values;
}

/** What has already been sent in this cmi5 registration (kept in the state document, so it survives sessions). */
export interface Cmi5Sent {
  completed: boolean;
  passed: boolean;
  /** Number of assessment attempts already reported as failed. */
  failedAttempts: number;
}

/** A cmi5 score: `raw` is the number of questions answered right, of `max`; `scaled` their ratio. */
export interface Cmi5Score {
  scaled: number;
  raw: number;
  min: 0;
  max: number;
}

/** One cmi5 statement the AU should send now. */
export type Cmi5Action = { verb: 'completed' } | { verb: 'passed' | 'failed'; score: Cmi5Score };

/** When statements are worked out: while the session runs, or as it ends (the last chance to send `failed`). */
export type Cmi5Moment = 'during' | 'ending';

/**
 * cmi5 statements due for this report. The rules are those of the cmi5 specification, section 9.3 (Verbs): within
 * an AU session "More than one of the set of {passed, failed} verbs MUST NOT be used", and within a registration
 * "Exactly zero or one "completed" [...] MUST be used", "Exactly zero or one "passed" [...] MUST be used" and "A
 * "failed" statement MUST NOT follow a "passed" statement". So `completed` and `passed` go out once, when earned
 * (passing is judged by the LMS's mastery score when it sent one, as 9.3.4 requires of the scaled score), and a
 * failed submission is reported only as the session ends, and only if the learner did not pass meanwhile: a learner
 * who fails, retries and passes in one session sends one judgement, `passed`. Browse and review launches send none.
 * Scores follow section 9.5.1: `raw` "An integer value between the min and max properties (inclusive)".
 */
export function cmi5Actions(
  report: CourseReport,
  sent: Cmi5Sent,
  options: { launchMode: string; masteryScore: number | null; assessmentAttempts: number; moment: Cmi5Moment },
): Cmi5Action[] {
  if (options.launchMode !== 'Normal') return [];
  const actions: Cmi5Action[] = [];
  if (report.completed && !sent.completed) actions.push({ verb: 'completed' });
  if (report.score && !sent.passed) {
    const { scaled, correct, total } = report.score;
    const score: Cmi5Score = { scaled, raw: correct, min: 0, max: total };
    const passed = options.masteryScore === null ? report.success === 'passed' : scaled >= options.masteryScore;
    if (passed) actions.push({ verb: 'passed', score });
    else if (options.moment === 'ending' && options.assessmentAttempts > sent.failedAttempts) actions.push({ verb: 'failed', score });
  }
  return actions;
}

/** The record of what was sent once the LRS accepted a statement of `action`'s verb. */
export function afterAction(sent: Cmi5Sent, action: Pick<Cmi5Action, 'verb'>, assessmentAttempts: number): Cmi5Sent {
  if (action.verb === 'completed') return { ...sent, completed: true };
  if (action.verb === 'passed') return { ...sent, passed: true };
  return { ...sent, failedAttempts: assessmentAttempts };
}
