// Starting the real classroom server (npm run classroom) for the live-session specs, on loopback only, on ports taken
// from CLASSROOM_E2E_PORT (the flow spec uses it, the hostile-client spec the next one up).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { LiveCourse } from '../src/lib/live/schemas.ts';

/** The first port the live specs use; each spec file adds its own offset. */
export const CLASSROOM_E2E_PORT = Number(process.env.CLASSROOM_E2E_PORT || 4405);

/** A running classroom server. */
export interface Classroom {
  /** The course's root on the server, as the instructor's browser opens it. */
  url: string;
  /** The address learners are given (the join URL). */
  joinUrl: string;
  code: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts `npm run classroom`'s script on 127.0.0.1 and resolves once it prints its join details. */
export function startClassroom(port: number, args: string[] = []): Promise<Classroom> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/classroom.mjs', '--port', String(port), '--host', '127.0.0.1', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The classroom server did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const join = /Learners open:\s+(\S+)/.exec(output);
      const code = /Join code:\s+(\d{3}) (\d{3})/.exec(output);
      if (join && code) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${port}/`,
          joinUrl: join[1]!,
          code: `${code[1]}${code[2]}`,
          port,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      reject(new Error(`The classroom server exited with ${exitCode}:\n${output}`));
    });
  });
}

/** The course's live items as the build wrote them: the answers the tests compare with. */
export function builtLiveCourse(outDir = process.env.OUT_DIR || 'dist'): LiveCourse {
  return JSON.parse(readFileSync(`${outDir}/live/items.json`, 'utf8')) as LiveCourse;
}
