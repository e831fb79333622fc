import { describe, expect, it } from 'vitest';
import {
  answersToRecord,
  attemptScores,
  chooseOption,
  freshSession,
  isCurrentAttempt,
  questionsInSession,
  restoreSession,
  type SavedAttempt,
  unansweredQuestions,
} from './session';

const single = { id: 's', type: 'single' as const, options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] };
const multiple = {
  id: 'm',
  type: 'multiple' as const,
  options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }],
};
const check = { questions: [single, multiple] };

describe('chooseOption', () => {
  it('replaces the choice of a single-choice question', () => {
    let state = chooseOption(freshSession(0), single, 'a', true);
    state = chooseOption(state, single, 'b', true);
    expect(state.answers).toEqual({ s: ['b'] });
  });

  it('adds and removes choices of a multiple-response question without duplicates', () => {
    let state = chooseOption(freshSession(0), multiple, 'a', true);
    state = chooseOption(state, multiple, 'c', true);
    state = chooseOption(state, multiple, 'a', true);
    expect(state.answers.m).toEqual(['c', 'a']);
    state = chooseOption(state, multiple, 'c', false);
    expect(state.answers.m).toEqual(['a']);
  });

  it('ignores clicks once the attempt is checked', () => {
    const checked = { ...freshSession(0), phase: 'checked' as const, answers: { s: ['a'] } };
    expect(chooseOption(checked, single, 'b', true)).toBe(checked);
  });
});

describe('restoreSession', () => {
  it('starts a fresh first attempt when nothing is saved', () => {
    expect(restoreSession(check, [])).toEqual({ round: 0, answers: {}, phase: 'answering', revealed: false });
  });

  it('shows the last saved attempt, checked, with its number', () => {
    const saved: { answers: Record<string, string[]> }[] = [{ answers: { s: ['b'] } }, { answers: { s: ['a'], m: ['a', 'b'] } }];
    expect(restoreSession(check, saved)).toEqual({ round: 1, answers: { s: ['a'], m: ['a', 'b'] }, phase: 'checked', revealed: false });
  });

  it('starts a fresh attempt after one made against an earlier version of the check, which today cannot show', () => {
    const changed = { ...check, earlierKeys: [[{ id: 's', correctOptionIds: ['a'] }, { id: 'old', correctOptionIds: ['x'] }]] };
    const saved = [{ answers: { s: ['a'], old: ['x'] } }];
    expect(restoreSession(changed, saved)).toEqual({ round: 1, answers: {}, phase: 'answering', revealed: false });
    expect(attemptScores(changed, saved)).toEqual([{ correct: 2, total: 2, percent: 100 }]);
    expect(isCurrentAttempt(changed, saved[0]!.answers)).toBe(false);
    expect(isCurrentAttempt(changed, { s: ['b'], m: ['a'] })).toBe(true);
  });

  it('starts the next attempt afresh when the last one was trimmed from LMS resume data (its answers are unknown)', () => {
    const saved: SavedAttempt[] = [{ answers: { s: ['a'] } }, { answers: {}, trimmed: true }];
    expect(restoreSession(check, saved)).toEqual({ round: 2, answers: {}, phase: 'answering', revealed: false });
  });

  it('copies the saved arrays so the session cannot change the store', () => {
    const saved = [{ answers: { s: ['a'] } }];
    const state = restoreSession(check, saved);
    state.answers.s!.push('b');
    expect(saved[0]!.answers.s).toEqual(['a']);
  });
});

describe('questionsInSession', () => {
  const pool = Array.from({ length: 6 }, (_, n) => ({ ...single, id: `q${n}`, review: { lesson: `l${n % 3}` } }));
  const drawn = { draw: 3, questions: pool };

  it('asks every question of an undrawn check', () => {
    expect(questionsInSession(check, 'c', freshSession(3))).toEqual(check.questions);
  });

  it('draws a new set per round and shows a checked attempt with the questions it answered', () => {
    const asked = questionsInSession(drawn, 'final', freshSession(0));
    expect(asked).toHaveLength(3);
    const answers = answersToRecord([pool[5]!, pool[0]!], {});
    expect(questionsInSession(drawn, 'final', { ...freshSession(0), phase: 'checked', answers }).map((q) => q.id)).toEqual(['q0', 'q5']);
  });
});

describe('answers to record', () => {
  it('lists the unanswered questions', () => {
    expect(unansweredQuestions(check.questions, { s: ['a'], m: [] })).toEqual(['m']);
    expect(unansweredQuestions(check.questions, {})).toEqual(['s', 'm']);
    expect(unansweredQuestions(check.questions, { s: ['a'], m: ['c'] })).toEqual([]);
  });

  it('records every asked question and nothing else', () => {
    expect(answersToRecord(check.questions, { s: ['a'], other: ['x'] })).toEqual({ s: ['a'], m: [] });
  });
});

describe('attemptScores', () => {
  it('derives a score for every saved attempt', () => {
    const scores = attemptScores(check, [{ answers: { s: ['b'], m: ['a'] } }, { answers: { s: ['a'], m: ['b', 'a'] } }]);
    expect(scores.map((score) => score.percent)).toEqual([0, 100]);
  });

  it('has no score for an attempt trimmed from LMS resume data', () => {
    const scores = attemptScores(check, [{ answers: {}, trimmed: true }, { answers: { s: ['a'], m: ['b', 'a'] } }]);
    expect(scores.map((score) => score.percent)).toEqual([100]);
  });

  it('grades an attempt made against an earlier version by its own key, next to a trimmed one that has no score', () => {
    const changed = { ...check, earlierKeys: [[{ id: 's', correctOptionIds: ['a'] }, { id: 'old', correctOptionIds: ['x'] }]] };
    const saved: SavedAttempt[] = [{ answers: { s: ['a'], old: ['y'] } }, { answers: {}, trimmed: true }];
    expect(attemptScores(changed, saved)).toEqual([{ correct: 1, total: 2, percent: 50 }]);
    expect(restoreSession(changed, saved)).toEqual({ round: 2, answers: {}, phase: 'answering', revealed: false });
  });
});
