import { describe, expect, it } from 'vitest';
import { findApi } from './find-api';

/** A chain of fake windows: index 0 is the top; each one's parent is the one before it. */
function frames(count: number, apiAt: number | null, name = 'API'): Window[] {
  const wins: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index += 1) {
    const win: Record<string, unknown> = {};
    win.parent = index === 0 ? win : wins[index - 1];
    if (index === apiAt) win[name] = { LMSInitialize: () => 'true' };
    wins.push(win);
  }
  return wins as unknown as Window[];
}

describe('findApi', () => {
  it('finds the API in a parent several frames up', () => {
    const chain = frames(4, 1);
    expect(findApi(chain[3]!, 'API')).toBe((chain[1] as unknown as Record<string, unknown>).API);
  });

  it('looks for the 2004 name separately', () => {
    const chain = frames(3, 0, 'API_1484_11');
    expect(findApi(chain[2]!, 'API')).toBeNull();
    expect(findApi(chain[2]!, 'API_1484_11')).not.toBeNull();
  });

  it('then looks in the opener and its parents', () => {
    const lms = frames(2, 0);
    const popup = frames(1, null)[0] as unknown as Record<string, unknown>;
    popup.opener = lms[1];
    expect(findApi(popup as unknown as Window, 'API')).not.toBeNull();
  });

  it('skips frames of another origin and returns null without an LMS', () => {
    const chain = frames(3, 0);
    Object.defineProperty(chain[1], 'API', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
    expect(findApi(chain[2]!, 'API')).not.toBeNull();
    expect(findApi(frames(3, null)[2]!, 'API')).toBeNull();
  });
});
