// What a learner's device shows during a live session, as a pure reducer: the island (src/islands/live-learner/)
// feeds it connection changes, the learner's choices and the server's messages, and renders the result.
import { gradeAnswer, type GradedAnswer } from './answers.ts';
import type { Answer, ErrorCode, LearnerView, ServerMessage } from './schemas.ts';

/** Where the learner is: no live session here, connecting, the join form, joining, or in the session. */
export type LearnerStage = 'unavailable' | 'connecting' | 'join' | 'joining' | 'joined';

/** The device's connection to the classroom server. */
export type ConnectionState = 'connecting' | 'open' | 'lost';

/** The learner's state. */
export interface LearnerState {
  stage: LearnerStage;
  connection: ConnectionState;
  /** The last refusal that the learner should read (wrong code, full, answers closed…), or null. */
  problem: ErrorCode | null;
  me: { id: string; name: string } | null;
  view: LearnerView | null;
  /** The answer the server acknowledged for the item on show. */
  answer: Answer | null;
  /** An answer chosen but not acknowledged yet (sent, or waiting for the connection to return). */
  pending: Answer | null;
}

/** Something that happened on the device. */
export type LearnerEvent =
  | { type: 'unavailable' }
  | { type: 'connection'; state: ConnectionState; hasSeat: boolean }
  | { type: 'join-sent' }
  | { type: 'choose'; answer: Answer }
  | { type: 'message'; message: ServerMessage };

/** The state before anything happened. */
export const INITIAL_LEARNER_STATE: LearnerState = {
  stage: 'connecting',
  connection: 'connecting',
  problem: null,
  me: null,
  view: null,
  answer: null,
  pending: null,
};

const itemKey = (view: LearnerView | null) => view?.item?.key ?? null;

/** Applies one event. */
export function reduceLearner(state: LearnerState, event: LearnerEvent): LearnerState {
  switch (event.type) {
    case 'unavailable':
      return { ...state, stage: 'unavailable' };
    case 'connection': {
      if (state.stage === 'unavailable') return state;
      if (event.state !== 'open') return { ...state, connection: event.state };
      // A device that has a seat rejoins by itself; one that never joined is shown the form.
      return { ...state, connection: 'open', stage: event.hasSeat ? 'joining' : 'join' };
    }
    case 'join-sent':
      return { ...state, stage: 'joining', problem: null };
    case 'choose':
      return { ...state, pending: event.answer, problem: null };
    case 'message':
      return onMessage(state, event.message);
  }
}

function onMessage(state: LearnerState, message: ServerMessage): LearnerState {
  switch (message.type) {
    case 'joined': {
      const sameItem = itemKey(message.view) !== null && itemKey(message.view) === itemKey(state.view);
      return {
        ...state,
        stage: 'joined',
        problem: null,
        me: message.participant,
        view: message.view,
        answer: message.answer,
        // An answer chosen while the connection was down is kept, to be sent now, if its item is still on show.
        pending: sameItem ? state.pending : null,
      };
    }
    case 'view': {
      const changed = itemKey(message.view) !== itemKey(state.view);
      return {
        ...state,
        view: message.view,
        answer: changed ? null : state.answer,
        pending: changed || message.view.phase !== 'open' ? null : state.pending,
        problem: changed ? null : state.problem,
      };
    }
    case 'ack':
      if (message.item !== itemKey(state.view)) return state;
      return { ...state, answer: isEmpty(message.answer) ? null : message.answer, pending: null, problem: null };
    case 'renamed':
      return state.me ? { ...state, me: { ...state.me, name: message.name } } : state;
    case 'error': {
      if (state.stage === 'joining') {
        // Turned away at the door: back to the form, saying why.
        return { ...state, stage: 'join', problem: message.code, me: null };
      }
      return { ...state, problem: message.code, pending: message.code === 'not-open' ? null : state.pending };
    }
    default:
      return state;
  }
}

function isEmpty(answer: Answer): boolean {
  return answer.kind === 'question' ? answer.options.length === 0 : Object.keys(answer.placements).length === 0;
}

/** The answer to show as chosen: the one waiting to be acknowledged, else the acknowledged one. */
export function shownAnswer(state: LearnerState): Answer | null {
  return state.pending ?? state.answer;
}

/** Whether the learner can answer now: the item is open and the device is in the session. */
export function canAnswer(state: LearnerState): boolean {
  return state.stage === 'joined' && state.view?.phase === 'open' && state.view.item !== null;
}

/** The learner's answer graded against the revealed solution, or null before the reveal. */
export function learnerResult(state: LearnerState): GradedAnswer | null {
  const solution = state.view?.solution;
  return solution ? gradeAnswer(solution, state.answer) : null;
}
