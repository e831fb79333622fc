// The rules of a live class session as a pure state machine: who joined, which item is on show, which answers count,
// locking and revealing, and what each device is told. The classroom server (scripts/classroom/) only turns socket
// events into inputs and sends the messages a step returns; everything here can be tested without a network.
import { isEmptyAnswer, normaliseAnswer } from './answers.ts';
import { itemSolution, learnerItem } from './items.ts';
import { normaliseJoinCode } from './join-code.ts';
import { cleanName } from './names.ts';
import { classReport } from './report.ts';
import { tallyAnswers } from './tally.ts';
import type {
  Answer,
  ErrorCode,
  LearnerMessage,
  LearnerView,
  LiveCourse,
  Phase,
  PresenterMessage,
  PresenterView,
  ServerMessage,
  SessionStatus,
} from './schemas.ts';

/** A learner who joined. Their devices prove who they are with `token`; `id` is what the session keys answers by. */
export interface Participant {
  id: string;
  token: string;
  /** Display name, possibly empty; always shown as text. */
  name: string;
  joinedAt: number;
  /** Devices (or tabs) connected as this learner right now. */
  connections: number;
}

/** One item as it ran: its phase and the answers it got, by participant id (an empty answer is never kept). */
export interface ItemRun {
  key: string;
  phase: Phase;
  firstShownAt: number;
  responses: Record<string, Answer>;
}

/** The whole session, kept in the server's memory only. */
export interface SessionState {
  code: string;
  /** The address learners open, shown on the join slide. */
  joinUrl: string;
  maxParticipants: number;
  status: SessionStatus;
  startedAt: number | null;
  endedAt: number | null;
  /** Lessons presented in this session, in the order they started. */
  decks: string[];
  participants: Record<string, Participant>;
  /** Participant ids in the order they joined. */
  participantOrder: string[];
  /** The item on show, or null between items. */
  current: string | null;
  runs: Record<string, ItemRun>;
  /** Item keys in the order they were first shown. */
  runOrder: string[];
}

/** What a session is created with. */
export interface SessionOptions {
  code: string;
  joinUrl: string;
  maxParticipants: number;
}

/** A new session, waiting for the presenter to start it. */
export function createSession(options: SessionOptions): SessionState {
  return {
    code: options.code,
    joinUrl: options.joinUrl,
    maxParticipants: options.maxParticipants,
    status: 'waiting',
    startedAt: null,
    endedAt: null,
    decks: [],
    participants: {},
    participantOrder: [],
    current: null,
    runs: {},
    runOrder: [],
  };
}

/** Fresh random values for a learner who joins for the first time (the server draws them for every join). */
export interface Seat {
  id: string;
  token: string;
}

/** Something that happened: a message from a learner's or the presenter's device, or a learner's device leaving. */
export type SessionInput =
  | { from: 'learner'; participant: string | null; message: LearnerMessage; seat: Seat }
  | { from: 'presenter'; message: Exclude<PresenterMessage, { type: 'presenter-hello' }> }
  | { from: 'server'; event: 'disconnected'; participant: string };

/** Who a message goes to: the device that sent the input, every presenter, every learner, or one learner's devices. */
export type Audience = 'sender' | 'presenters' | 'learners' | { participant: string };

/** A message to send. */
export interface Outgoing {
  to: Audience;
  message: ServerMessage;
}

/** The outcome of one input: the new state, what to send, and which participant the sending device now speaks for. */
export interface Step {
  state: SessionState;
  out: Outgoing[];
  bind?: string;
  /** True when a new session replaced an ended one: devices still connected belong to no participant any more. */
  reset?: boolean;
}

const ERROR_TEXT: Record<ErrorCode, string> = {
  invalid: 'That message could not be read.',
  'unknown-type': 'That kind of message is not part of a live session.',
  'too-big': 'That message is too long.',
  'slow-down': 'Too many messages at once. Please wait a moment.',
  'wrong-code': 'That code does not match this session. Check the code on the screen.',
  full: 'This session is full. Ask your instructor.',
  ended: 'This session has ended.',
  'not-joined': 'Join the session first.',
  'not-open': 'Answers to this item are closed.',
  'not-allowed': 'Only the presenter can do that.',
  'not-live': 'The presenter has not started the session.',
  'unknown-item': 'There is no such question or exercise in this course.',
};

/** An error message for a code, in words a learner understands. */
export function errorMessage(code: ErrorCode): ServerMessage {
  return { type: 'error', code, message: ERROR_TEXT[code] };
}

const has = <T extends object>(record: T, key: string) => Object.hasOwn(record, key);

/** What every learner's device shows now. */
export function learnerView(state: SessionState, course: LiveCourse): LearnerView {
  const key = state.current;
  const run = key !== null && has(state.runs, key) ? state.runs[key] : undefined;
  const item = key !== null && has(course.items, key) ? course.items[key] : undefined;
  if (state.status !== 'live' || !run || !item) return { status: state.status, item: null, phase: null, solution: null };
  return {
    status: state.status,
    item: learnerItem(item),
    phase: run.phase,
    solution: run.phase === 'answer' ? itemSolution(item) : null,
  };
}

/** Learners connected now, or who answered the item: those the presenter's "of" counts. */
function presentFor(state: SessionState, run: ItemRun | undefined): number {
  let present = 0;
  for (const id of state.participantOrder) {
    const participant = state.participants[id]!;
    if (participant.connections > 0 || (run && has(run.responses, id))) present += 1;
  }
  return present;
}

/** What the presenter sees now. */
export function presenterView(state: SessionState, course: LiveCourse): PresenterView {
  const key = state.current;
  const run = key !== null && has(state.runs, key) ? state.runs[key] : undefined;
  const item = key !== null && has(course.items, key) ? course.items[key] : undefined;
  return {
    status: state.status,
    code: state.code,
    joinUrl: state.joinUrl,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    joined: state.participantOrder.length,
    connected: state.participantOrder.filter((id) => state.participants[id]!.connections > 0).length,
    current:
      run && item
        ? { item, phase: run.phase, present: presentFor(state, run), tally: tallyAnswers(item, Object.values(run.responses)) }
        : null,
  };
}

const toPresenters = (state: SessionState, course: LiveCourse): Outgoing => ({
  to: 'presenters',
  message: { type: 'presenter', view: presenterView(state, course) },
});

const toLearners = (state: SessionState, course: LiveCourse): Outgoing => ({
  to: 'learners',
  message: { type: 'view', view: learnerView(state, course) },
});

const refuse = (state: SessionState, code: ErrorCode): Step => ({ state, out: [{ to: 'sender', message: errorMessage(code) }] });

function join(state: SessionState, course: LiveCourse, message: Extract<LearnerMessage, { type: 'join' }>, seat: Seat, now: number): Step {
  if (state.status === 'ended') return refuse(state, 'ended');
  if (normaliseJoinCode(message.code) !== state.code) return refuse(state, 'wrong-code');
  const returning = message.token ? state.participantOrder.find((id) => state.participants[id]!.token === message.token) : undefined;
  let next: SessionState;
  let participant: Participant;
  if (returning) {
    const known = state.participants[returning]!;
    const name = message.name !== undefined && cleanName(message.name) !== '' ? cleanName(message.name) : known.name;
    participant = { ...known, name, connections: known.connections + 1 };
    next = { ...state, participants: { ...state.participants, [known.id]: participant } };
  } else {
    if (state.participantOrder.length >= state.maxParticipants) return refuse(state, 'full');
    participant = { id: seat.id, token: seat.token, name: cleanName(message.name ?? ''), joinedAt: now, connections: 1 };
    next = {
      ...state,
      participants: { ...state.participants, [seat.id]: participant },
      participantOrder: [...state.participantOrder, seat.id],
    };
  }
  const run = next.current !== null && has(next.runs, next.current) ? next.runs[next.current] : undefined;
  const answer = run && has(run.responses, participant.id) ? run.responses[participant.id]! : null;
  return {
    state: next,
    bind: participant.id,
    out: [
      {
        to: 'sender',
        message: {
          type: 'joined',
          participant: { id: participant.id, name: participant.name },
          token: participant.token,
          view: learnerView(next, course),
          answer,
        },
      },
      toPresenters(next, course),
    ],
  };
}

function answer(state: SessionState, course: LiveCourse, participantId: string | null, message: Extract<LearnerMessage, { type: 'answer' }>): Step {
  if (participantId === null || !has(state.participants, participantId)) return refuse(state, 'not-joined');
  const key = message.item;
  const run = state.status === 'live' && state.current === key && has(state.runs, key) ? state.runs[key]! : undefined;
  if (!run || run.phase !== 'open' || !has(course.items, key)) return refuse(state, 'not-open');
  const normalised = normaliseAnswer(course.items[key]!, message.answer);
  if (!normalised) return refuse(state, 'invalid');
  const responses = { ...run.responses };
  if (isEmptyAnswer(normalised)) delete responses[participantId];
  else responses[participantId] = normalised;
  const next = { ...state, runs: { ...state.runs, [key]: { ...run, responses } } };
  return {
    state: next,
    out: [{ to: { participant: participantId }, message: { type: 'ack', item: key, answer: normalised } }, toPresenters(next, course)],
  };
}

function learnerStep(state: SessionState, course: LiveCourse, input: Extract<SessionInput, { from: 'learner' }>, now: number): Step {
  const { message, participant } = input;
  switch (message.type) {
    case 'join':
      return join(state, course, message, input.seat, now);
    case 'answer':
      return answer(state, course, participant, message);
    case 'rename': {
      if (participant === null || !has(state.participants, participant)) return refuse(state, 'not-joined');
      const name = cleanName(message.name);
      const next = { ...state, participants: { ...state.participants, [participant]: { ...state.participants[participant]!, name } } };
      return { state: next, out: [{ to: { participant }, message: { type: 'renamed', name } }] };
    }
    case 'ping':
      return { state, out: [{ to: 'sender', message: { type: 'pong' } }] };
  }
}

function presenterStep(state: SessionState, course: LiveCourse, message: Extract<SessionInput, { from: 'presenter' }>['message'], now: number): Step {
  const changed = (next: SessionState): Step => ({ state: next, out: [toPresenters(next, course), toLearners(next, course)] });
  switch (message.type) {
    case 'start': {
      // Starting again after the end opens a new session on the same code: nobody from the last one is carried over.
      const base = state.status === 'ended' ? createSession(state) : state;
      const step = changed({
        ...base,
        status: 'live',
        startedAt: base.startedAt ?? now,
        decks: base.decks.includes(message.deck) ? base.decks : [...base.decks, message.deck],
      });
      return state.status === 'ended' ? { ...step, reset: true } : step;
    }
    case 'show': {
      if (state.status !== 'live') return refuse(state, 'not-live');
      const key = message.item;
      if (key === null) return changed({ ...state, current: null });
      if (!has(course.items, key)) return refuse(state, 'unknown-item');
      if (has(state.runs, key)) return changed({ ...state, current: key });
      return changed({
        ...state,
        current: key,
        runs: { ...state.runs, [key]: { key, phase: 'open', firstShownAt: now, responses: {} } },
        runOrder: [...state.runOrder, key],
      });
    }
    case 'phase': {
      if (state.status !== 'live') return refuse(state, 'not-live');
      if (state.current !== message.item || !has(state.runs, message.item)) return refuse(state, 'unknown-item');
      const run = state.runs[message.item]!;
      if (run.phase === message.phase) return { state, out: [toPresenters(state, course)] };
      return changed({ ...state, runs: { ...state.runs, [message.item]: { ...run, phase: message.phase } } });
    }
    case 'end':
      if (state.status === 'ended') return { state, out: [toPresenters(state, course)] };
      return changed({ ...state, status: 'ended', endedAt: now, current: null });
    case 'report':
      return { state, out: [{ to: 'sender', message: { type: 'report', report: classReport(state, course, now) } }] };
  }
}

/** Applies one input to the session at time `now` (ms). Never throws for anything a device can send. */
export function stepSession(state: SessionState, course: LiveCourse, input: SessionInput, now: number): Step {
  if (input.from === 'learner') return learnerStep(state, course, input, now);
  if (input.from === 'presenter') return presenterStep(state, course, input.message, now);
  if (!has(state.participants, input.participant)) return { state, out: [] };
  const known = state.participants[input.participant]!;
  const next = {
    ...state,
    participants: { ...state.participants, [known.id]: { ...known, connections: Math.max(0, known.connections - 1) } },
  };
  return { state: next, out: [toPresenters(next, course)] };
}
