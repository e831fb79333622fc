// Each lesson's classroom timing is data (frontmatter `classMinutes`, which the For instructors page and its plan are
// built from); its instructor notes may say it in words too. This keeps the two from drifting apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const LESSONS = 'content/lessons';
const lessons = readdirSync(LESSONS)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(LESSONS, file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { file, data: parse(frontmatter) as { classMinutes?: number }, body };
  });

describe('lesson classroom timings', () => {
  it('finds the lessons', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it.each(lessons.map((lesson) => [lesson.file, lesson] as const))('%s: the notes’ timing agrees with classMinutes', (_, lesson) => {
    const said = /\*\*Timing:\*\*\s*about (\d+) minutes/.exec(lesson.body);
    if (said) expect(Number(said[1]), 'the minutes in the "Timing:" note').toBe(lesson.data.classMinutes);
  });
});
