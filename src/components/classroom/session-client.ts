// Browser side of a class session across lessons (src/lib/classroom/session.ts): the presenter announces its lesson
// and keeps count of projector windows; a projector answers, and follows the presenter to another lesson.
import { PING_INTERVAL_MS, SESSION_CHANNEL, followedProjectorUrl, notePresence, parseSessionMessage, projectorConnected, type Presence, type SessionMessage } from '~/lib/classroom/session';
import type { DeckRole } from '~/lib/classroom/sync';

/**
 * Joins this window to the session. A presenter announces its lesson, which every projector window then shows, and
 * reports through `onProjector` whether a projector is connected.
 */
export function joinSession(deck: string, role: DeckRole, onProjector: (connected: boolean) => void = () => undefined): void {
  if (!('BroadcastChannel' in window)) return;
  const channel = new BroadcastChannel(SESSION_CHANNEL);
  const self = crypto.randomUUID();
  const post = (message: SessionMessage) => channel.postMessage(message);
  // Whatever the window closes or navigates to, it says goodbye, so that the presenter's state is right at once.
  window.addEventListener('pagehide', () => post({ type: 'bye', sender: self }));

  if (role === 'projector') {
    channel.addEventListener('message', (event: MessageEvent) => {
      const message = parseSessionMessage(event.data, self);
      if (message?.type === 'ping') post({ type: 'projector', sender: self, deck });
      if (message?.type === 'presenter') {
        const url = followedProjectorUrl(location.pathname, deck, message.deck);
        if (url) location.replace(url);
      }
    });
    post({ type: 'projector', sender: self, deck });
    return;
  }

  let presence: Presence = {};
  let connected: boolean | null = null;
  const check = () => {
    const now = projectorConnected(presence, Date.now());
    if (now !== connected) onProjector((connected = now));
  };
  channel.addEventListener('message', (event: MessageEvent) => {
    presence = notePresence(presence, parseSessionMessage(event.data, self), Date.now());
    check();
  });
  // Asks at once and then every couple of seconds: a projector that stops answering (closed, crashed) drops out.
  const ping = () => {
    post({ type: 'ping', sender: self });
    check();
  };
  setInterval(ping, PING_INTERVAL_MS);
  post({ type: 'presenter', sender: self, deck });
  ping();
}
