// Messages the presenter and projector windows exchange over a BroadcastChannel (no server involved).
import type { DeckState } from './presenter-state';

/** Channel name for one lesson's deck, so that two decks open at once never mix. */
export function channelName(deckId: string): string {
  return `srm-course:classroom:${deckId}`;
}

/** Which window sent a message. */
export type DeckRole = 'presenter' | 'projector';

/** A window announcing itself; the presenter answers with its state. */
export interface HelloMessage {
  type: 'hello';
  deck: string;
  sender: string;
  role: DeckRole;
}

/** The sender's whole deck state; receivers adopt it. */
export interface StateMessage {
  type: 'state';
  deck: string;
  sender: string;
  role: DeckRole;
  state: DeckState;
}

/** Any sync message. */
export type SyncMessage = HelloMessage | StateMessage;

const MAX_SLIDES = 1000;

function isIndex(value: unknown, below: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below;
}

/**
 * Reads a received message, or returns null when it is malformed, meant for another deck, or our own echo.
 * Reveal steps are kept as sent; the reducer's `replace` action clamps them to the deck.
 */
export function parseSyncMessage(data: unknown, deck: string, self: string, slideCount: number): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.deck !== deck || typeof message.sender !== 'string' || message.sender === self) return null;
  if (message.role !== 'presenter' && message.role !== 'projector') return null;
  const base = { deck, sender: message.sender, role: message.role } as const;
  if (message.type === 'hello') return { type: 'hello', ...base };
  if (message.type !== 'state' || typeof message.state !== 'object' || message.state === null) return null;
  const state = message.state as Record<string, unknown>;
  if (!isIndex(state.slide, Math.min(slideCount, MAX_SLIDES))) return null;
  if (!Array.isArray(state.reveals) || state.reveals.length > MAX_SLIDES) return null;
  if (!state.reveals.every((step) => isIndex(step, MAX_SLIDES))) return null;
  return { type: 'state', ...base, state: { slide: state.slide, reveals: [...(state.reveals as number[])] } };
}

/** What a window does with a message: adopt a state, answer a hello with its own state, or nothing. */
export type SyncReaction = { adopt: DeckState } | { answer: true } | null;

/** Decides how a window in `role` reacts to a parsed message. Only the presenter answers hellos, so one window leads. */
export function reactToSync(message: SyncMessage | null, role: DeckRole): SyncReaction {
  if (!message) return null;
  if (message.type === 'state') return { adopt: message.state };
  return role === 'presenter' ? { answer: true } : null;
}

/** Builds a message to send. */
export function stateMessage(deck: string, sender: string, role: DeckRole, state: DeckState): StateMessage {
  return { type: 'state', deck, sender, role, state: { slide: state.slide, reveals: [...state.reveals] } };
}

/** Builds the hello a window sends when it opens. */
export function helloMessage(deck: string, sender: string, role: DeckRole): HelloMessage {
  return { type: 'hello', deck, sender, role };
}
