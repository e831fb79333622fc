import { describe, expect, it } from 'vitest';
import { LessonSchema } from './lesson';
import { describeIssues } from './content-error';

const valid = {
  title: 'IaaS in practice',
  description: 'Contoso Shipping moves to virtual machines.',
  order: 4,
  minutes: 9,
  objectives: ['Explain who patches the guest operating system on IaaS.'],
};

const errorFor = (data: unknown) => {
  const result = LessonSchema.safeParse(data);
  if (result.success) throw new Error('expected the frontmatter to be refused');
  return describeIssues('content/lessons/iaas-in-practice.mdx', result.error);
};

describe('LessonSchema', () => {
  it('accepts complete frontmatter and defaults draft to false', () => {
    expect(LessonSchema.parse(valid).draft).toBe(false);
  });

  it('names the file and the missing field', () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(errorFor(withoutTitle)).toBe(
      'content/lessons/iaas-in-practice.mdx has a problem:\n  - title: is required: give the lesson a title',
    );
  });

  it('explains a wrong type for order', () => {
    expect(errorFor({ ...valid, order: 'four' })).toContain('order: is required: a whole number giving the lesson position');
    expect(errorFor({ ...valid, order: 2.5 })).toContain('order: must be a whole number');
  });

  it('refuses an empty list of objectives and a long description', () => {
    expect(errorFor({ ...valid, objectives: [] })).toContain('objectives: needs at least one learning objective');
    expect(errorFor({ ...valid, description: 'x'.repeat(161) })).toContain('description: must be at most 160 characters');
  });

  it('reads an objective as a sentence or as { id, text }, and gives both the same shape', () => {
    const parsed = LessonSchema.parse({
      ...valid,
      objectives: ['Explain who patches the guest OS.', { id: 'place-unnamed-services', text: 'Place services the chart does not name.' }],
    });
    expect(parsed.objectives).toEqual([
      { text: 'Explain who patches the guest OS.' },
      { id: 'place-unnamed-services', text: 'Place services the chart does not name.' },
    ]);
  });

  it('refuses an objective id that is not kebab-case and an objective without text', () => {
    expect(errorFor({ ...valid, objectives: [{ id: 'Place Services', text: 'Place services.' }] })).toContain('lowercase words joined by hyphens');
    expect(errorFor({ ...valid, objectives: [{ id: 'place-services' }] })).toContain('objectives[0].text: text is required');
    expect(errorFor({ ...valid, objectives: [''] })).toContain('objectives[0].text: must not be empty');
  });

  it('reports every bad field at once', () => {
    expect(errorFor({ ...valid, minutes: 0, draft: 'yes' })).toMatch(/has 2 problems:[\s\S]*minutes: must be at least 1[\s\S]*draft: must be true or false/);
  });
});
