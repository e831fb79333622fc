import { describe, expect, it } from 'vitest';
import { sessionExit } from './page-exit';

describe('sessionExit', () => {
  it('keeps the session when the shell itself is reloaded', () => {
    expect(sessionExit('reload')).toBe('keep');
  });

  it('ends it when the shell is left for another page, or stepped away from in history', () => {
    expect(sessionExit('push')).toBe('end');
    expect(sessionExit('replace')).toBe('end');
    expect(sessionExit('traverse')).toBe('end');
  });

  it('ends it on a close, or in a browser without pageswap (the fallback)', () => {
    expect(sessionExit(null)).toBe('end');
  });
});
