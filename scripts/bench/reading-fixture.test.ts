import { describe, expect, it } from 'vitest';
import { nextOrder, readingOnlyCheck, readingOnlyLesson } from './reading-fixture.mjs';
import { renameCheckObjectives, renameLessonObjectives } from './objective-ids.mjs';

const lesson = (body: string, title = 'Why it is hard') =>
  `---\ntitle: ${title}\ndescription: A lesson.\norder: 1\nminutes: 7\nobjectives:\n  - id: name-the-challenges\n    text: Name them.\n---\n\n## Section\n\nText.\n${body}`;

describe('readingOnlyLesson', () => {
  it('removes every interactive component and keeps the prose', () => {
    const mdx = lesson('\n<KnowledgeCheck id="a" />\n\n<MatrixChallenge />\n\n  <ResponsibilitySort id="s"\n    title="x" />\n\n## Key takeaways\n\nMore text.\n');
    const copy = readingOnlyLesson(mdx, { order: 9 });
    expect(copy).not.toMatch(/KnowledgeCheck|MatrixChallenge|ResponsibilitySort/);
    expect(copy).toContain('## Section\n\nText.');
    expect(copy).toContain('## Key takeaways\n\nMore text.');
  });

  it('gives the copy the new order and a title that says it is a copy', () => {
    const copy = readingOnlyLesson(lesson(''), { order: 9 });
    expect(copy).toMatch(/^order: 9$/m);
    expect(copy).not.toMatch(/^order: 1$/m);
    expect(copy).toMatch(/^title: "Why it is hard \(reading-only copy\)"$/m);
  });

  it('keeps a quoted title valid YAML', () => {
    const copy = readingOnlyLesson(lesson('', '"Security: shared"'), { order: 2 });
    expect(copy).toMatch(/^title: "Security: shared \(reading-only copy\)"$/m);
  });

  it('refuses a component with children rather than leave an island behind', () => {
    expect(() => readingOnlyLesson(lesson('\n<KnowledgeCheck id="a">\nText\n</KnowledgeCheck>\n'), { order: 2 })).toThrow(
      /<KnowledgeCheck>/,
    );
  });

  it('refuses a lesson without an order', () => {
    expect(() => readingOnlyLesson('---\ntitle: T\n---\n', { order: 2 })).toThrow(/title or order/);
  });
});

describe('the reading-only copy’s objectives', () => {
  it('are renamed, and a copy of the source’s check assesses them without being embedded', () => {
    expect(readingOnlyLesson(lesson(''), { order: 9 })).toContain('  - id: reading-only-sample-name-the-challenges\n');
    const check = 'title: Check\nlesson: why-it-is-hard\nquestions:\n  - id: q\n    objective: name-the-challenges\n    review: { lesson: why-it-is-hard }\n';
    expect(readingOnlyCheck(check, 'why-it-is-hard')).toBe(
      'title: Check\nlesson: reading-only-sample\nquestions:\n  - id: q\n    objective: reading-only-sample-name-the-challenges\n    review: { lesson: why-it-is-hard }\n',
    );
  });

  it('are found in flow style and quoted too', () => {
    const rename = (id: string) => `x-${id}`;
    expect(renameLessonObjectives('---\nobjectives: [{ id: "a-b", text: "T" }, { id: c, text: "U" }]\n---\nid: body', rename)).toBe(
      '---\nobjectives: [{ id: "x-a-b", text: "T" }, { id: x-c, text: "U" }]\n---\nid: body',
    );
    expect(renameCheckObjectives("  - { id: q, objective: 'a-b' }", rename)).toBe("  - { id: q, objective: 'x-a-b' }");
  });
});

describe('nextOrder', () => {
  it('is one past the highest order', () => {
    expect(nextOrder(['---\norder: 3\n---', '---\norder: 8\n---', 'no frontmatter'])).toBe(9);
  });
});
