import { describe, expect, it } from 'vitest';
import { TEST_COURSE } from './fixtures/course.ts';
import { classReport, csvField, reportCsv, sessionMinutes } from './report.ts';
import { ClassReportSchema, type Answer } from './schemas.ts';
import { createSession, type SessionState } from './session.ts';

/** A session that ran the patching question and the sort, with three learners' answers. */
function ranSession(): SessionState {
  const state = createSession({ code: '123456', joinUrl: 'http://127.0.0.1/live/', maxParticipants: 10 });
  const people = [
    { id: 'a', name: 'Ana' },
    { id: 'b', name: '=HYPERLINK("x")' },
    { id: 'c', name: '' },
  ];
  const question = (...options: string[]): Answer => ({ kind: 'question', options });
  return {
    ...state,
    status: 'ended',
    startedAt: 0,
    endedAt: 47 * 60_000 + 20_000,
    participants: Object.fromEntries(people.map((p) => [p.id, { ...p, token: `t-${p.id}`, joinedAt: 0, connections: 0 }])),
    participantOrder: people.map((p) => p.id),
    runs: {
      'q:check/patching': { key: 'q:check/patching', phase: 'answer', firstShownAt: 1, responses: { a: question('customer'), b: question('provider'), c: question('provider') } },
      'x:duties': {
        key: 'x:duties',
        phase: 'answer',
        firstShownAt: 2,
        responses: {
          a: { kind: 'sort', placements: { patch: 'provider', disk: 'provider', readers: 'customer' } },
          b: { kind: 'sort', placements: { patch: 'provider', disk: 'provider' } },
        },
      },
    },
    runOrder: ['q:check/patching', 'x:duties'],
  };
}

describe('classReport', () => {
  const report = classReport(ranSession(), TEST_COURSE, 50 * 60_000);

  it('is a valid report of who took part and for how long', () => {
    expect(ClassReportSchema.safeParse(report).success).toBe(true);
    expect(report.participants).toBe(3);
    expect(sessionMinutes(report)).toBe(47);
  });

  it('gives each question’s share correct and most chosen wrong answer with its misconception', () => {
    expect(report.questions).toEqual([
      {
        key: 'q:check/patching',
        title: 'Check · Question 1 of 2',
        prompt: 'Who patches the guest OS on IaaS?',
        correctAnswer: 'A. The customer',
        answered: 3,
        correct: 1,
        percentCorrect: 33,
        mostChosenWrong: { answer: 'B. The provider', count: 2, misconception: 'thinks the provider patches VMs' },
      },
    ]);
  });

  it('gives each card the same, from the card’s misconceptions by zone', () => {
    expect(report.cards.map(({ card, answered, correct, percentCorrect, mostChosenWrong }) => ({ card, answered, correct, percentCorrect, mostChosenWrong }))).toEqual([
      { card: 'Patch the guest OS', answered: 2, correct: 0, percentCorrect: 0, mostChosenWrong: { answer: 'Cloud provider', count: 2, misconception: 'thinks the provider patches VMs' } },
      { card: 'Replace a failed disk', answered: 2, correct: 2, percentCorrect: 100, mostChosenWrong: null },
      { card: 'Decide who reads the data', answered: 2, correct: 1, percentCorrect: 50, mostChosenWrong: null },
    ]);
  });

  it('counts each learner’s answers for the named part', () => {
    expect(report.learners).toEqual([
      { name: 'Ana', questionsAnswered: 1, questionsRight: 1, cardsPlaced: 3, cardsRight: 2 },
      { name: '=HYPERLINK("x")', questionsAnswered: 1, questionsRight: 0, cardsPlaced: 2, cardsRight: 1 },
      { name: '', questionsAnswered: 1, questionsRight: 0, cardsPlaced: 0, cardsRight: 0 },
    ]);
  });
});

describe('reportCsv', () => {
  const report = classReport(ranSession(), TEST_COURSE, 50 * 60_000);
  const formatTime = (ms: number) => `T+${ms / 60_000}`;

  it('lists the session, every question and card, and learners only when names are wanted', () => {
    const without = reportCsv(report, { includeNames: false, formatTime });
    const lines = without.split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'Class report,Cloud Security: Who Secures What',
      'Session code,123456',
      'Started,T+0',
      'Ended,T+47.333333333333336',
      'Duration (minutes),47',
      'Participants,3',
    ]);
    expect(lines).toContain('Question,Check · Question 1 of 2,Who patches the guest OS on IaaS?,A. The customer,3,1,33,B. The provider,2,thinks the provider patches VMs');
    expect(lines).toContain('Card,Sort the duties,Patch the guest OS,Customer,2,0,0,Cloud provider,2,thinks the provider patches VMs');
    expect(without).not.toContain('Ana');
    expect(without.endsWith('\r\n')).toBe(true);

    const named = reportCsv(report, { includeNames: true, formatTime });
    expect(named).toContain('Ana,1,1,3,2');
    // A name a spreadsheet would run as a formula is written as text.
    expect(named).toContain(`"'=HYPERLINK(""x"")",1,0,2,1`);
    expect(named).toContain('(no name given),1,0,0,0');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('-1 point')).toBe("'-1 point");
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });
});
