// The live-session benchmark (part of npm run bench; alone: node scripts/bench/live.mjs): simulated learners over real
// WebSockets on loopback join the classroom server (running in a process of its own) and answer question after
// question, all within one second; for 50, 200 and 500 learners it reports the time from the last answer sent to the
// presenter's tally counting it (median and p95 over the rounds), the server's memory, and messages per second.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

/** The target from the quality bar: this many learners answering within a second… */
export const TARGET_PARTICIPANTS = 200;
/** …and the presenter's tally updated within this many ms at the 95th percentile. */
export const TARGET_P95_MS = 250;

/** The value at percentile `p` (0–100) of ascending numbers, by nearest rank; NaN for none. */
export function percentile(/** @type {number[]} */ sorted, /** @type {number} */ p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function startServer(/** @type {{ dir: string, port: number, maxParticipants: number }} */ options) {
  const child = fork(fileURLToPath(new URL('./live-server.mjs', import.meta.url)), [JSON.stringify(options)], {
    execArgv: ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (/** @type {string} */ type) =>
    new Promise((resolve, reject) => {
      const onMessage = (/** @type {any} */ message) => {
        if (message?.type !== type) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`The classroom server exited (${code})`)));
    });
  return {
    ready: /** @type {Promise<{ code: string, key: string }>} */ (next('ready')),
    memory: async () => {
      const reply = next('memory');
      child.send('memory');
      return /** @type {{ memory: NodeJS.MemoryUsage }} */ (await reply).memory;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send('stop');
      }),
  };
}

/** A client socket that counts what it sends and receives and hands each parsed message to `onMessage`. */
function openClient(/** @type {string} */ url, /** @type {{ sent: number, received: number }} */ counts, /** @type {(message: any) => void} */ onMessage) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on('message', (data) => {
      counts.received += 1;
      onMessage(JSON.parse(data.toString()));
    });
    ws.once('open', () =>
      resolve({
        send: (/** @type {object} */ message) => {
          counts.sent += 1;
          ws.send(JSON.stringify(message));
        },
        close: () => ws.terminate(),
      }),
    );
    ws.once('error', reject);
  });
}

/** Resolves when `test()` is true, checking after every message and every 5 ms; rejects after `timeoutMs`. */
function until(/** @type {() => boolean} */ test, timeoutMs = 20_000) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      if (test()) return resolve(undefined);
      if (performance.now() - started > timeoutMs) return reject(new Error('The live benchmark timed out waiting for the server'));
      setTimeout(check, 5);
    };
    check();
  });
}

const mb = (/** @type {number} */ bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Measures one class size: `participants` learners join, then answer `rounds` questions, each round's answers spread
 * evenly over `spreadMs`.
 */
async function measureClass({ dir, port, participants, rounds, spreadMs }) {
  const course = JSON.parse(readFileSync(`${dir}/live/items.json`, 'utf8'));
  const questions = Object.values(course.items).filter((item) => item.kind === 'question' && !item.multiple);
  const server = startServer({ dir, port, maxParticipants: participants });
  const { code, key } = await server.ready;
  const url = `ws://127.0.0.1:${port}/live/socket`;
  const counts = { sent: 0, received: 0 };

  /** The presenter's latest tally: which item, how many answered, when it arrived. */
  const tally = { item: '', answered: 0, at: 0 };
  const presenter = await openClient(url, counts, (message) => {
    if (message.type !== 'presenter' || !message.view.current) return;
    tally.item = message.view.current.item.key;
    tally.answered = message.view.current.tally.answered;
    tally.at = performance.now();
  });
  presenter.send({ type: 'presenter-hello', key });
  presenter.send({ type: 'start', deck: 'bench' });

  let joined = 0;
  let acks = 0;
  const showing = { item: '', seen: 0 };
  const joinStarted = performance.now();
  /** @type {{ send(message: object): void, close(): void }[]} */
  const learners = [];
  // Learners arrive in groups of 50, as a room does over a few seconds, not all in the same millisecond.
  for (let first = 0; first < participants; first += 50) {
    const group = await Promise.all(
      Array.from({ length: Math.min(50, participants - first) }, () =>
        openClient(url, counts, (message) => {
          if (message.type === 'joined') joined += 1;
          else if (message.type === 'ack') acks += 1;
          else if (message.type === 'view' && message.view.item?.key === showing.item) showing.seen += 1;
        }),
      ),
    );
    for (const [index, learner] of group.entries()) learner.send({ type: 'join', code, name: `Learner ${first + index + 1}` });
    learners.push(...group);
  }
  await until(() => joined === participants);
  const joinMs = performance.now() - joinStarted;
  const afterJoin = await server.memory();

  const latencies = [];
  let busyMs = 0;
  const countsBefore = { ...counts };
  for (let round = 0; round < rounds; round += 1) {
    const question = questions[round % questions.length];
    showing.item = question.key;
    showing.seen = 0;
    presenter.send({ type: 'show', item: question.key });
    await until(() => showing.seen === participants && tally.item === question.key);
    const acksBefore = acks;
    const started = performance.now();
    let lastSentAt = 0;
    await new Promise((resolve) => {
      learners.forEach((learner, index) => {
        setTimeout(() => {
          const option = question.options[index % question.options.length];
          learner.send({ type: 'answer', item: question.key, answer: { kind: 'question', options: [option.id] } });
          if (index === participants - 1) {
            lastSentAt = performance.now();
            resolve(undefined);
          }
        }, (index * spreadMs) / participants);
      });
    });
    await until(() => tally.item === question.key && tally.answered === participants && acks - acksBefore === participants);
    latencies.push(Math.max(0, tally.at - lastSentAt));
    busyMs += performance.now() - started;
  }
  const afterAnswers = await server.memory();
  const messages = counts.sent - countsBefore.sent + (counts.received - countsBefore.received);
  for (const learner of [presenter, ...learners]) learner.close();
  await server.stop();

  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    participants,
    rounds,
    spreadMs,
    joinMs: Math.round(joinMs),
    tallyAfterLastAnswerMs: {
      median: Math.round(percentile(sorted, 50)),
      p95: Math.round(percentile(sorted, 95)),
      max: Math.round(sorted.at(-1) ?? Number.NaN),
    },
    serverMemoryMB: { rssAfterJoin: mb(afterJoin.rss), rss: mb(afterAnswers.rss), heapUsed: mb(afterAnswers.heapUsed) },
    messagesPerSecond: Math.round((messages / busyMs) * 1000),
  };
}

/** Runs the benchmark for each class size; the server listens on `port` (loopback only). */
export async function measureLive({ dir = 'dist', port, sizes = [50, 200, 500], rounds = 20, spreadMs = 1000, log = console.log }) {
  const classes = [];
  for (const participants of sizes) {
    const result = await measureClass({ dir, port, participants, rounds, spreadMs });
    classes.push(result);
    log(
      `  ${participants} learners: tally ${result.tallyAfterLastAnswerMs.median} ms median, ${result.tallyAfterLastAnswerMs.p95} ms p95 after the last answer; ` +
        `server ${result.serverMemoryMB.rss} MB; ${result.messagesPerSecond} messages/s`,
    );
  }
  const target = classes.find((result) => result.participants === TARGET_PARTICIPANTS);
  return {
    classes,
    target: { participants: TARGET_PARTICIPANTS, p95Ms: TARGET_P95_MS, met: target ? target.tallyAfterLastAnswerMs.p95 <= TARGET_P95_MS : null },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.CLASSROOM_BENCH_PORT || 4425);
  const live = await measureLive({ port, dir: process.env.OUT_DIR || 'dist' });
  console.log(JSON.stringify(live, null, 2));
}
