import { describe, expect, it } from 'vitest';
import { atLeastRecorded, EMPTY_RECORD, recordOf, scorm12Record, scorm2004Record } from './lms-record';
import { courseReport, scorm12Values, scorm2004Values, type CourseStanding } from './report';

const standing = (overrides: Partial<CourseStanding> = {}): CourseStanding => ({
  lessonsComplete: 0,
  lessonsTotal: 8,
  assessment: null,
  lastPlace: null,
  ...overrides,
});
const values = (pairs: [string, string][]) => Object.fromEntries(pairs);

describe('the LMS record is never lowered', () => {
  it('SCORM 1.2: a fresh start after unreadable resume data still reports passed with the score of 100', () => {
    const record = scorm12Record('passed', '100');
    const report = atLeastRecorded(courseReport(standing()), record);
    expect(values(scorm12Values(report, 0, ''))).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' });
  });

  it('SCORM 1.2: completed and failed stay done; a better result still goes up', () => {
    expect(values(scorm12Values(atLeastRecorded(courseReport(standing()), scorm12Record('completed', '')), 0, null))['cmi.core.lesson_status']).toBe('completed');
    const failed = scorm12Record('failed', '40');
    expect(values(scorm12Values(atLeastRecorded(courseReport(standing()), failed), 0, null))).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '40' });
    const better = atLeastRecorded(courseReport(standing({ assessment: { correct: 13, total: 15, passed: true } })), failed);
    expect(values(scorm12Values(better, 0, null))).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '86.67' });
  });

  it('SCORM 2004: completion, success, score and progress each keep the higher value', () => {
    const record = scorm2004Record('completed', 'passed', '0.9', '1');
    const lower = atLeastRecorded(courseReport(standing({ lessonsComplete: 2, assessment: { correct: 6, total: 15, passed: false } })), record);
    expect(values(scorm2004Values(lower, 0, ''))).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '0.9',
      'cmi.score.raw': '90',
      'cmi.progress_measure': '1',
    });
    const higher = atLeastRecorded(courseReport(standing({ lessonsComplete: 8, assessment: { correct: 15, total: 15, passed: true } })), record);
    expect(higher.score?.scaled).toBe(1);
  });

  it('reads what it does not understand as nothing', () => {
    expect(scorm12Record('not attempted', '')).toEqual(EMPTY_RECORD);
    expect(scorm2004Record('unknown', 'unknown', '', '')).toEqual(EMPTY_RECORD);
    expect(scorm2004Record('incomplete', 'weird', 'NaN', '7')).toEqual({ ...EMPTY_RECORD, progressMeasure: 1 });
    expect(atLeastRecorded(courseReport(standing()), EMPTY_RECORD)).toEqual(courseReport(standing()));
  });

  it('recordOf is the floor a written report leaves', () => {
    const report = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 12, total: 15, passed: true } }));
    expect(atLeastRecorded(courseReport(standing()), recordOf(report))).toMatchObject({ completed: true, success: 'passed', score: { scaled: 0.8 } });
  });
});
