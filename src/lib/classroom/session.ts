// A class session across lessons: messages every presenter and projector window of the course exchange over one
// BroadcastChannel (no server), so that one projector window follows the presenter from lesson to lesson and the
// presenter can show whether a projector is connected. Slide-by-slide state stays on each deck's own channel (sync.ts).

/** The one channel of the session, whatever lesson each window shows. */
export const SESSION_CHANNEL = 'srm-course:classroom-session';

/** How often the presenter asks who is there, and how long a projector that stops answering still counts as there. */
export const PING_INTERVAL_MS = 2_000;
export const PRESENCE_TIMEOUT_MS = 5_000;

/** Any session message. */
export type SessionMessage =
  /** A presenter is showing this lesson: projectors switch to it. */
  | { type: 'presenter'; sender: string; deck: string }
  /** The presenter asks which projectors are there. */
  | { type: 'ping'; sender: string }
  /** A projector is there, showing this lesson. */
  | { type: 'projector'; sender: string; deck: string }
  /** A window is closing or leaving. */
  | { type: 'bye'; sender: string };

const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Reads a received message, or returns null when it is malformed or our own echo. */
export function parseSessionMessage(data: unknown, self: string): SessionMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, sender, deck } = data as Record<string, unknown>;
  if (typeof sender !== 'string' || sender === '' || sender.length > 100 || sender === self) return null;
  if (type === 'ping' || type === 'bye') return { type, sender };
  if ((type === 'presenter' || type === 'projector') && typeof deck === 'string' && LESSON_ID.test(deck)) return { type, sender, deck };
  return null;
}

/** When each projector the presenter knows of was last heard from (sender → epoch ms). */
export type Presence = Readonly<Record<string, number>>;

/** The presence after a message: a projector's answer marks it seen, its goodbye forgets it. */
export function notePresence(presence: Presence, message: SessionMessage | null, now: number): Presence {
  if (message?.type === 'projector') return { ...presence, [message.sender]: now };
  if (message?.type === 'bye' && Object.hasOwn(presence, message.sender)) {
    const rest = { ...presence };
    delete rest[message.sender];
    return rest;
  }
  return presence;
}

/** Whether any projector has been heard from recently enough to count as connected. */
export function projectorConnected(presence: Presence, now: number): boolean {
  return Object.values(presence).some((seen) => now - seen <= PRESENCE_TIMEOUT_MS);
}

/**
 * Where a projector showing `current` goes when the presenter moves to `next`: the same address with the lesson
 * changed, at its first slide; null when it is already there or the address is not a projector's.
 */
export function followedProjectorUrl(pathname: string, current: string, next: string): string | null {
  const suffix = `/present/${current}/projector/`;
  if (next === current || !LESSON_ID.test(next) || !pathname.endsWith(suffix)) return null;
  return `${pathname.slice(0, -suffix.length)}/present/${next}/projector/#slide-1`;
}
