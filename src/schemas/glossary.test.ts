import { describe, expect, it } from 'vitest';
import { GlossaryEntrySchema, GlossarySchema } from './glossary';
import { describeIssues } from './content-error';

const valid = {
  term: 'Hypervisor',
  definition: 'Software that divides a physical host into isolated virtual machines.',
};

/** The author-facing message for a glossary file that fails to parse. */
function messageFor(data: unknown): string {
  const result = GlossarySchema.safeParse(data);
  if (result.success) throw new Error('expected the glossary to be rejected');
  return describeIssues('content/glossary.yaml', result.error);
}

describe('GlossaryEntrySchema', () => {
  it('stops on a misspelt field, naming the entry, the field and the one that was meant', () => {
    expect(messageFor({ hypervisor: { ...valid, relatd: ['virtual-machine'] } })).toBe(
      'content/glossary.yaml has a problem:\n  - hypervisor.relatd: is not a field the course knows; did you mean `related`?',
    );
  });

  it('accepts a minimal entry and fills the optional lists', () => {
    expect(GlossaryEntrySchema.parse(valid)).toEqual({ ...valid, aka: [], related: [] });
  });

  it('rejects a definition that is too short to help', () => {
    expect(GlossaryEntrySchema.safeParse({ ...valid, definition: 'A thing.' }).success).toBe(false);
  });
});

describe('GlossarySchema error text', () => {
  it('names the file, the entry and the missing field', () => {
    expect(messageFor({ hypervisor: { term: 'Hypervisor' } })).toBe(
      'content/glossary.yaml has a problem:\n' +
        '  - hypervisor.definition: is required: one or two plain sentences that define the term',
    );
  });

  it('names a related id that does not exist, with its position', () => {
    expect(messageFor({ hypervisor: { ...valid, related: ['virtual-machine'] } })).toBe(
      'content/glossary.yaml has a problem:\n' +
        '  - hypervisor.related[0]: no glossary entry has the id "virtual-machine"',
    );
  });

  it('rejects an entry related to itself', () => {
    expect(messageFor({ hypervisor: { ...valid, related: ['hypervisor'] } })).toContain(
      'hypervisor.related[0]: an entry cannot be related to itself',
    );
  });

  it('rejects ids that cannot be URL anchors', () => {
    expect(messageFor({ 'Virtual Machine': valid })).toContain(
      'Virtual Machine: term ids must be lowercase words joined by hyphens',
    );
  });

  it('counts every problem in one message', () => {
    const message = messageFor({ a: { term: '' }, b: { ...valid, aka: 'VM' } });
    expect(message).toMatch(/^content\/glossary\.yaml has 3 problems:/);
    expect(message).toContain('a.term: must not be empty');
    expect(message).toContain('b.aka: must be a list of names');
  });
});
