// Talks to a SCORM 1.2 or 2004 API: one Initialize when the shell opens, values and commits while the learner works,
// one Finish/Terminate when the page goes away or the learner exits. A reload of the shell leaves the session open
// (see page-exit.ts): the reloaded shell's Initialize then fails, as a second one must, and it carries on with the
// session the API still holds when its predecessor said it left one open and the API confirms it is live.
// Every call's result is checked; a refused one is described with the API's own error code, text and diagnostic.
import { EMPTY_RECORD, scorm12Record, scorm2004Record, type LmsRecord } from '../lib/lms/lms-record';
import type { ScormValues } from '../lib/lms/report';
import { findApi, type Scorm12Api, type Scorm2004Api } from './find-api';

/** A call the LMS refused, in its own words. */
export interface ScormError {
  call: string;
  code: string;
  text: string;
  diagnostic: string;
}

/** A SCORM session, the same for both versions. */
export interface ScormSession {
  readonly version: '1.2' | '2004';
  /** True when this shell carries on the session its reloaded predecessor left open, rather than a new one. */
  readonly carriedOn: boolean;
  /** Resume data and bookmark saved by an earlier session ('' when none). */
  readonly suspendData: string;
  readonly location: string;
  /** The learner's id in the LMS ('' when it gives none). */
  readonly learnerId: string;
  /** What the LMS records already (status, success, score, progress). */
  readonly record: LmsRecord;
  /** Sets the values in order; false when any was refused (see `errors`). */
  set(values: ScormValues): boolean;
  commit(): boolean;
  finish(values: ScormValues): boolean;
  /** The refusals since the last call of this method, oldest first. */
  takeErrors(): ScormError[];
}

const ok = (result: string | boolean) => result === true || result === 'true';

function adapt(api: Scorm12Api | Scorm2004Api, version: '1.2' | '2004') {
  if (version === '1.2') {
    const v12 = api as Scorm12Api;
    return {
      initialize: () => ok(v12.LMSInitialize('')),
      get: (element: string) => String(v12.LMSGetValue(element) ?? ''),
      set: (element: string, value: string) => ok(v12.LMSSetValue(element, value)),
      commit: () => ok(v12.LMSCommit('')),
      finish: () => ok(v12.LMSFinish('')),
      error: () => {
        const code = String(v12.LMSGetLastError());
        return { code, text: String(v12.LMSGetErrorString(code) ?? ''), diagnostic: String(v12.LMSGetDiagnostic(code) ?? '') };
      },
      // After a failed LMSInitialize (1.2 has one code, 101, for every refusal): an initialized API answers a read.
      isLive: () => {
        v12.LMSGetValue('cmi.core.lesson_status');
        return String(v12.LMSGetLastError()) === '0';
      },
      suspendElement: 'cmi.suspend_data',
      locationElement: 'cmi.core.lesson_location',
      learnerElement: 'cmi.core.student_id',
      record: (get: (element: string) => string) => scorm12Record(get('cmi.core.lesson_status'), get('cmi.core.score.raw')),
    };
  }
  const v2004 = api as Scorm2004Api;
  return {
    initialize: () => ok(v2004.Initialize('')),
    get: (element: string) => String(v2004.GetValue(element) ?? ''),
    set: (element: string, value: string) => ok(v2004.SetValue(element, value)),
    commit: () => ok(v2004.Commit('')),
    finish: () => ok(v2004.Terminate('')),
    error: () => {
      const code = String(v2004.GetLastError());
      return { code, text: String(v2004.GetErrorString(code) ?? ''), diagnostic: String(v2004.GetDiagnostic(code) ?? '') };
    },
    // After a failed Initialize: 103 is "already initialized" (104 would be "terminated").
    isLive: () => String(v2004.GetLastError()) === '103',
    suspendElement: 'cmi.suspend_data',
    locationElement: 'cmi.location',
    learnerElement: 'cmi.learner_id',
    record: (get: (element: string) => string) =>
      scorm2004Record(get('cmi.completion_status'), get('cmi.success_status'), get('cmi.score.scaled'), get('cmi.progress_measure')),
  };
}

/** Starts a session on the API of `version`, or carries on the one `leftOpen` reports: or 'no-lms', or 'refused'. */
export function startScorm(
  win: Window,
  version: '1.2' | '2004',
  leftOpen: boolean,
): ScormSession | 'no-lms' | 'refused' {
  const api = findApi<Scorm12Api | Scorm2004Api>(win, version === '1.2' ? 'API' : 'API_1484_11');
  if (!api) return 'no-lms';
  const lms = adapt(api, version);
  let carriedOn = false;
  try {
    if (!lms.initialize()) {
      // Refused, unless the shell's reloaded predecessor left the session open and it is still live.
      if (!leftOpen || !lms.isLive()) return 'refused';
      carriedOn = true;
    }
  } catch {
    return 'refused';
  }
  let finished = false;
  let errors: ScormError[] = [];
  const refused = (call: string) => {
    let detail = { code: '', text: '', diagnostic: '' };
    try {
      detail = lms.error();
    } catch {
      // An API that throws here has nothing more to say.
    }
    errors.push({ call, ...detail });
    return false;
  };
  const attempt = (call: string, run: () => boolean) => {
    try {
      return run() || refused(call);
    } catch {
      return refused(call);
    }
  };
  const get = (element: string) => {
    try {
      return lms.get(element);
    } catch {
      return '';
    }
  };
  const set = (values: ScormValues) => {
    if (finished) return false;
    let all = true;
    for (const [element, value] of values) all = attempt(`SetValue(${element})`, () => lms.set(element, value)) && all;
    return all;
  };
  let record = EMPTY_RECORD;
  try {
    record = lms.record(get);
  } catch {
    // Nothing readable: nothing to keep.
  }
  return {
    version,
    carriedOn,
    suspendData: get(lms.suspendElement),
    location: get(lms.locationElement),
    learnerId: get(lms.learnerElement),
    record,
    set,
    commit: () => !finished && attempt('Commit', lms.commit),
    finish(values) {
      if (finished) return false;
      const all = set(values);
      finished = true;
      return attempt(version === '1.2' ? 'LMSFinish' : 'Terminate', lms.finish) && all;
    },
    takeErrors() {
      const taken = errors;
      errors = [];
      return taken;
    },
  };
}
