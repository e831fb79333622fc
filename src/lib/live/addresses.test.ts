import { describe, expect, it } from 'vitest';
import { allowedHosts, isLoopback, isOwnComputer, joinHost, lanAddresses } from './addresses.ts';

const interfaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }, { address: '::1', family: 'IPv6', internal: true }],
  wlan0: [{ address: '192.168.1.23', family: 'IPv4', internal: false }, { address: 'fe80::1', family: 'IPv6', internal: false }],
  eth0: [{ address: '10.0.0.5', family: 4, internal: false }],
  down: undefined,
};

describe('classroom addresses', () => {
  it('lists this computer’s IPv4 LAN addresses', () => {
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.23', '10.0.0.5']);
  });

  it('gives learners the LAN address when listening everywhere, and loopback when listening on loopback only', () => {
    expect(joinHost('0.0.0.0', ['192.168.1.23'])).toBe('192.168.1.23');
    expect(joinHost('0.0.0.0', [])).toBe('127.0.0.1');
    expect(joinHost('127.0.0.1', ['192.168.1.23'])).toBe('127.0.0.1');
    expect(joinHost('localhost', [])).toBe('127.0.0.1');
    expect(joinHost('10.0.0.5', ['192.168.1.23', '10.0.0.5'])).toBe('10.0.0.5');
  });

  it('answers only to its own names, with its own port', () => {
    const hosts = allowedHosts(4330, ['192.168.1.23']);
    expect(hosts.has('localhost:4330')).toBe(true);
    expect(hosts.has('192.168.1.23:4330')).toBe(true);
    expect(hosts.has('192.168.1.23:80')).toBe(false);
    expect(hosts.has('evil.example:4330')).toBe(false);
  });

  it('knows the instructor’s own computer from a learner’s device', () => {
    expect(isOwnComputer('127.0.0.1', [])).toBe(true);
    expect(isOwnComputer('::ffff:127.0.0.1', [])).toBe(true);
    expect(isOwnComputer('::1', [])).toBe(true);
    expect(isOwnComputer('::ffff:192.168.1.23', ['192.168.1.23'])).toBe(true);
    expect(isOwnComputer('192.168.1.40', ['192.168.1.23'])).toBe(false);
    expect(isOwnComputer(undefined, [])).toBe(false);
    expect(isLoopback('127.8.9.10')).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });
});
