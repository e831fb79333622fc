// The browser's connection to the classroom server, shared by the learner's device, the presenter and the report:
// it reconnects by itself after a dropped network or a sleeping phone, and says so through onStatus.
import { retryDelay } from '~/lib/live/reconnect.ts';
import { withBase } from '~/lib/urls';

/** The connection as the page shows it. */
export type SocketStatus = 'connecting' | 'open' | 'lost';

/** What a page wires to the connection. */
export interface LiveSocketOptions {
  /** Called on every (re)connection, first thing: say who this device is (join, or the presenter's hello). */
  onOpen: (send: (message: object) => boolean) => void;
  /** Each message from the server, as text. */
  onMessage: (text: string) => void;
  onStatus: (status: SocketStatus) => void;
}

/** A live connection: send, stop for good, or try again at once. */
export interface LiveSocket {
  send(message: object): boolean;
  stop(): void;
  retryNow(): void;
}

/** The session endpoint of the server that served this page. */
export function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${withBase('/live/socket')}`;
}

/** True when the classroom server served this page (it adds a meta tag; a static host does not). */
export function servedLive(): boolean {
  return document.querySelector('meta[name="live-session"]') !== null;
}

/** Opens the connection and keeps it open until stop(). */
export function openLiveSocket(options: LiveSocketOptions): LiveSocket {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer = 0;
  let stopped = false;
  let probe = 0;

  const send = (message: object) => {
    if (socket?.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  };

  const connect = () => {
    clearTimeout(timer);
    if (stopped) return;
    options.onStatus(attempt === 0 ? 'connecting' : 'lost');
    const current = new WebSocket(socketUrl());
    socket = current;
    current.addEventListener('open', () => {
      attempt = 0;
      options.onStatus('open');
      options.onOpen(send);
    });
    current.addEventListener('message', (event) => {
      clearTimeout(probe);
      if (typeof event.data === 'string') options.onMessage(event.data);
    });
    current.addEventListener('close', () => {
      if (socket !== current || stopped) return;
      socket = null;
      options.onStatus('lost');
      timer = window.setTimeout(connect, retryDelay(attempt, Math.random()));
      attempt += 1;
    });
  };

  const retryNow = () => {
    if (stopped) return;
    if (socket?.readyState === WebSocket.OPEN) {
      // A phone back from sleep may hold a socket that died without a close: ask, and start over if nobody answers.
      send({ type: 'ping' });
      clearTimeout(probe);
      probe = window.setTimeout(() => socket?.close(), 4000);
      return;
    }
    if (socket?.readyState === WebSocket.CONNECTING) return;
    attempt = Math.max(attempt, 1);
    connect();
  };

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') retryNow();
  });
  window.addEventListener('online', retryNow);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) retryNow();
  });
  connect();

  return {
    send,
    retryNow,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
