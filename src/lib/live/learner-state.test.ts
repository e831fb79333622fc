import { describe, expect, it } from 'vitest';
import { TEST_COURSE } from './fixtures/course.ts';
import { itemSolution, learnerItem } from './items.ts';
import { canAnswer, INITIAL_LEARNER_STATE, learnerResult, reduceLearner, shownAnswer, type LearnerEvent, type LearnerState } from './learner-state.ts';
import type { Answer, LearnerView } from './schemas.ts';

const question = TEST_COURSE.items['q:check/patching']!;
const sort = TEST_COURSE.items['x:duties']!;
const view = (phase: LearnerView['phase'], item = question): LearnerView => ({
  status: 'live',
  item: learnerItem(item),
  phase,
  solution: phase === 'answer' ? itemSolution(item) : null,
});
const waiting: LearnerView = { status: 'live', item: null, phase: null, solution: null };
const choose = (...options: string[]): Answer => ({ kind: 'question', options });

const run = (events: LearnerEvent[], from: LearnerState = INITIAL_LEARNER_STATE) => events.reduce(reduceLearner, from);
const joined = (answer: Answer | null = null, current = view('open')) =>
  run([
    { type: 'connection', state: 'open', hasSeat: false },
    { type: 'join-sent' },
    { type: 'message', message: { type: 'joined', participant: { id: 'p1', name: 'Ana' }, token: 't', view: current, answer } },
  ]);

describe('the learner’s device', () => {
  it('shows the form once connected, and the session once joined', () => {
    expect(run([{ type: 'connection', state: 'open', hasSeat: false }]).stage).toBe('join');
    const state = joined();
    expect(state).toMatchObject({ stage: 'joined', me: { name: 'Ana' }, connection: 'open' });
    expect(canAnswer(state)).toBe(true);
  });

  it('goes back to the form with the reason when turned away', () => {
    const state = run([
      { type: 'connection', state: 'open', hasSeat: false },
      { type: 'join-sent' },
      { type: 'message', message: { type: 'error', code: 'full', message: 'This session is full.' } },
    ]);
    expect(state).toMatchObject({ stage: 'join', problem: 'full' });
  });

  it('shows a choice at once, then the acknowledged answer', () => {
    let state = reduceLearner(joined(), { type: 'choose', answer: choose('provider') });
    expect(shownAnswer(state)).toEqual(choose('provider'));
    expect(state.answer).toBeNull();
    state = reduceLearner(state, { type: 'message', message: { type: 'ack', item: question.key, answer: choose('provider') } });
    expect(state).toMatchObject({ answer: choose('provider'), pending: null });
    // An acknowledgement for another item changes nothing.
    expect(reduceLearner(state, { type: 'message', message: { type: 'ack', item: 'x:duties', answer: choose() } })).toBe(state);
  });

  it('forgets the answer when the next item comes, and is waiting between items', () => {
    let state = joined(choose('customer'));
    state = reduceLearner(state, { type: 'message', message: { type: 'view', view: waiting } });
    expect(state).toMatchObject({ answer: null, view: { item: null } });
    state = reduceLearner(state, { type: 'message', message: { type: 'view', view: view('open', sort) } });
    expect(canAnswer(state)).toBe(true);
  });

  it('stops taking answers on lock, and drops a choice the server turned down', () => {
    let state = joined(choose('customer'));
    state = reduceLearner(state, { type: 'message', message: { type: 'view', view: view('locked') } });
    expect(canAnswer(state)).toBe(false);
    expect(state.answer).toEqual(choose('customer'));
    state = reduceLearner(joined(), { type: 'choose', answer: choose('shared') });
    state = reduceLearner(state, { type: 'message', message: { type: 'error', code: 'not-open', message: '' } });
    expect(state).toMatchObject({ pending: null, problem: 'not-open' });
  });

  it('grades the acknowledged answer once the answer is revealed', () => {
    let state = joined(choose('provider'));
    expect(learnerResult(state)).toBeNull();
    state = reduceLearner(state, { type: 'message', message: { type: 'view', view: view('answer') } });
    expect(learnerResult(state)).toEqual({ correct: false, cards: {} });
  });

  it('keeps an answer chosen while the connection was down, to send after rejoining, and restores the server’s copy', () => {
    let state = reduceLearner(joined(choose('customer')), { type: 'connection', state: 'lost', hasSeat: true });
    expect(state.connection).toBe('lost');
    state = reduceLearner(state, { type: 'choose', answer: choose('shared') });
    state = reduceLearner(state, { type: 'connection', state: 'open', hasSeat: true });
    expect(state.stage).toBe('joining');
    state = reduceLearner(state, {
      type: 'message',
      message: { type: 'joined', participant: { id: 'p1', name: 'Ana' }, token: 't', view: view('open'), answer: choose('customer') },
    });
    expect(state).toMatchObject({ stage: 'joined', answer: choose('customer'), pending: choose('shared') });
  });

  it('stays "unavailable" where no live session is served', () => {
    const state = run([{ type: 'unavailable' }, { type: 'connection', state: 'open', hasSeat: false }]);
    expect(state.stage).toBe('unavailable');
  });
});
