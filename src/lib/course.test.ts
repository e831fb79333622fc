import { describe, expect, it } from 'vitest';
import { buildOutline, formatMinutes, neighbours, type LessonEntryLike } from './course';

const lesson = (id: string, order: number, extra: Partial<LessonEntryLike['data']> = {}): LessonEntryLike => ({
  id,
  filePath: `content/lessons/${id}.mdx`,
  data: { title: id, description: `About ${id}`, order, minutes: 5, objectives: [{ id: `${id}-learn`, text: 'Learn' }], draft: false, ...extra },
});

describe('buildOutline', () => {
  it('orders lessons by their order field and totals the minutes', () => {
    const outline = buildOutline([lesson('b', 2), lesson('a', 1), lesson('c', 3, { minutes: 12 })], { includeDrafts: false });
    expect(outline.lessons.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(outline.totalMinutes).toBe(22);
  });

  it('carries the minutes to teach a lesson in class, or null when the lesson does not give them', () => {
    const outline = buildOutline([lesson('a', 1, { classMinutes: 15 }), lesson('b', 2)], { includeDrafts: false });
    expect(outline.lessons.map((l) => l.classMinutes)).toEqual([15, null]);
  });

  it('leaves drafts out of production but keeps them in development', () => {
    const entries = [lesson('a', 1), lesson('draft', 2, { draft: true })];
    expect(buildOutline(entries, { includeDrafts: false }).lessons.map((l) => l.id)).toEqual(['a']);
    expect(buildOutline(entries, { includeDrafts: true }).lessons.map((l) => l.id)).toEqual(['a', 'draft']);
  });

  it('names both files and the field when two lessons share an order', () => {
    expect(() => buildOutline([lesson('first', 2), lesson('second', 2)], { includeDrafts: false })).toThrow(
      'content/lessons/second.mdx has a problem:\n  - order: 2 is already used by content/lessons/first.mdx; every lesson needs its own order',
    );
  });

  it('names both files when two lessons use the same objective id, since questions name objectives by id', () => {
    const shared = [{ id: 'read-the-matrix', text: 'Read the matrix.' }];
    expect(() => buildOutline([lesson('first', 1, { objectives: shared }), lesson('second', 2, { objectives: shared })], { includeDrafts: false })).toThrow(
      'content/lessons/second.mdx has a problem:\n  - objectives[0].id: "read-the-matrix" is already the id of an objective in content/lessons/first.mdx; objective ids must be unique across the course',
    );
  });
});

describe('neighbours', () => {
  const outline = buildOutline([lesson('a', 1), lesson('b', 2), lesson('c', 3)], { includeDrafts: false });
  it('gives previous and next in the middle of the course', () => {
    const { previous, next } = neighbours(outline, 'b');
    expect([previous?.id, next?.id]).toEqual(['a', 'c']);
  });
  it('has no previous on the first lesson and no next on the last', () => {
    expect(neighbours(outline, 'a').previous).toBeUndefined();
    expect(neighbours(outline, 'c').next).toBeUndefined();
  });
});

describe('formatMinutes', () => {
  it.each([
    [8, '8 min'],
    [60, '1 h'],
    [75, '1 h 15 min'],
  ])('%i minutes reads as %s', (minutes, text) => expect(formatMinutes(minutes)).toBe(text));
});
