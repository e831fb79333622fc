import { describe, expect, it } from 'vitest';
import { embeddedCheckIds, generateSyntheticCourse } from './synthetic-course.mjs';

const lesson = (id: string, order: number, check?: string) => ({
  id,
  mdx: `---\ntitle: ${id}\norder: ${order}\nminutes: 5\nobjectives:\n  - id: ${id}-goal\n    text: Learn.\n---\n\n## Section\n\nText with id: kept.\n${check ? `\n<KnowledgeCheck id="${check}" />\n` : ''}`,
});
const check = (id: string, lessonId: string) => ({
  id,
  yaml: `title: Check\nlesson: ${lessonId}\nquestions:\n  - id: q\n    objective: ${lessonId}-goal\n    review: { lesson: ${lessonId}, section: section }\n`,
});

describe('generateSyntheticCourse', () => {
  it('adds copies until the course has the requested number of lessons, with unique ids and orders', () => {
    const generated = generateSyntheticCourse({ lessons: [lesson('a', 1, 'a'), lesson('b', 2)], checks: [check('a', 'a')], total: 200 });
    expect(generated.lessons).toHaveLength(198);
    expect(new Set(generated.lessons.map((l) => l.id)).size).toBe(198);
    const orders = generated.lessons.map((l) => Number(/^order: (\d+)$/m.exec(l.mdx)?.[1]));
    expect(new Set(orders).size).toBe(198);
    expect(Math.min(...orders)).toBeGreaterThan(2);
  });

  it('gives every copied check a new id, embeds it under that id and points it at the new lesson', () => {
    const generated = generateSyntheticCourse({ lessons: [lesson('a', 1, 'a')], checks: [check('a', 'a')], total: 3 });
    expect(generated.checks.map((c) => c.id)).toEqual(['synthetic-001-a', 'synthetic-002-a']);
    const [first] = generated.lessons;
    expect(embeddedCheckIds(first!.mdx)).toEqual(['synthetic-001-a']);
    expect(generated.checks[0]!.yaml).toContain('lesson: synthetic-001\n');
    expect(generated.checks[0]!.yaml).toContain('review: { lesson: synthetic-001, section: section }');
  });

  it('gives each copy its own objective ids, named by its copied check, since objective ids are unique in a course', () => {
    const generated = generateSyntheticCourse({ lessons: [lesson('a', 1, 'a')], checks: [check('a', 'a')], total: 2 });
    expect(generated.lessons[0]!.mdx).toContain('objectives:\n  - id: synthetic-001-a-goal\n');
    expect(generated.lessons[0]!.mdx).toContain('Text with id: kept.');
    expect(generated.checks[0]!.yaml).toContain('    objective: synthetic-001-a-goal\n');
  });

  it('refuses a course without lessons', () => {
    expect(() => generateSyntheticCourse({ lessons: [], checks: [], total: 5 })).toThrow(/no lessons/);
  });
});
