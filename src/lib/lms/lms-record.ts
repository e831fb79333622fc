// What a SCORM LMS already records for the learner (status, success, score, progress), read when the course is
// launched, and the rule that a launch never lowers it: whatever the course's own progress says (even after the LMS's
// resume data could not be read, or the learner reset the course), each value it reports is at least what the LMS
// held. SCORM 1.2 has one status for both completion and success; its order here is passed, then completed and failed
// (both mean "done"), then incomplete.
import type { CourseReport } from './report';

/** The LMS's record, in the report's terms. */
export interface LmsRecord {
  completed: boolean;
  success: CourseReport['success'];
  /** Score as a share, 0 to 1; null when the LMS holds none. */
  scaled: number | null;
  progressMeasure: number;
}

/** A record that holds nothing. */
export const EMPTY_RECORD: LmsRecord = Object.freeze({ completed: false, success: 'unknown', scaled: null, progressMeasure: 0 });

const share = (text: string | undefined, divisor = 1): number | null => {
  const value = Number.parseFloat(text ?? '');
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value / divisor)) : null;
};

/** Reads SCORM 1.2's `cmi.core.lesson_status` and `cmi.core.score.raw` (0–100, the course's scale). */
export function scorm12Record(status: string, raw: string): LmsRecord {
  return {
    completed: status === 'completed',
    success: status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'unknown',
    scaled: share(raw, 100),
    progressMeasure: 0,
  };
}

/** Reads SCORM 2004's completion and success status, `cmi.score.scaled` and `cmi.progress_measure`. */
export function scorm2004Record(completion: string, success: string, scaled: string, progressMeasure: string): LmsRecord {
  return {
    completed: completion === 'completed',
    success: success === 'passed' || success === 'failed' ? success : 'unknown',
    scaled: share(scaled),
    progressMeasure: share(progressMeasure) ?? 0,
  };
}

const SUCCESS_RANK = { unknown: 0, failed: 1, passed: 2 } as const;

/** The report raised, value by value, to at least what the LMS records. */
export function atLeastRecorded(report: CourseReport, record: LmsRecord): CourseReport {
  const score =
    record.scaled !== null && (!report.score || record.scaled > report.score.scaled)
      ? // A score only the LMS knows, as a percentage: so many correct of 100.
        { scaled: record.scaled, raw: Math.round(record.scaled * 10_000) / 100, correct: Math.round(record.scaled * 100), total: 100 }
      : report.score;
  const completed = report.completed || record.completed;
  return {
    ...report,
    completed,
    success: SUCCESS_RANK[record.success] > SUCCESS_RANK[report.success] ? record.success : report.success,
    score,
    progressMeasure: completed ? 1 : Math.max(report.progressMeasure, record.progressMeasure),
  };
}

/** The record an LMS holds once `report` was written (the floor for the rest of the session). */
export function recordOf(report: CourseReport): LmsRecord {
  return { completed: report.completed, success: report.success, scaled: report.score?.scaled ?? null, progressMeasure: report.progressMeasure };
}
