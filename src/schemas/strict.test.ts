import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { describeIssues } from './content-error';
import { closestName, strictObject } from './strict';

describe('closestName', () => {
  const lessonFields = ['title', 'description', 'order', 'minutes', 'objectives', 'draft'];

  it.each([
    ['drfat', lessonFields, 'draft'],
    ['shufle', ['title', 'lesson', 'kind', 'shuffle', 'passMark', 'draw', 'questions', 'earlierKeys'], 'shuffle'],
    ['corect', ['id', 'text', 'correct', 'explanation', 'misconception', 'review'], 'correct'],
    ['Title', lessonFields, 'title'],
    ['objective', lessonFields, 'objectives'],
  ])('finds the field %s was meant to be', (typo, known, field) => {
    expect(closestName(typo, known)).toBe(field);
  });

  it('suggests nothing for a word that is not close to any field', () => {
    expect(closestName('colour', lessonFields)).toBeUndefined();
    expect(closestName('x', lessonFields)).toBeUndefined();
  });
});

describe('strictObject', () => {
  const Schema = strictObject({ title: z.string(), draft: z.boolean().default(false) });

  it('names the unknown field itself and the field it was probably meant to be', () => {
    const result = Schema.safeParse({ title: 'A', drfat: true });
    expect(result.success).toBe(false);
    expect(describeIssues('content/lessons/a.mdx', result.error!)).toBe(
      'content/lessons/a.mdx has a problem:\n  - drfat: is not a field the course knows; did you mean `draft`?',
    );
  });

  it('reports a misspelt required field once, as the typo, not also as the field it was meant to be', () => {
    const result = Schema.safeParse({ titel: 'A' });
    expect(describeIssues('content/lessons/a.mdx', result.error!)).toBe(
      'content/lessons/a.mdx has a problem:\n  - titel: is not a field the course knows; did you mean `title`?',
    );
    // A required field that is simply missing is still named.
    expect(describeIssues('f', Schema.safeParse({ draft: true }).error!)).toContain('  - title: ');
  });

  it('lists the known fields when nothing is close, and names several unknown fields in one line', () => {
    const one = Schema.safeParse({ title: 'A', colour: 'red' });
    expect(describeIssues('f', one.error!)).toContain('colour: is not a field the course knows; the fields here are `title`, `draft`');
    const two = Schema.safeParse({ title: 'A', drfat: true, colour: 'red' });
    expect(describeIssues('f', two.error!)).toContain(
      '(top level): unknown fields: `drfat` (did you mean `draft`?), `colour` (the fields here are `title`, `draft`)',
    );
  });

  it('keeps its own message for a value that is not an object at all', () => {
    const WithMessage = strictObject({ id: z.string() }, { error: 'must be an object with an id' });
    expect(describeIssues('f', WithMessage.safeParse('just text').error!)).toBe('f has a problem:\n  - (top level): must be an object with an id');
  });
});
