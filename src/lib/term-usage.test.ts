import { describe, expect, it } from 'vitest';
import { termUsage } from './term-usage';

describe('termUsage', () => {
  it('lists each lesson once per term, in lesson order', () => {
    const usage = termUsage([
      { id: 'one', title: 'One', body: 'A <Term id="iaas">IaaS</Term> and <Term id="iaas">again</Term>.' },
      { id: 'two', title: 'Two', body: "<Term id='iaas'>IaaS</Term>, <Term\n  id=\"saas\">SaaS</Term>" },
    ]);
    expect(usage.get('iaas')).toEqual([
      { id: 'one', title: 'One' },
      { id: 'two', title: 'Two' },
    ]);
    expect(usage.get('saas')).toEqual([{ id: 'two', title: 'Two' }]);
    expect(usage.has('paas')).toBe(false);
  });
});
