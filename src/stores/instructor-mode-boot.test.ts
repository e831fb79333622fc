import { describe, expect, it } from 'vitest';
import { INSTRUCTOR_BOOT_SCRIPT, INSTRUCTOR_MODE_SOURCE_KEY } from './instructor-mode-boot';
import { PROGRESS_KEY } from './progress';

/** Runs the boot script against a fake document and storage; returns whether it marked instructor mode. */
function boot(stored: string | null, { throws = false } = {}): boolean {
  let marked = false;
  const localStorage = {
    getItem: (key: string) => {
      if (throws) throw new Error('blocked');
      return key === INSTRUCTOR_MODE_SOURCE_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string) => (marked = name === 'data-instructor-mode') } };
  new Function('localStorage', 'document', INSTRUCTOR_BOOT_SCRIPT)(localStorage, document);
  return marked;
}

describe('INSTRUCTOR_BOOT_SCRIPT', () => {
  it('reads the progress key', () => {
    expect(INSTRUCTOR_MODE_SOURCE_KEY).toBe(PROGRESS_KEY);
  });

  it('marks the page only when instructor mode is saved as true', () => {
    expect(boot(JSON.stringify({ version: 1, settings: { instructorMode: true } }))).toBe(true);
    expect(boot(JSON.stringify({ version: 1, settings: { instructorMode: false } }))).toBe(false);
    expect(boot(JSON.stringify({ version: 1, settings: { instructorMode: 'yes' } }))).toBe(false);
    expect(boot(JSON.stringify({ version: 1 }))).toBe(false);
  });

  it('never throws on garbage, nothing saved or blocked storage', () => {
    expect(boot('{not json')).toBe(false);
    expect(boot(null)).toBe(false);
    expect(boot('null')).toBe(false);
    expect(boot('x', { throws: true })).toBe(false);
  });
});
