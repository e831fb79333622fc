import { describe, expect, it } from 'vitest';
import { TEST_COURSE } from './fixtures/course.ts';
import { ServerMessageSchema, type Answer, type LearnerMessage, type PresenterMessage, type ServerMessage } from './schemas.ts';
import { createSession, stepSession, type SessionInput, type SessionState, type Step } from './session.ts';

const CODE = '482913';
let seats = 0;
let now = 1_000_000;

function fresh(maxParticipants = 30): SessionState {
  return createSession({ code: CODE, joinUrl: 'http://127.0.0.1:4330/live/', maxParticipants });
}

/** Applies an input and checks that every message the step sends is one the schema allows. */
function apply(state: SessionState, input: SessionInput): Step {
  now += 1000;
  const step = stepSession(state, TEST_COURSE, input, now);
  for (const { message } of step.out) expect(ServerMessageSchema.safeParse(message).success, JSON.stringify(message)).toBe(true);
  return step;
}

const learner = (state: SessionState, participant: string | null, message: LearnerMessage) => {
  seats += 1;
  return apply(state, { from: 'learner', participant, message, seat: { id: `p${seats}`, token: `t${seats}` } });
};
const presenter = (state: SessionState, message: Exclude<PresenterMessage, { type: 'presenter-hello' }>) =>
  apply(state, { from: 'presenter', message });

const sent = (step: Step, type: ServerMessage['type']) => step.out.filter((out) => out.message.type === type);
const errorCode = (step: Step) => {
  const [error] = sent(step, 'error');
  return error?.message.type === 'error' ? error.message.code : null;
};
const presenterView = (step: Step) => {
  const message = sent(step, 'presenter').at(-1)?.message;
  if (message?.type !== 'presenter') throw new Error('no presenter view sent');
  return message.view;
};
const learnerView = (step: Step) => {
  const message = sent(step, 'view').at(-1)?.message;
  if (message?.type !== 'view') throw new Error('no learner view sent');
  return message.view;
};

const choose = (...options: string[]): Answer => ({ kind: 'question', options });

/** A started session showing the first question, with learners joined; returns the state and their ids and tokens. */
function classWith(names: string[], maxParticipants = 30) {
  let state = presenter(fresh(maxParticipants), { type: 'start', deck: 'iaas-in-practice' }).state;
  const joined: { id: string; token: string }[] = [];
  for (const name of names) {
    const step = learner(state, null, { type: 'join', code: CODE, name });
    state = step.state;
    const message = step.out[0]!.message;
    if (message.type !== 'joined') throw new Error(`join refused: ${JSON.stringify(message)}`);
    joined.push({ id: message.participant.id, token: message.token });
  }
  state = presenter(state, { type: 'show', item: 'q:check/patching' }).state;
  return { state, joined };
}

describe('joining', () => {
  it('turns away a wrong code, and takes the right one typed with a space', () => {
    const state = presenter(fresh(), { type: 'start', deck: 'd' }).state;
    const wrong = learner(state, null, { type: 'join', code: '111111' });
    expect(errorCode(wrong)).toBe('wrong-code');
    expect(wrong.state).toBe(state);
    expect(wrong.bind).toBeUndefined();

    const right = learner(state, null, { type: 'join', code: '482 913', name: '  Ana\u202e  Lopez ' });
    expect(right.bind).toBeDefined();
    const joined = right.out[0]!;
    expect(joined.to).toBe('sender');
    expect(joined.message).toMatchObject({ type: 'joined', participant: { name: 'Ana Lopez' }, view: { status: 'live', item: null } });
    expect(presenterView(right)).toMatchObject({ joined: 1, connected: 1 });
  });

  it('keeps a name with markup as the text it is', () => {
    const state = fresh();
    const step = learner(state, null, { type: 'join', code: CODE, name: '<img src=x onerror=alert(1)>' });
    expect(step.out[0]!.message).toMatchObject({ participant: { name: '<img src=x onerror=alert(1)>' } });
  });

  it('says "session is full" to the one over the limit, and still lets a joined learner back in', () => {
    const { state, joined } = classWith(['A', 'B'], 2);
    const third = learner(state, null, { type: 'join', code: CODE, name: 'C' });
    expect(errorCode(third)).toBe('full');
    expect(third.state.participantOrder).toHaveLength(2);

    const left = apply(state, { from: 'server', event: 'disconnected', participant: joined[0]!.id }).state;
    const back = learner(left, null, { type: 'join', code: CODE, token: joined[0]!.token });
    expect(back.bind).toBe(joined[0]!.id);
    expect(presenterView(back)).toMatchObject({ joined: 2, connected: 2 });
  });

  it('brings a returning device back as the same participant with its answer, without a second seat', () => {
    let { state, joined } = classWith(['Ana', 'Ben']);
    const ana = joined[0]!;
    state = learner(state, ana.id, { type: 'answer', item: 'q:check/patching', answer: choose('provider') }).state;
    state = apply(state, { from: 'server', event: 'disconnected', participant: ana.id }).state;
    expect(presenterView(presenter(state, { type: 'show', item: 'q:check/patching' }))).toMatchObject({ joined: 2, connected: 1 });

    const back = learner(state, null, { type: 'join', code: CODE, token: ana.token });
    expect(back.bind).toBe(ana.id);
    expect(back.out[0]!.message).toMatchObject({ type: 'joined', participant: { id: ana.id, name: 'Ana' }, answer: choose('provider') });
    const view = presenterView(back);
    expect(view.joined).toBe(2);
    expect(view.current?.tally).toMatchObject({ answered: 1 });

    // Answering again replaces the first answer: still one answer from Ana.
    const again = learner(back.state, ana.id, { type: 'answer', item: 'q:check/patching', answer: choose('customer') });
    expect(presenterView(again).current?.tally).toEqual({ kind: 'question', answered: 1, correct: 1, counts: { customer: 1, provider: 0, shared: 0 } });
  });

  it('turns away an unknown token as a new learner, not as someone else', () => {
    const { state } = classWith(['Ana']);
    const step = learner(state, null, { type: 'join', code: CODE, token: 'forged' });
    expect(step.out[0]!.message).toMatchObject({ type: 'joined', participant: { name: '' } });
    expect(step.state.participantOrder).toHaveLength(2);
  });
});

describe('answering', () => {
  it('acknowledges an answer to the learner, counts it for the presenter, and lets the learner change or take it back', () => {
    let { state, joined } = classWith(['Ana', 'Ben', 'Cleo']);
    const [ana, ben] = joined;
    let step = learner(state, ana!.id, { type: 'answer', item: 'q:check/patching', answer: choose('provider') });
    expect(step.out[0]).toEqual({ to: { participant: ana!.id }, message: { type: 'ack', item: 'q:check/patching', answer: choose('provider') } });
    expect(presenterView(step).current).toMatchObject({ phase: 'open', present: 3, tally: { answered: 1, correct: 0 } });

    step = learner(step.state, ben!.id, { type: 'answer', item: 'q:check/patching', answer: choose('customer') });
    step = learner(step.state, ana!.id, { type: 'answer', item: 'q:check/patching', answer: choose('customer') });
    expect(presenterView(step).current?.tally).toEqual({ kind: 'question', answered: 2, correct: 2, counts: { customer: 2, provider: 0, shared: 0 } });

    step = learner(step.state, ben!.id, { type: 'answer', item: 'q:check/patching', answer: choose() });
    expect(presenterView(step).current?.tally).toMatchObject({ answered: 1 });
    state = step.state;
    expect(state.runs['q:check/patching']!.responses).toEqual({ [ana!.id]: choose('customer') });
  });

  it('turns away answers from devices that have not joined, to items not on show, and that do not fit the item', () => {
    const { state, joined } = classWith(['Ana']);
    const id = joined[0]!.id;
    expect(errorCode(learner(state, null, { type: 'answer', item: 'q:check/patching', answer: choose('customer') }))).toBe('not-joined');
    expect(errorCode(learner(state, 'p-unknown', { type: 'answer', item: 'q:check/patching', answer: choose('customer') }))).toBe('not-joined');
    expect(errorCode(learner(state, id, { type: 'answer', item: 'q:check/moved', answer: choose('hosts') }))).toBe('not-open');
    expect(errorCode(learner(state, id, { type: 'answer', item: '__proto__', answer: choose('hosts') }))).toBe('not-open');
    for (const answer of [choose('nope'), choose('customer', 'provider'), choose('customer', 'customer'), { kind: 'sort', placements: {} } as Answer]) {
      const step = learner(state, id, { type: 'answer', item: 'q:check/patching', answer });
      expect(errorCode(step), JSON.stringify(answer)).toBe('invalid');
      expect(step.state).toBe(state);
    }
  });

  it('closes answers on lock and on reveal, and takes them again once re-opened', () => {
    const { state: open, joined } = classWith(['Ana']);
    const id = joined[0]!.id;
    const locked = presenter(open, { type: 'phase', item: 'q:check/patching', phase: 'locked' });
    expect(learnerView(locked)).toMatchObject({ phase: 'locked', solution: null });
    expect(errorCode(learner(locked.state, id, { type: 'answer', item: 'q:check/patching', answer: choose('shared') }))).toBe('not-open');
    const results = presenter(locked.state, { type: 'phase', item: 'q:check/patching', phase: 'results' });
    expect(learnerView(results)).toMatchObject({ phase: 'results', solution: null });
    expect(errorCode(learner(results.state, id, { type: 'answer', item: 'q:check/patching', answer: choose('shared') }))).toBe('not-open');
    const reopened = presenter(results.state, { type: 'phase', item: 'q:check/patching', phase: 'open' });
    expect(sent(learner(reopened.state, id, { type: 'answer', item: 'q:check/patching', answer: choose('shared') }), 'ack')).toHaveLength(1);
  });

  it('sends the solution to learners only once the answer itself is revealed', () => {
    const { state } = classWith(['Ana']);
    const revealed = presenter(state, { type: 'phase', item: 'q:check/patching', phase: 'answer' });
    expect(learnerView(revealed).solution).toEqual({
      kind: 'question',
      correct: ['customer'],
      explanations: { customer: 'Right: the guest OS is theirs.', provider: 'No.', shared: 'No.' },
    });
    // Before the reveal, a learner's device is sent the item without any answer or explanation.
    const item = learnerView(presenter(state, { type: 'show', item: 'q:check/patching' })).item;
    expect(JSON.stringify(item)).not.toMatch(/correct|explanation|misconception/);
  });

  it('counts a sort per card, and a learner who placed only some cards as taking part', () => {
    let { state, joined } = classWith(['Ana', 'Ben']);
    state = presenter(state, { type: 'show', item: 'x:duties' }).state;
    state = learner(state, joined[0]!.id, {
      type: 'answer',
      item: 'x:duties',
      answer: { kind: 'sort', placements: { patch: 'provider', disk: 'provider', readers: 'customer' } },
    }).state;
    const step = learner(state, joined[1]!.id, { type: 'answer', item: 'x:duties', answer: { kind: 'sort', placements: { patch: 'customer' } } });
    expect(presenterView(step).current?.tally).toEqual({
      kind: 'sort',
      answered: 2,
      complete: 1,
      cards: {
        patch: { placed: 2, correct: 1, zones: { customer: 1, provider: 1 } },
        disk: { placed: 1, correct: 1, zones: { customer: 0, provider: 1 } },
        readers: { placed: 1, correct: 1, zones: { customer: 1, provider: 0 } },
      },
    });
    expect(errorCode(learner(step.state, joined[1]!.id, { type: 'answer', item: 'x:duties', answer: { kind: 'sort', placements: { patch: 'shared' } } }))).toBe('invalid');
    expect(errorCode(learner(step.state, joined[1]!.id, { type: 'answer', item: 'x:duties', answer: { kind: 'sort', placements: { constructor: 'customer' } } }))).toBe('invalid');
  });
});

describe('the presenter', () => {
  it('cannot show anything before starting, nor an item the course does not have', () => {
    expect(errorCode(presenter(fresh(), { type: 'show', item: 'q:check/patching' }))).toBe('not-live');
    const live = presenter(fresh(), { type: 'start', deck: 'd' }).state;
    expect(errorCode(presenter(live, { type: 'show', item: 'q:nope/nope' }))).toBe('unknown-item');
    expect(errorCode(presenter(live, { type: 'show', item: '__proto__' }))).toBe('unknown-item');
    expect(errorCode(presenter(live, { type: 'phase', item: 'q:check/patching', phase: 'locked' }))).toBe('unknown-item');
  });

  it('keeps an item’s answers and phase when it moves away and comes back, and shows learners "waiting" in between', () => {
    let { state, joined } = classWith(['Ana']);
    state = learner(state, joined[0]!.id, { type: 'answer', item: 'q:check/patching', answer: choose('customer') }).state;
    state = presenter(state, { type: 'phase', item: 'q:check/patching', phase: 'locked' }).state;
    const between = presenter(state, { type: 'show', item: null });
    expect(learnerView(between)).toEqual({ status: 'live', item: null, phase: null, solution: null });
    const back = presenter(between.state, { type: 'show', item: 'q:check/patching' });
    expect(presenterView(back).current).toMatchObject({ phase: 'locked', tally: { answered: 1 } });
    expect(back.state.runOrder).toEqual(['q:check/patching']);
  });

  it('ends the session for everyone, and starting again opens a fresh one on the same code', () => {
    const { state, joined } = classWith(['Ana']);
    const ended = presenter(state, { type: 'end' });
    expect(learnerView(ended)).toMatchObject({ status: 'ended', item: null });
    expect(errorCode(learner(ended.state, null, { type: 'join', code: CODE, token: joined[0]!.token }))).toBe('ended');
    const again = presenter(ended.state, { type: 'start', deck: 'd' });
    expect(presenterView(again)).toMatchObject({ status: 'live', joined: 0, code: CODE, endedAt: null });
    expect(again.reset).toBe(true);
    expect(presenter(again.state, { type: 'start', deck: 'd' }).reset).toBeUndefined();
  });

  it('gets the class report on request', () => {
    const { state } = classWith(['Ana']);
    const step = presenter(state, { type: 'report' });
    expect(step.out).toHaveLength(1);
    expect(step.out[0]).toMatchObject({ to: 'sender', message: { type: 'report', report: { code: CODE, participants: 1 } } });
  });
});

describe('devices that leave', () => {
  it('count as present for an item they answered, and not otherwise', () => {
    let { state, joined } = classWith(['Ana', 'Ben']);
    state = learner(state, joined[0]!.id, { type: 'answer', item: 'q:check/patching', answer: choose('customer') }).state;
    state = apply(state, { from: 'server', event: 'disconnected', participant: joined[0]!.id }).state;
    const step = apply(state, { from: 'server', event: 'disconnected', participant: joined[1]!.id });
    expect(presenterView(step)).toMatchObject({ joined: 2, connected: 0, current: { present: 1 } });
    // A second close for the same device changes nothing below zero.
    const twice = apply(step.state, { from: 'server', event: 'disconnected', participant: joined[1]!.id });
    expect(twice.state.participants[joined[1]!.id]!.connections).toBe(0);
    expect(apply(twice.state, { from: 'server', event: 'disconnected', participant: 'nobody' }).out).toEqual([]);
  });
});

describe('renaming and pings', () => {
  it('renames a joined learner on all their devices, and answers a ping from anyone', () => {
    const { state, joined } = classWith(['Ana']);
    const step = learner(state, joined[0]!.id, { type: 'rename', name: ' Ana\tB. ' });
    expect(step.out).toEqual([{ to: { participant: joined[0]!.id }, message: { type: 'renamed', name: 'Ana B.' } }]);
    expect(errorCode(learner(state, null, { type: 'rename', name: 'x' }))).toBe('not-joined');
    expect(learner(state, null, { type: 'ping' }).out).toEqual([{ to: 'sender', message: { type: 'pong' } }]);
  });
});
