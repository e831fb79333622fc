import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { startScorm } from './scorm-driver';

/** A shell's window in a frame of an LMS window that holds scorm-again's API (with `data` loaded), with no server. */
function shellUnderLms(version: '1.2' | '2004', data: object = {}): Window {
  const lms: Record<string, unknown> = {};
  lms.parent = lms;
  const api = version === '1.2' ? new Scorm12API({ autocommit: false, logLevel: 5 }) : new Scorm2004API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(data as never);
  lms[version === '1.2' ? 'API' : 'API_1484_11'] = api;
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

  it('1.2: reads the learner and what the LMS records; a refused value is described in the API’s own words', () => {
    const session = startScorm(shellUnderLms('1.2', { cmi: { core: { student_id: 'ada', lesson_status: 'passed', score: { raw: '90' } } } }), '1.2', false);
    if (typeof session !== 'object') throw new Error('no session');
    expect(session).toMatchObject({ learnerId: 'ada', record: { success: 'passed', scaled: 0.9 } });
    expect(session.set([['cmi.core.lesson_status', 'bogus']])).toBe(false);
    expect(session.takeErrors()).toEqual([{ call: 'SetValue(cmi.core.lesson_status)', code: '405', text: expect.stringMatching(/./), diagnostic: expect.any(String) }]);
    expect(session.takeErrors()).toEqual([]);
  });

  it('2004: reads completion, success, score and progress the LMS records', () => {
    const data = { cmi: { learner_id: 'ada', completion_status: 'completed', success_status: 'failed', score: { scaled: '0.4' }, progress_measure: '1' } };
    const session = startScorm(shellUnderLms('2004', data), '2004', false);
    expect(session).toMatchObject({ learnerId: 'ada', record: { completed: true, success: 'failed', scaled: 0.4, progressMeasure: 1 } });
  });

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
