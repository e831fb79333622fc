// The fixture site: the course plus one reading-only lesson (see reading-fixture.mjs), built from a temporary copy of
// the project so the working tree and the real build stay untouched. The benchmark and e2e/budgets.spec.ts measure
// the "reading" page kind there.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { READING_LESSON_ID, READING_LESSON_SOURCE, nextOrder, readingOnlyCheck, readingOnlyLesson } from './reading-fixture.mjs';
import { embeddedCheckIds } from './synthetic-course.mjs';
import { copyProject, timedBuild } from './site.mjs';

/** Where the fixture site is built, beside dist/. */
export const FIXTURE_OUT_DIR = 'dist-fixture';

/**
 * Builds the fixture site into `outDir` (relative to `root`), the way `npm run build` builds the course.
 * @param {{ root: string, outDir?: string }} options
 */
export async function buildFixtureSite({ root, outDir = FIXTURE_OUT_DIR }) {
  const dir = copyProject(resolve(root), 'fixture');
  try {
    const lessonsDir = join(dir, 'content', 'lessons');
    const lessons = readdirSync(lessonsDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => readFileSync(join(lessonsDir, name), 'utf8'));
    const source = readFileSync(join(lessonsDir, `${READING_LESSON_SOURCE}.mdx`), 'utf8');
    writeFileSync(join(lessonsDir, `${READING_LESSON_ID}.mdx`), readingOnlyLesson(source, { order: nextOrder(lessons) }));
    for (const checkId of embeddedCheckIds(source).slice(0, 1)) {
      const check = readFileSync(join(dir, 'content', 'checks', `${checkId}.yaml`), 'utf8');
      writeFileSync(join(dir, 'content', 'checks', `${READING_LESSON_ID}.yaml`), readingOnlyCheck(check, READING_LESSON_SOURCE));
    }
    const target = resolve(root, outDir);
    rmSync(target, { recursive: true, force: true });
    return await timedBuild({ cwd: dir, outDir: target });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
