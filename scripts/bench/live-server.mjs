// The classroom server in a process of its own for the live benchmark (scripts/bench/live.mjs), so that its memory
// is measured apart from the simulated learners'. It reports its join code and presenter key, and its memory on request.
import { startClassroomServer } from '../classroom/server.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
const server = await startClassroomServer({ ...options, host: '127.0.0.1' });
process.send?.({ type: 'ready', code: server.code, key: server.presenterKey });
process.on('message', async (message) => {
  if (message === 'memory') process.send?.({ type: 'memory', memory: process.memoryUsage() });
  if (message === 'stop') {
    await server.close();
    process.exit(0);
  }
});
