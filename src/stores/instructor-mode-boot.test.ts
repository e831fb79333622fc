import { describe, expect, it } from 'vitest';
import { INSTRUCTOR_BOOT_SCRIPT, INSTRUCTOR_MODE_SOURCE_KEY } from './instructor-mode-boot';
import { PROGRESS_KEY } from './progress';

/** Runs the boot script against a fake document and storage; returns whether it marked instructor mode. */
function boot(stored: string | null, { throws = false, windowName = '' } = {}): boolean {
  let marked = false;
  const localStorage = {
    getItem: (key: string) => {
      if (throws) throw new Error('blocked');
      return key === INSTRUCTOR_MODE_SOURCE_KEY ? stored : null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string) => (marked = name === 'data-instructor-mode') } };
  new Function('localStorage', 'document', 'name', INSTRUCTOR_BOOT_SCRIPT)(localStorage, document, windowName);
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

  it('follows the progress this tab carries while storage is blocked, as every page does', () => {
    const carried = `${PROGRESS_KEY}=${JSON.stringify({ version: 1, settings: { instructorMode: true } })}`;
    expect(boot('x', { throws: true, windowName: carried })).toBe(true);
    expect(boot(null, { windowName: `${PROGRESS_KEY}=${JSON.stringify({ version: 1, settings: {} })}` })).toBe(false);
    // A window name that is not the course's (an LMS frame) is ignored: the saved progress decides.
    expect(boot(JSON.stringify({ version: 1, settings: { instructorMode: true } }), { windowName: 'lms-frame' })).toBe(true);
  });
});
