import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { startScorm } from './scorm-driver';

/** A shell's window in a frame of an LMS window that holds scorm-again's API, with no server to commit to. */
function shellUnderLms(version: '1.2' | '2004'): Window {
  const lms: Record<string, unknown> = {};
  lms.parent = lms;
  lms[version === '1.2' ? 'API' : 'API_1484_11'] =
    version === '1.2' ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
  return { parent: lms } as unknown as Window;
}

describe('startScorm', () => {
  for (const version of ['1.2', '2004'] as const) {
    const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';

    it(`${version}: starts a new session on a fresh API`, () => {
      expect(startScorm(shellUnderLms(version), version, false)).toMatchObject({ version, carriedOn: false });
      expect(startScorm(shellUnderLms(version), version, true)).toMatchObject({ version, carriedOn: false });
    });

    it(`${version}: a reloaded shell carries on the session its predecessor left open, with its data`, () => {
      const shell = shellUnderLms(version);
      const first = startScorm(shell, version, false);
      if (typeof first !== 'object') throw new Error('no session');
      first.set([[location, 'lesson-2']]);
      first.commit();
      expect(startScorm(shell, version, true)).toMatchObject({ version, carriedOn: true, location: 'lesson-2' });
    });

    it(`${version}: a second Initialize is refused when the predecessor did not say it left the session open`, () => {
      const shell = shellUnderLms(version);
      expect(startScorm(shell, version, false)).toMatchObject({ carriedOn: false });
      expect(startScorm(shell, version, false)).toBe('refused');
    });
  }

  it('2004: refused after Terminate, whatever the shell believes', () => {
    const shell = shellUnderLms('2004');
    const first = startScorm(shell, '2004', false);
    if (typeof first !== 'object') throw new Error('no session');
    first.finish([]);
    expect(startScorm(shell, '2004', true)).toBe('refused');
  });

  it('finds no LMS without an API', () => {
    const top: Record<string, unknown> = {};
    top.parent = top;
    expect(startScorm(top as unknown as Window, '1.2', false)).toBe('no-lms');
  });
});
