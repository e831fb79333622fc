import { describe, expect, it } from 'vitest';
import { checkGlossary, unknownTermMessage } from './glossary';
import { ContentError } from '../schemas/content-error';

const entry = (term: string) => ({ term, definition: `${term} is defined here in one full sentence.` });

describe('checkGlossary', () => {
  it('returns entries with their ids, sorted by term regardless of case', () => {
    const items = checkGlossary({ saas: entry('SaaS'), 'on-premises': entry('on-premises'), iaas: entry('IaaS') });
    expect(items.map((item) => item.id)).toEqual(['iaas', 'on-premises', 'saas']);
  });

  it('explains an empty glossary, which is what a YAML error leaves behind', () => {
    expect(() => checkGlossary({})).toThrow(ContentError);
    expect(() => checkGlossary({})).toThrow(/content\/glossary\.yaml has no entries/);
  });

  it('fails with the file and field for a bad entry', () => {
    expect(() => checkGlossary({ iaas: { term: 'IaaS' } })).toThrow(
      /content\/glossary\.yaml has a problem:\n {2}- iaas\.definition: is required/,
    );
  });
});

describe('unknownTermMessage', () => {
  it('names the term, the page and the file, and suggests close ids', () => {
    expect(unknownTermMessage('virtual-machines', ['virtual-machine', 'virtual-network', 'iaas'], '/lessons/x/')).toBe(
      '<Term id="virtual-machines"> on /lessons/x/ names no entry in content/glossary.yaml. ' +
        'Did you mean "virtual-machine", "virtual-network"? ' +
        'Add the term to content/glossary.yaml or use one of its ids.',
    );
  });

  it('leaves out the hint when nothing is close', () => {
    expect(unknownTermMessage('kubernetes', ['iaas'], '/about/')).not.toContain('Did you mean');
  });
});
