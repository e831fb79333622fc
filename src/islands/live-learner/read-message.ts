// The learner's device reads its own classroom server's messages without zod: the schemas would add 7 KB or more to a
// page that must stay within a quiz page's budget, and the server only sends what its schemas allow (a unit test
// parses everything the session sends with ServerMessageSchema). What is checked here is what the view relies on.
import type { ServerMessage } from '~/lib/live/schemas.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isView = (value: unknown) =>
  isObject(value) && typeof value.status === 'string' && (value.item === null || isObject(value.item));

/** The server's message, or null when the text is not one a learner's device handles. */
export function readServerMessage(text: string): ServerMessage | null {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(message)) return null;
  switch (message.type) {
    case 'joined':
      return isObject(message.participant) && typeof message.token === 'string' && isView(message.view) ? (message as ServerMessage) : null;
    case 'view':
      return isView(message.view) ? (message as ServerMessage) : null;
    case 'ack':
      return typeof message.item === 'string' && isObject(message.answer) ? (message as ServerMessage) : null;
    case 'renamed':
      return typeof message.name === 'string' ? (message as ServerMessage) : null;
    case 'error':
      return typeof message.code === 'string' ? (message as ServerMessage) : null;
    case 'pong':
      return message as ServerMessage;
    default:
      return null;
  }
}
