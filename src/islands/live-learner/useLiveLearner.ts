import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { normaliseJoinCode } from '~/lib/live/join-code.ts';
import { canAnswer, INITIAL_LEARNER_STATE, learnerResult, reduceLearner, type LearnerState } from '~/lib/live/learner-state.ts';
import type { Answer, LearnerItem, ServerMessage } from '~/lib/live/schemas.ts';
import { openLiveSocket, servedLive, type LiveSocket } from '~/components/classroom/live/live-socket';
import { forgetSeat, loadSeat, saveSeat, type Seat } from '~/stores/live-seat';
import { readServerMessage } from './read-message';
import { strings } from './strings';

/** A short description of an answer for the acknowledgement: "B", "A, C" or "3 of 8 cards placed". */
export function describeAnswer(item: LearnerItem, answer: Answer): string {
  if (item.kind === 'question' && answer.kind === 'question') {
    return item.options
      .filter((option) => answer.options.includes(option.id))
      .map((option) => option.letter)
      .join(', ');
  }
  const placed = answer.kind === 'sort' ? Object.keys(answer.placements).length : 0;
  return `${placed} of ${item.kind === 'sort' ? item.cards.length : 0} cards placed`;
}

/** What the announcer says after a change of state, or null to stay quiet. */
function announcementFor(before: LearnerState, after: LearnerState): string | null {
  if (before.connection === 'open' && after.connection === 'lost') return strings.lost;
  if (before.connection === 'lost' && after.connection === 'open') return strings.back;
  const item = after.view?.item ?? null;
  if (item && item.key !== before.view?.item?.key) return strings.newItem(item.title);
  if (!item) {
    if (after.view?.status === 'ended' && before.view?.status !== 'ended') return strings.endedHeading;
    if (before.view?.item && after.stage === 'joined') return strings.waitingHeading;
    return null;
  }
  const phase = after.view?.phase;
  if (phase && phase !== before.view?.phase) {
    if (phase === 'answer') {
      const result = learnerResult(after);
      if (!after.answer || !result) return `${strings.phase.answer} ${strings.noAnswer}`;
      return `${strings.phase.answer} ${result.correct ? strings.right : strings.wrong}`;
    }
    return strings.phase[phase] || null;
  }
  if (after.answer !== before.answer && after.pending === null) {
    return after.answer ? strings.received(describeAnswer(item, after.answer)) : strings.receivedNone;
  }
  return null;
}

/** The learner's live session: connection, joining, answering, and what to announce. */
export function useLiveLearner() {
  const [state, dispatch] = useReducer(reduceLearner, INITIAL_LEARNER_STATE);
  const [announcement, setAnnouncement] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const socket = useRef<LiveSocket | null>(null);
  // The seat lives here too, so that a device whose storage is blocked still rejoins after a dropped connection.
  const seat = useRef<Seat | null>(null);
  const joiningWith = useRef('');
  // The name is sent again on rejoining, so that a learner carried into a new session keeps it.
  const joinedName = useRef('');
  const sent = useRef<Answer | null>(null);
  const before = useRef<LearnerState>(state);
  const itemHeading = useRef<HTMLHeadingElement | null>(null);

  const onMessage = useCallback((message: ServerMessage) => {
    if (message.type === 'joined') {
      const code = joiningWith.current || seat.current?.code || '';
      seat.current = { code, token: message.token };
      joinedName.current = message.participant.name;
      saveSeat(seat.current);
      // After a rejoin, an answer still waiting goes out again.
      sent.current = null;
    }
    if (message.type === 'renamed') joinedName.current = message.name;
    if (message.type === 'error' && (message.code === 'wrong-code' || message.code === 'ended') && seat.current) {
      // The seat belongs to a session that is over (the server restarted with a new code, or it ended).
      seat.current = null;
      forgetSeat();
    }
    dispatch({ type: 'message', message });
  }, []);

  useEffect(() => {
    if (!servedLive()) {
      dispatch({ type: 'unavailable' });
      return;
    }
    const fromAddress = normaliseJoinCode(new URLSearchParams(location.hash.slice(1)).get('code') ?? '');
    if (fromAddress) setCode(fromAddress);
    const saved = loadSeat();
    // A seat from an earlier session is not offered to this one when the address names another code.
    seat.current = saved && (!fromAddress || saved.code === fromAddress) ? saved : null;
    const live = openLiveSocket({
      onOpen: (send) => {
        dispatch({ type: 'connection', state: 'open', hasSeat: seat.current !== null });
        if (seat.current) {
          joiningWith.current = seat.current.code;
          send({ type: 'join', code: seat.current.code, token: seat.current.token, ...(joinedName.current ? { name: joinedName.current } : {}) });
        }
      },
      onMessage: (text) => {
        const message = readServerMessage(text);
        if (message) onMessage(message);
      },
      onStatus: (status) => {
        if (status !== 'open') dispatch({ type: 'connection', state: status, hasSeat: seat.current !== null });
      },
    });
    socket.current = live;
    return () => live.stop();
  }, [onMessage]);

  // Send a chosen answer as soon as the device is in the session; again after a rejoin if it was never acknowledged.
  useEffect(() => {
    const key = state.view?.item?.key;
    if (!key || !state.pending || state.pending === sent.current || state.connection !== 'open' || !canAnswer(state)) return;
    if (socket.current?.send({ type: 'answer', item: key, answer: state.pending })) sent.current = state.pending;
  }, [state]);

  useEffect(() => {
    const previous = before.current;
    before.current = state;
    const text = announcementFor(previous, state);
    if (text) setAnnouncement(text);
    // A new question takes focus, so that keyboard and screen reader users start from it.
    if (state.view?.item && state.view.item.key !== previous.view?.item?.key) itemHeading.current?.focus();
  }, [state]);

  const join = () => {
    joiningWith.current = normaliseJoinCode(code);
    seat.current = null;
    if (socket.current?.send({ type: 'join', code, ...(name.trim() ? { name } : {}) })) dispatch({ type: 'join-sent' });
  };

  const choose = (answer: Answer) => {
    if (canAnswer(state)) dispatch({ type: 'choose', answer });
  };

  const rename = (newName: string) => {
    socket.current?.send({ type: 'rename', name: newName });
  };

  return { state, announcement, code, setCode, name, setName, join, choose, rename, itemHeading };
}
