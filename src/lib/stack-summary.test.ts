import { describe, expect, it } from 'vitest';
import { listInWords, stackSummary } from './stack-summary';

describe('listInWords', () => {
  it('joins one, two and three items the way a sentence does', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('stackSummary', () => {
  it('says the customer secures everything on-premises', () => {
    expect(stackSummary('on-premises')).toBe('On-premises: the customer secures all 10 layers.');
  });

  it('hands only the physical layers to the provider under IaaS', () => {
    expect(stackSummary('iaas')).toBe(
      'IaaS: the customer secures information and data, devices (mobile and PCs), accounts and identities, ' +
        'identity and directory infrastructure, applications, network controls and operating system; ' +
        'the cloud provider secures physical hosts, physical network and physical datacenter.',
    );
  });

  it('names the shared layers under PaaS', () => {
    expect(stackSummary('paas')).toContain(
      'the customer and the cloud provider share identity and directory infrastructure, applications and network controls;',
    );
  });

  it('leaves only identity and directory infrastructure shared under SaaS', () => {
    const summary = stackSummary('saas');
    expect(summary).toContain('share identity and directory infrastructure;');
    expect(summary).toContain('the cloud provider secures applications, network controls, operating system,');
  });
});
