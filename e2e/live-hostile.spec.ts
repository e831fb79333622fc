import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { CLASSROOM_E2E_PORT, startClassroom, type Classroom } from './live-helpers';

// Hostile clients against the real classroom server: every kind of bad input is turned down, the device that sent
// it is told why (or disconnected), nobody else notices, and the server keeps running.

const PORT = CLASSROOM_E2E_PORT + 1;
const MAX_PARTICIPANTS = 3;
const QUESTION = 'q:iaas-in-practice/guest-os-patching';

test.describe.configure({ mode: 'serial' });

interface Message {
  type: string;
  [field: string]: unknown;
}

/** A raw WebSocket client that records what the server sends. */
interface Client {
  ws: WebSocket;
  messages: Message[];
  /** The next message of `type` (or any) not yet taken. */
  next(type?: string): Promise<Message>;
  send(message: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
}

let server: Classroom;
const clients: Client[] = [];

function connect(headers: Record<string, string> = {}): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${PORT}/live/socket`, { headers });
  const messages: Message[] = [];
  let taken = 0;
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as Message);
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const client: Client = {
    ws,
    messages,
    closed,
    send: (message) => ws.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message)),
    next: async (type) => {
      const deadline = Date.now() + 5000;
      for (;;) {
        const index = messages.findIndex((message, at) => at >= taken && (!type || message.type === type));
        if (index >= 0) {
          taken = index + 1;
          return messages[index]!;
        }
        if (Date.now() > deadline) throw new Error(`No "${type ?? 'any'}" message; got ${JSON.stringify(messages.slice(taken))}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
  };
  clients.push(client);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

async function presenterKey(): Promise<string> {
  const html = await (await fetch(`http://127.0.0.1:${PORT}/present/iaas-in-practice/`)).text();
  const key = /<meta name="live-presenter-key" content="([^"]+)">/.exec(html)?.[1];
  if (!key) throw new Error('The presenter page served to this computer carries no key');
  return key;
}

async function presenter(): Promise<Client> {
  const client = await connect();
  client.send({ type: 'presenter-hello', key: await presenterKey() });
  await client.next('presenter');
  return client;
}

async function learner(name?: string): Promise<Client & { token: string }> {
  const client = await connect();
  client.send({ type: 'join', code: server.code, ...(name === undefined ? {} : { name }) });
  const joined = await client.next('joined');
  return Object.assign(client, { token: joined.token as string });
}

/** The error the server answers `message` with. */
async function refusal(client: Client, message: unknown): Promise<{ code: string; message: string }> {
  client.send(message);
  const error = await client.next('error');
  return { code: error.code as string, message: error.message as string };
}

/** Proves the server still serves pages and takes part in a session normally. */
async function stillWorks(): Promise<void> {
  expect((await fetch(`http://127.0.0.1:${PORT}/`)).status).toBe(200);
  const probe = await connect();
  probe.send({ type: 'ping' });
  await probe.next('pong');
  probe.ws.close();
}

// A fresh server (so a fresh session) for each test; after each, the server must still be working.
test.beforeEach(async () => {
  server = await startClassroom(PORT, ['--max-participants', String(MAX_PARTICIPANTS)]);
});
test.afterEach(async () => {
  for (const client of clients.splice(0)) client.ws.terminate();
  await stillWorks();
  await server.stop();
});

test('malformed messages, unknown types and wrong shapes get an error, and the connection stays usable', async () => {
  const client = await connect();
  expect(await refusal(client, 'not json')).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, '[1,2,3]')).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, 'null')).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, Buffer.from([0, 1, 2]))).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, { type: 'delete-everything' })).toMatchObject({ code: 'unknown-type' });
  expect(await refusal(client, { type: 42 })).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, { type: 'join' })).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, { type: 'join', code: server.code, name: 12 })).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, { type: 'answer', item: QUESTION, answer: { kind: 'question', options: 'customer' } })).toMatchObject({ code: 'invalid' });
  expect(await refusal(client, { type: 'join', code: '000000' === server.code ? '111111' : '000000' })).toMatchObject({
    code: 'wrong-code',
    message: 'That code does not match this session. Check the code on the screen.',
  });
  client.send({ type: 'ping' });
  await client.next('pong');
});

test('oversized messages are refused, and far too big ones close only that connection', async () => {
  const bystander = await learner('Bystander');
  const client = await connect();
  expect(await refusal(client, { type: 'join', code: server.code, name: 'x'.repeat(9000) })).toMatchObject({ code: 'too-big' });
  expect(await refusal(client, { type: 'join', code: server.code, name: 'x'.repeat(201) })).toMatchObject({ code: 'invalid' });
  client.send({ type: 'join', code: server.code, name: 'x'.repeat(100_000) });
  expect((await client.closed).code).toBe(1009);
  bystander.send({ type: 'ping' });
  await bystander.next('pong');
});

test('answers to an item that is not open are refused: before it is shown, after the lock, and for another item', async () => {
  const host = await presenter();
  host.send({ type: 'start', deck: 'iaas-in-practice' });
  const ana = await learner('Ana');
  expect(await refusal(ana, { type: 'answer', item: QUESTION, answer: { kind: 'question', options: ['customer'] } })).toMatchObject({ code: 'not-open' });
  host.send({ type: 'show', item: QUESTION });
  await ana.next('view');
  expect(await refusal(ana, { type: 'answer', item: 'q:iaas-in-practice/open-ports', answer: { kind: 'question', options: ['customer'] } })).toMatchObject({ code: 'not-open' });
  expect(await refusal(ana, { type: 'answer', item: QUESTION, answer: { kind: 'question', options: ['customer', 'provider'] } })).toMatchObject({ code: 'invalid' });
  ana.send({ type: 'answer', item: QUESTION, answer: { kind: 'question', options: ['provider'] } });
  expect(await ana.next('ack')).toMatchObject({ item: QUESTION, answer: { kind: 'question', options: ['provider'] } });
  host.send({ type: 'phase', item: QUESTION, phase: 'locked' });
  await ana.next('view');
  expect(await refusal(ana, { type: 'answer', item: QUESTION, answer: { kind: 'question', options: ['customer'] } })).toMatchObject({
    code: 'not-open',
    message: 'Answers to this item are closed.',
  });
  // The locked answer still counts once, as it was.
  host.send({ type: 'report' });
  const report = (await host.next('report')).report as { questions: { answered: number; mostChosenWrong: { answer: string } }[] };
  expect(report.questions[0]).toMatchObject({ answered: 1, mostChosenWrong: { answer: expect.stringMatching(/^B\. /) } });
  host.send({ type: 'end' });
  await host.next('presenter');
});

test('only the presenter, with its key, can start, show, lock, reveal, report or end; guessing the key gets a device disconnected', async () => {
  const intruder = await learner('Mallory');
  for (const message of [
    { type: 'start', deck: 'iaas-in-practice' },
    { type: 'show', item: QUESTION },
    { type: 'phase', item: QUESTION, phase: 'answer' },
    { type: 'report' },
    { type: 'end' },
  ]) {
    expect(await refusal(intruder, message), message.type).toMatchObject({ code: 'not-allowed' });
  }
  const guesser = await connect();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    expect(await refusal(guesser, { type: 'presenter-hello', key: `guess-${attempt}` })).toMatchObject({ code: 'not-allowed' });
  }
  expect((await guesser.closed).code).toBe(1008);
  // The join code is not the presenter's key, and the learners' page never carries the key.
  expect(await refusal(intruder, { type: 'presenter-hello', key: server.code })).toMatchObject({ code: 'not-allowed' });
  const learnerPage = await (await fetch(`http://127.0.0.1:${PORT}/live/`)).text();
  expect(learnerPage).toContain('<meta name="live-session" content="on">');
  expect(learnerPage).not.toContain('live-presenter-key');
  // The real presenter still can.
  const host = await presenter();
  host.send({ type: 'start', deck: 'iaas-in-practice' });
  expect((await host.next('presenter')).view).toMatchObject({ status: 'live' });
  host.send({ type: 'end' });
  await host.next('presenter');
});

test('a flood from one connection is slowed, then cut off, while another learner’s answer counts as usual', async () => {
  const host = await presenter();
  host.send({ type: 'start', deck: 'iaas-in-practice' });
  host.send({ type: 'show', item: QUESTION });
  const flooder = await learner('Flood');
  const ana = await learner('Ana');
  for (let index = 0; index < 600; index += 1) flooder.send({ type: 'answer', item: QUESTION, answer: { kind: 'question', options: ['shared'] } });
  expect((await flooder.next('error')).code).toBe('slow-down');
  expect((await flooder.closed).code).toBe(1008);
  ana.send({ type: 'answer', item: QUESTION, answer: { kind: 'question', options: ['customer'] } });
  await ana.next('ack');
  host.send({ type: 'report' });
  const report = (await host.next('report')).report as { questions: { answered: number; correct: number }[] };
  // The flooder's first answers were taken (one answer, however often sent); Ana's counts too.
  expect(report.questions[0]).toMatchObject({ answered: 2, correct: 1 });
  host.send({ type: 'end' });
  await host.next('presenter');
});

test('names with markup are kept as text, and the one over the participant limit is told the session is full', async () => {
  const host = await presenter();
  host.send({ type: 'start', deck: 'iaas-in-practice' });
  const markup = '<img src=x onerror=alert(1)>';
  const first = await learner(markup);
  expect(first.messages.find((message) => message.type === 'joined')).toMatchObject({ participant: { name: markup } });
  const others = [await learner('B'), await learner('C')];
  const late = await connect();
  expect(await refusal(late, { type: 'join', code: server.code, name: 'D' })).toEqual({ code: 'full', message: 'This session is full. Ask your instructor.' });
  // The others are undisturbed, and a learner who drops off still gets back in when the session is full.
  for (const other of others) {
    other.send({ type: 'ping' });
    await other.next('pong');
  }
  first.ws.close();
  await first.closed;
  const back = await connect();
  back.send({ type: 'join', code: server.code, token: first.token });
  expect(await back.next('joined')).toMatchObject({ participant: { name: markup } });
  host.send({ type: 'report' });
  const report = (await host.next('report')).report as { participants: number; learners: { name: string }[] };
  expect(report.participants).toBe(3);
  expect(report.learners[0]!.name).toBe(markup);
  host.send({ type: 'end' });
  await host.next('presenter');
});

test('pages elsewhere cannot open a session socket through a learner’s browser', async () => {
  await expect(connect({ Origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
  await expect(connect({ Host: `evil.example:${PORT}`, Origin: `http://evil.example:${PORT}` })).rejects.toThrow('HTTP 403');
  const sameOrigin = await connect({ Origin: `http://127.0.0.1:${PORT}` });
  sameOrigin.send({ type: 'ping' });
  await sameOrigin.next('pong');
});

test('npm run classroom refuses to start, saying why, when its port is taken or there is no usable build', async () => {
  await expect(startClassroom(PORT)).rejects.toThrow(`Port ${PORT} is already in use, perhaps by another classroom server.`);
  const empty = mkdtempSync(join(tmpdir(), 'classroom-'));
  await expect(startClassroom(PORT + 1000, ['--dir', empty])).rejects.toThrow(/No built course in .*\. Run "npm run build" first/);
  writeFileSync(join(empty, 'index.html'), '<!doctype html><title>An older build</title>');
  await expect(startClassroom(PORT + 1000, ['--dir', empty])).rejects.toThrow('was built before live sessions existed. Run "npm run build" again.');
});
