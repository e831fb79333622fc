import { describe, expect, it } from 'vitest';
import { afterActions, cmi5Actions, courseReport, parseLocation, scorm12Values, scorm2004Values, type CourseStanding } from './report';

const standing = (overrides: Partial<CourseStanding> = {}): CourseStanding => ({
  lessonsComplete: 3,
  lessonsTotal: 8,
  assessment: null,
  lastPlace: { lessonId: 'iaas-in-practice', sectionId: 'patching' },
  ...overrides,
});
const values = (pairs: [string, string][]) => Object.fromEntries(pairs);

describe('courseReport', () => {
  it('reports no score and no success before the assessment is submitted', () => {
    const report = courseReport(standing({ lessonsComplete: 8 }));
    expect(report).toMatchObject({ completed: false, success: 'unknown', score: null, location: 'iaas-in-practice#patching' });
    expect(report.progressMeasure).toBeCloseTo(8 / 9, 2);
  });
  it('is complete once every lesson is complete and the assessment was submitted, passed or not', () => {
    const failed = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 9, total: 15, passed: false } }));
    expect(failed).toMatchObject({ completed: true, progressMeasure: 1, success: 'failed', score: { scaled: 0.6, raw: 60 } });
    const passed = courseReport(standing({ lessonsComplete: 2, assessment: { correct: 13, total: 15, passed: true } }));
    expect(passed).toMatchObject({ completed: false, success: 'passed', score: { scaled: 0.8667, raw: 86.67 } });
  });
});

describe('SCORM values', () => {
  it('1.2: incomplete and suspended, with no score, before the assessment', () => {
    const result = values(scorm12Values(courseReport(standing()), 65_000, 'data'));
    expect(result).toEqual({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.lesson_location': 'iaas-in-practice#patching',
      'cmi.suspend_data': 'data',
      'cmi.core.exit': 'suspend',
      'cmi.core.session_time': '0000:01:05',
    });
  });
  it('1.2: failed then passed with the score, normal exit only when finished', () => {
    const failed = values(scorm12Values(courseReport(standing({ assessment: { correct: 6, total: 15, passed: false } })), 0, null));
    expect(failed).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '40', 'cmi.core.exit': 'suspend' });
    expect(failed['cmi.suspend_data']).toBeUndefined();
    const done = values(scorm12Values(courseReport(standing({ lessonsComplete: 8, assessment: { correct: 15, total: 15, passed: true } })), 0, ''));
    expect(done).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100', 'cmi.core.exit': '' });
  });
  it('2004: completion, success, scaled score, progress and ISO 8601 time', () => {
    const result = values(scorm2004Values(courseReport(standing({ lessonsComplete: 8, assessment: { correct: 12, total: 15, passed: true } })), 90_000, 'x'));
    expect(result).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '0.8',
      'cmi.score.raw': '80',
      'cmi.progress_measure': '1',
      'cmi.location': 'iaas-in-practice#patching',
      'cmi.exit': 'normal',
      'cmi.session_time': 'PT1M30S',
    });
    const early = values(scorm2004Values(courseReport(standing()), 0, null));
    expect(early).toMatchObject({ 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'unknown', 'cmi.exit': 'suspend' });
    expect(early['cmi.score.scaled']).toBeUndefined();
  });
});

describe('bookmarks', () => {
  it('round-trips a place and refuses anything else', () => {
    expect(parseLocation('iaas-in-practice#patching')).toEqual({ lessonId: 'iaas-in-practice', sectionId: 'patching' });
    expect(parseLocation('review')).toEqual({ lessonId: 'review' });
    expect(parseLocation('')).toBeNull();
    expect(parseLocation('../../evil')).toBeNull();
    expect(parseLocation('<script>')).toBeNull();
  });
});

describe('cmi5Actions', () => {
  const none = { completed: false, passed: false, failedAttempts: 0 };
  const normal = { launchMode: 'Normal', masteryScore: null, assessmentAttempts: 1 };
  it('sends nothing before the assessment and nothing in browse or review mode', () => {
    expect(cmi5Actions(courseReport(standing()), none, normal)).toEqual([]);
    const done = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 15, total: 15, passed: true } }));
    expect(cmi5Actions(done, none, { ...normal, launchMode: 'Browse' })).toEqual([]);
    expect(cmi5Actions(done, none, { ...normal, launchMode: 'Review' })).toEqual([]);
  });
  it('sends failed once per failed submission, then passed and completed once, and never failed after passed', () => {
    const failing = courseReport(standing({ assessment: { correct: 3, total: 15, passed: false } }));
    const first = cmi5Actions(failing, none, normal);
    expect(first.map((action) => action.verb)).toEqual(['failed']);
    const sent = afterActions(none, first, 1);
    expect(cmi5Actions(failing, sent, normal)).toEqual([]);
    const passing = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 14, total: 15, passed: true } }));
    const second = cmi5Actions(passing, sent, { ...normal, assessmentAttempts: 2 });
    expect(second.map((action) => action.verb)).toEqual(['completed', 'passed']);
    const all = afterActions(sent, second, 2);
    expect(cmi5Actions(passing, all, { ...normal, assessmentAttempts: 3 })).toEqual([]);
    const worse = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 1, total: 15, passed: false } }));
    expect(cmi5Actions(worse, all, { ...normal, assessmentAttempts: 4 })).toEqual([]);
  });
  it("judges passing by the LMS's mastery score when it sent one", () => {
    const report = courseReport(standing({ assessment: { correct: 12, total: 15, passed: true } }));
    expect(cmi5Actions(report, none, { ...normal, masteryScore: 0.9 })[0]).toMatchObject({ verb: 'failed' });
    expect(cmi5Actions(report, none, { ...normal, masteryScore: 0.5 })[0]).toMatchObject({ verb: 'passed', score: { scaled: 0.8 } });
  });
});
