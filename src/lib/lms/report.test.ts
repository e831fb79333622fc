import { describe, expect, it } from 'vitest';
import { afterAction, cmi5Actions, courseReport, parseLocation, scorm12Values, scorm2004Values, type CourseStanding } from './report';

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
    expect(failed).toMatchObject({ completed: true, progressMeasure: 1, success: 'failed', score: { scaled: 0.6, raw: 60, correct: 9, total: 15 } });
    const passed = courseReport(standing({ lessonsComplete: 2, assessment: { correct: 13, total: 15, passed: true } }));
    expect(passed).toMatchObject({ completed: false, success: 'passed', score: { scaled: 0.8667, raw: 86.67, correct: 13, total: 15 } });
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
  const during = { launchMode: 'Normal', masteryScore: null, assessmentAttempts: 1, moment: 'during' as const };
  const ending = { ...during, moment: 'ending' as const };
  const verbsOf = (actions: { verb: string }[]) => actions.map((action) => action.verb);

  it('sends nothing before the assessment and nothing in browse or review mode', () => {
    expect(cmi5Actions(courseReport(standing()), none, ending)).toEqual([]);
    const done = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 15, total: 15, passed: true } }));
    expect(cmi5Actions(done, none, { ...ending, launchMode: 'Browse' })).toEqual([]);
    expect(cmi5Actions(done, none, { ...ending, launchMode: 'Review' })).toEqual([]);
  });

  it('reports the score as whole questions: raw is the number right, min 0, max the number asked', () => {
    const report = courseReport(standing({ assessment: { correct: 14, total: 15, passed: true } }));
    const [passed] = cmi5Actions(report, none, during);
    expect(passed).toEqual({ verb: 'passed', score: { scaled: 0.9333, raw: 14, min: 0, max: 15 } });
    const failing = courseReport(standing({ assessment: { correct: 3, total: 15, passed: false } }));
    expect(cmi5Actions(failing, none, ending)).toEqual([{ verb: 'failed', score: { scaled: 0.2, raw: 3, min: 0, max: 15 } }]);
  });

  it('holds a failed submission until the session ends, so that a pass in the same session is its one judgement', () => {
    const failing = courseReport(standing({ assessment: { correct: 3, total: 15, passed: false } }));
    expect(cmi5Actions(failing, none, during)).toEqual([]);
    const passing = courseReport(standing({ assessment: { correct: 14, total: 15, passed: true } }));
    expect(verbsOf(cmi5Actions(passing, none, { ...during, assessmentAttempts: 2 }))).toEqual(['passed']);
    expect(verbsOf(cmi5Actions(passing, none, { ...ending, assessmentAttempts: 2 }))).toEqual(['passed']);
  });

  it('sends completed and passed once per registration, failed once per new failed submission, never failed after passed', () => {
    const failing = courseReport(standing({ assessment: { correct: 3, total: 15, passed: false } }));
    const [failed] = cmi5Actions(failing, none, ending);
    let sent = afterAction(none, failed!, 1);
    expect(cmi5Actions(failing, sent, ending), 'the same failed submission is not reported twice').toEqual([]);
    expect(verbsOf(cmi5Actions(failing, sent, { ...ending, assessmentAttempts: 2 })), 'a new session, a new failure').toEqual(['failed']);
    const passing = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 14, total: 15, passed: true } }));
    const second = cmi5Actions(passing, sent, { ...during, assessmentAttempts: 3 });
    expect(verbsOf(second)).toEqual(['completed', 'passed']);
    for (const action of second) sent = afterAction(sent, action, 3);
    expect(cmi5Actions(passing, sent, { ...ending, assessmentAttempts: 4 })).toEqual([]);
    const worse = courseReport(standing({ lessonsComplete: 8, assessment: { correct: 1, total: 15, passed: false } }));
    expect(cmi5Actions(worse, sent, { ...ending, assessmentAttempts: 5 })).toEqual([]);
  });

  it("judges passing by the LMS's mastery score when it sent one", () => {
    const report = courseReport(standing({ assessment: { correct: 12, total: 15, passed: true } }));
    expect(cmi5Actions(report, none, { ...ending, masteryScore: 0.9 })[0]).toMatchObject({ verb: 'failed' });
    expect(cmi5Actions(report, none, { ...during, masteryScore: 0.9 })).toEqual([]);
    expect(cmi5Actions(report, none, { ...during, masteryScore: 0.5 })[0]).toMatchObject({ verb: 'passed', score: { scaled: 0.8, raw: 12 } });
  });
});
