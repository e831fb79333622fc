// The classroom server behind `npm run classroom`: serves the built course like a static host, plus one WebSocket
// endpoint for live sessions. It is a thin shell around the session's rules (src/lib/live/session.ts): it checks who
// may send what, turns socket events into session inputs and delivers the messages each step returns.
// Everything lives in this process's memory; nothing is written to disk and nothing is sent beyond the local network.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import { createStaticSite } from '../static-site.mjs';
import { allowedHosts, isOwnComputer, joinHost, lanAddresses } from '../../src/lib/live/addresses.ts';
import { joinCodeFromBytes } from '../../src/lib/live/join-code.ts';
import { fullBucket, takeToken } from '../../src/lib/live/rate-limit.ts';
import {
  LEARNER_MESSAGE_TYPES,
  LIMITS,
  LearnerMessageSchema,
  LiveCourseSchema,
  PRESENTER_MESSAGE_TYPES,
  PresenterMessageSchema,
} from '../../src/lib/live/schemas.ts';
import { createSession, errorMessage, presenterView, stepSession } from '../../src/lib/live/session.ts';
import { allowConnectTo } from '../../src/lib/security/policy.ts';

/** Defaults, each of which `npm run classroom` can change. */
export const DEFAULTS = {
  port: 4330,
  host: '0.0.0.0',
  maxParticipants: 500,
  /** Messages a second one device may send on average, and in a burst. */
  rate: { rate: 10, burst: 20 },
};

/** A message longer than this closes the connection outright (ws answers with close code 1009). */
const HARD_MAX_BYTES = 64 * 1024;
/** Messages in a row a device may send over its rate limit before it is disconnected. */
const FLOOD_LIMIT = 100;
/** Wrong presenter keys one connection may try before it is disconnected. */
const KEY_TRIES = 3;
/** How long a connection may stay without joining or proving it is the presenter. */
const IDLE_MS = 5 * 60_000;
const HEARTBEAT_MS = 15_000;

/** A problem that stops the server from starting, in words for the instructor. */
export class ClassroomError extends Error {}

function loadCourse(root) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new ClassroomError(`No built course in ${root}. Run "npm run build" first, then "npm run classroom" again.`);
  }
  const itemsPath = join(root, 'live', 'items.json');
  if (!existsSync(itemsPath) || !existsSync(join(root, 'live', 'index.html')) || !existsSync(join(root, 'live', 'modules.json'))) {
    throw new ClassroomError(`The course in ${root} was built before live sessions existed. Run "npm run build" again.`);
  }
  let parsed;
  try {
    parsed = LiveCourseSchema.safeParse(JSON.parse(readFileSync(itemsPath, 'utf8')));
  } catch (error) {
    throw new ClassroomError(`${itemsPath} could not be read (${error.message}). Run "npm run build" again.`);
  }
  if (!parsed.success) throw new ClassroomError(`${itemsPath} is not what this version expects. Run "npm run build" again.`);
  return parsed.data;
}

/** The presenter's and projector's live modules as the build listed them (src/integrations/live-modules.ts). */
function loadModules(root) {
  const modules = JSON.parse(readFileSync(join(root, 'live', 'modules.json'), 'utf8'));
  for (const role of ['presenter', 'projector']) {
    if (typeof modules?.[role]?.script !== 'string' || !existsSync(join(root, modules[role].script))) {
      throw new ClassroomError(`The build's live/modules.json does not match its files. Run "npm run build" again.`);
    }
  }
  return modules;
}

/** The pages the server adds its live settings to, relative to the base path: the presenter, projector, learner and report pages. */
const LIVE_PAGE = /^(?:present\/[a-z0-9-]+\/(?:projector\/)?|live\/|live\/report\/)$/;
const DECK_PAGE = /^present\/[a-z0-9-]+\/(projector\/)?$/;

/**
 * Starts the classroom server and resolves once it listens. Options: dir (the build), port, host (0.0.0.0 for the
 * room's network; 127.0.0.1 keeps it on this computer), base (the build's base path), maxParticipants, rate.
 */
export async function startClassroomServer(options = {}) {
  const root = resolve(options.dir ?? 'dist');
  const port = Number(options.port ?? DEFAULTS.port);
  const host = options.host ?? DEFAULTS.host;
  const maxParticipants = Number(options.maxParticipants ?? DEFAULTS.maxParticipants);
  const rate = options.rate ?? DEFAULTS.rate;
  const course = loadCourse(root);
  const modules = loadModules(root);
  const site = createStaticSite({ root, base: options.base ?? '/' });

  const lan = lanAddresses(networkInterfaces());
  const hosts = allowedHosts(port, lan);
  const code = joinCodeFromBytes(randomBytes(32));
  const presenterKey = randomBytes(24).toString('base64url');
  const joinUrl = `http://${joinHost(host, lan)}:${port}${site.basePath}live/`;
  let state = createSession({ code, joinUrl, maxParticipants });

  /** Every open connection, and the learners' connections by participant id. */
  const connections = new Set();
  const byParticipant = new Map();

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname.startsWith(site.basePath) ? url.pathname.slice(site.basePath.length) : null;
    const file = path !== null && LIVE_PAGE.test(path) ? join(root, path, 'index.html') : null;
    const hostHeader = request.headers.host ?? '';
    if (!file || !existsSync(file) || !hosts.has(hostHeader) || !['GET', 'HEAD'].includes(request.method ?? '')) {
      site.handle(request, response);
      return;
    }
    // The live pages learn from meta tags that they are served live; the presenter's and projector's pages also which
    // module runs their live part, and only on this computer, the presenter key. The same pages from a static host
    // have none of this and stay as they are; a presenter page opened on a learner's device stays as it is too.
    const own = isOwnComputer(request.socket.remoteAddress, lan);
    const deck = DECK_PAGE.exec(path);
    if (deck && !own) {
      site.handle(request, response);
      return;
    }
    const module = deck ? modules[deck[1] ? 'projector' : 'presenter'] : null;
    const metas = `<meta name="live-session" content="${module ? `${site.basePath}${module.script}` : 'on'}">`;
    const key = own && (path.startsWith('live/report/') || (deck && !deck[1])) ? `<meta name="live-presenter-key" content="${presenterKey}">` : '';
    const page = readFileSync(file, 'utf8');
    const html = page.includes('<meta charset="utf-8">')
      ? page.replace('<meta charset="utf-8">', `<meta charset="utf-8">${metas}${key}`)
      : page.replace('<head>', `<head>${metas}${key}`);
    for (const [name, value] of site.headers(url.pathname)) {
      response.setHeader(name, name.toLowerCase() === 'content-security-policy' ? allowConnectTo(value, `ws://${hostHeader}`) : value);
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    site.compress(request, response, () => response.end(request.method === 'HEAD' ? undefined : html));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_MAX_BYTES, perMessageDeflate: false });
  const maxConnections = maxParticipants * 2 + 20;

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const hostHeader = request.headers.host ?? '';
    const origin = request.headers.origin;
    // Only pages of this server may open a session socket: a web page elsewhere cannot reach it through a learner's
    // browser, and a name that merely points at this computer (DNS rebinding) is refused too.
    let sameOrigin = true;
    if (origin) {
      try {
        sameOrigin = new URL(origin).host === hostHeader;
      } catch {
        sameOrigin = false;
      }
    }
    if (url.pathname !== `${site.basePath}live/socket` || !hosts.has(hostHeader) || !sameOrigin) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
  });

  const send = (connection, message) => {
    if (connection.ws.readyState === connection.ws.OPEN) connection.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  };

  const apply = (input, sender) => {
    const step = stepSession(state, course, input, Date.now());
    state = step.state;
    if (step.reset) {
      // A new session replaced the ended one: its learners' devices reconnect and rejoin it as new participants.
      for (const connection of connections) {
        if (connection.role !== 'learner') continue;
        connection.participant = null;
        connection.role = 'unknown';
        connection.ws.close(4000, 'A new session started');
      }
      byParticipant.clear();
    }
    if (step.bind && sender) {
      sender.participant = step.bind;
      sender.role = 'learner';
      clearTimeout(sender.idle);
      if (!byParticipant.has(step.bind)) byParticipant.set(step.bind, new Set());
      byParticipant.get(step.bind).add(sender);
    }
    for (const { to, message } of step.out) {
      const text = JSON.stringify(message);
      if (to === 'sender') {
        if (sender) send(sender, text);
      } else if (to === 'presenters' || to === 'learners') {
        const role = to === 'presenters' ? 'presenter' : 'learner';
        for (const connection of connections) if (connection.role === role) send(connection, text);
      } else {
        for (const connection of byParticipant.get(to.participant) ?? []) send(connection, text);
      }
    }
  };

  const unbind = (connection) => {
    if (connection.participant === null) return;
    const id = connection.participant;
    byParticipant.get(id)?.delete(connection);
    connection.participant = null;
    apply({ from: 'server', event: 'disconnected', participant: id }, null);
  };

  const refuse = (connection, code) => send(connection, errorMessage(code));

  const matchesKey = (key) => {
    const given = Buffer.from(key);
    const wanted = Buffer.from(presenterKey);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  };

  const receive = (connection, data, isBinary) => {
    const now = Date.now();
    const taken = takeToken(connection.bucket, rate, now);
    connection.bucket = taken.bucket;
    if (!taken.allowed) {
      connection.flood += 1;
      if (connection.flood > FLOOD_LIMIT) connection.ws.close(1008, 'Too many messages');
      else if (now - connection.warnedAt > 1000) {
        connection.warnedAt = now;
        refuse(connection, 'slow-down');
      }
      return;
    }
    connection.flood = 0;
    if (isBinary) return refuse(connection, 'invalid');
    if (data.length > LIMITS.messageBytes) return refuse(connection, 'too-big');
    let raw;
    try {
      raw = JSON.parse(data.toString('utf8'));
    } catch {
      return refuse(connection, 'invalid');
    }
    const type = raw !== null && typeof raw === 'object' && typeof raw.type === 'string' ? raw.type : null;
    if (type === null) return refuse(connection, 'invalid');
    if (PRESENTER_MESSAGE_TYPES.includes(type)) {
      const parsed = PresenterMessageSchema.safeParse(raw);
      if (!parsed.success) return refuse(connection, 'invalid');
      const message = parsed.data;
      if (message.type === 'presenter-hello') {
        if (!matchesKey(message.key)) {
          connection.keyTries += 1;
          refuse(connection, 'not-allowed');
          if (connection.keyTries >= KEY_TRIES) connection.ws.close(1008, 'Not the presenter');
          return;
        }
        unbind(connection);
        connection.role = 'presenter';
        clearTimeout(connection.idle);
        return send(connection, { type: 'presenter', view: presenterView(state, course) });
      }
      if (connection.role !== 'presenter') return refuse(connection, 'not-allowed');
      return apply({ from: 'presenter', message }, connection);
    }
    if (!LEARNER_MESSAGE_TYPES.includes(type)) return refuse(connection, 'unknown-type');
    const parsed = LearnerMessageSchema.safeParse(raw);
    if (!parsed.success) return refuse(connection, 'invalid');
    const message = parsed.data;
    if (connection.role === 'presenter' && message.type !== 'ping') return refuse(connection, 'not-allowed');
    // A device joining again on the same connection leaves its earlier seat first.
    if (message.type === 'join') unbind(connection);
    const seat = { id: randomBytes(9).toString('base64url'), token: randomBytes(18).toString('base64url') };
    apply({ from: 'learner', participant: connection.participant, message, seat }, connection);
  };

  const accept = (ws, request) => {
    const connection = {
      ws,
      role: 'unknown',
      participant: null,
      bucket: fullBucket(rate, Date.now()),
      flood: 0,
      warnedAt: 0,
      keyTries: 0,
      alive: true,
      idle: setTimeout(() => ws.close(1008, 'Join the session first'), IDLE_MS),
      remote: request.socket.remoteAddress,
    };
    if (connections.size >= maxConnections) {
      refuse(connection, 'full');
      ws.close(1013, 'Session is full');
      clearTimeout(connection.idle);
      return;
    }
    connections.add(connection);
    ws.on('message', (data, isBinary) => {
      try {
        receive(connection, data, isBinary);
      } catch (error) {
        // A bug must not take the session down for everyone; the device is told, the server keeps running.
        console.error('Live session: a message could not be handled:', error);
        refuse(connection, 'invalid');
      }
    });
    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      clearTimeout(connection.idle);
      connections.delete(connection);
      unbind(connection);
    });
  };

  // A phone that went to sleep without closing its connection is noticed within two heartbeats.
  const heartbeat = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ClassroomError(`Port ${port} is already in use, perhaps by another classroom server. Stop it, or choose another port: npm run classroom -- --port ${port + 1}`)
          : error.code === 'EACCES'
            ? new ClassroomError(`This computer does not allow a server on port ${port}. Choose another: npm run classroom -- --port 4330`)
            : error,
      );
    });
    server.listen(port, host, resolvePromise);
  });

  return {
    code,
    presenterKey,
    joinUrl,
    port,
    lan,
    /** The local address of the course for the instructor's own browser. */
    localUrl: `http://127.0.0.1:${port}${site.basePath}`,
    /** How many devices are connected now (for tests and the benchmark). */
    connectionCount: () => connections.size,
    /** Stops the server and closes every connection. */
    close: () =>
      new Promise((resolveClose) => {
        clearInterval(heartbeat);
        for (const connection of connections) connection.ws.terminate();
        wss.close();
        server.close(() => resolveClose());
        server.closeAllConnections?.();
      }),
  };
}
