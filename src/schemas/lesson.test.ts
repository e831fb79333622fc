import { describe, expect, it } from 'vitest';
import { LessonSchema } from './lesson';
import { describeIssues } from './content-error';

const valid = {
  title: 'IaaS in practice',
  description: 'Contoso Shipping moves to virtual machines.',
  order: 4,
  minutes: 9,
  objectives: [{ id: 'iaas-guest-os', text: 'Explain who patches the guest operating system on IaaS.' }],
};

const errorFor = (data: unknown) => {
  const result = LessonSchema.safeParse(data);
  if (result.success) throw new Error('expected the frontmatter to be refused');
  return describeIssues('content/lessons/iaas-in-practice.mdx', result.error);
};

describe('LessonSchema', () => {
  it('stops on a misspelt optional field instead of ignoring it, and says which field was meant', () => {
    expect(errorFor({ ...valid, drfat: true })).toBe(
      'content/lessons/iaas-in-practice.mdx has a problem:\n  - drfat: is not a field the course knows; did you mean `draft`?',
    );
    expect(errorFor({ ...valid, objectives: [{ ...valid.objectives[0], txt: 'Explain.' }] })).toContain(
      'objectives[0].txt: is not a field the course knows; did you mean `text`?',
    );
  });

  it('places a lesson between two others with a fractional order, so no later lesson is renumbered', () => {
    expect(LessonSchema.parse({ ...valid, order: 4.5 }).order).toBe(4.5);
    expect(errorFor({ ...valid, order: 0 })).toContain('order: must be above 0');
  });

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
    expect(errorFor({ ...valid, order: 'four' })).toContain('order: is required: a number giving the lesson position');
  });

  it('takes an optional whole number of minutes in class', () => {
    expect(LessonSchema.parse({ ...valid, classMinutes: 15 }).classMinutes).toBe(15);
    expect(LessonSchema.parse(valid).classMinutes).toBeUndefined();
    expect(errorFor({ ...valid, classMinutes: 12.5 })).toContain('classMinutes: must be a whole number of minutes');
    expect(errorFor({ ...valid, classMinutes: 'fifteen' })).toContain('classMinutes: must be a number of minutes, e.g. 15');
  });

  it('refuses an empty list of objectives and a long description', () => {
    expect(errorFor({ ...valid, objectives: [] })).toContain('objectives: needs at least one learning objective');
    expect(errorFor({ ...valid, description: 'x'.repeat(161) })).toContain('description: must be at most 160 characters');
  });

  it('needs an id and a text for every objective, and no id twice', () => {
    expect(errorFor({ ...valid, objectives: ['Explain who patches the guest operating system.'] })).toContain(
      'objectives[0]: must be an object with an id and a text',
    );
    expect(errorFor({ ...valid, objectives: [{ id: 'Guest OS', text: 'Explain.' }] })).toContain(
      'objectives[0].id: id must be lowercase words joined by hyphens',
    );
    const twice = [valid.objectives[0], { id: 'iaas-guest-os', text: 'Another.' }];
    expect(errorFor({ ...valid, objectives: twice })).toContain('objectives[1].id: objective id "iaas-guest-os" is used twice in this lesson');
  });

  it('reports every bad field at once', () => {
    expect(errorFor({ ...valid, minutes: 0, draft: 'yes' })).toMatch(/has 2 problems:[\s\S]*minutes: must be at least 1[\s\S]*draft: must be true or false/);
  });
});
