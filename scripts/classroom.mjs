#!/usr/bin/env node
// npm run classroom: serves the built course on this computer for the room's network and runs live class sessions
// (learners answer on their own devices, the projector shows the class's answers). See "Live class sessions" in the
// README. Usage: npm run classroom [-- --port 4330 --host 0.0.0.0 --dir dist --max-participants 500]
import { parseArgs } from 'node:util';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
    port: { type: 'string', default: process.env.CLASSROOM_PORT || '4330' },
    host: { type: 'string', default: process.env.CLASSROOM_HOST || '0.0.0.0' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    'max-participants': { type: 'string', default: process.env.CLASSROOM_MAX_PARTICIPANTS || '500' },
  },
});

// The session's rules are TypeScript files (src/lib/live), which Node runs directly from 22.18 on, and from 22.6 on
// with the --experimental-strip-types flag that `npm run classroom` passes.
if (!process.features.typescript) {
  console.error(`npm run classroom needs Node.js 22.12 or newer, started as "npm run classroom" (this is ${process.version}).`);
  process.exit(1);
}

const port = Number(values.port);
const maxParticipants = Number(values['max-participants']);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}".`);
  process.exit(1);
}
if (!Number.isInteger(maxParticipants) || maxParticipants < 1) {
  console.error(`--max-participants must be a whole number of at least 1, not "${values['max-participants']}".`);
  process.exit(1);
}

const { ClassroomError, startClassroomServer } = await import('./classroom/server.mjs');
const { formatJoinCode } = await import('../src/lib/live/join-code.ts');

let classroom;
try {
  classroom = await startClassroomServer({ dir: values.dir, port, host: values.host, base: values.base, maxParticipants });
} catch (error) {
  if (!(error instanceof ClassroomError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const decks = (() => {
  try {
    return readdirSync(join(resolve(values.dir), 'present'));
  } catch {
    return [];
  }
})();
const lines = [
  'Live classroom is running.',
  '',
  `  Learners open:   ${classroom.joinUrl}`,
  `  Join code:       ${formatJoinCode(classroom.code)}`,
  '',
  `  Present from this computer: ${classroom.localUrl}instructors/`,
  `  (open a lesson's presenter view${decks[0] ? `, e.g. ${classroom.localUrl}present/${decks[0]}/` : ''}, and choose "Start live session")`,
  '',
];
if (values.host === '0.0.0.0' && classroom.lan.length === 0) {
  lines.push("No network connection found: learners' devices cannot reach this computer. Join the room's network and start again.");
} else if (values.host === '0.0.0.0') {
  lines.push('Learners must be on the same network as this computer. If your system asks whether Node.js may accept');
  lines.push('incoming connections, allow it for private networks.');
} else {
  lines.push(`Listening on ${values.host} only.`);
}
lines.push('Nothing is saved: download the class report before you stop. Press Ctrl+C to stop.');
console.log(lines.join('\n'));

const stop = async () => {
  await classroom.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
