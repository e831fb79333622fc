// Talks to a SCORM 1.2 or 2004 API: one Initialize when the shell opens, values and commits while the learner works,
// one Finish/Terminate when the page goes away. A reload of the shell leaves the session open (see page-exit.ts): the
// reloaded shell's Initialize then fails, as a second one must, and it carries on with the session the API still holds
// when its predecessor said it left one open and the API confirms it is live.
import type { ScormValues } from '../lib/lms/report';
import { findApi, type Scorm12Api, type Scorm2004Api } from './find-api';

/** A SCORM session, the same for both versions. */
export interface ScormSession {
  readonly version: '1.2' | '2004';
  /** True when this shell carries on the session its reloaded predecessor left open, rather than a new one. */
  readonly carriedOn: boolean;
  /** Resume data and bookmark saved by an earlier session ('' when none). */
  readonly suspendData: string;
  readonly location: string;
  set(values: ScormValues): boolean;
  commit(): boolean;
  finish(values: ScormValues): boolean;
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
      // After a failed LMSInitialize (1.2 has one code, 101, for every refusal): an initialized API answers a read.
      isLive: () => {
        v12.LMSGetValue('cmi.core.lesson_status');
        return String(v12.LMSGetLastError()) === '0';
      },
      suspendElement: 'cmi.suspend_data',
      locationElement: 'cmi.core.lesson_location',
    };
  }
  const v2004 = api as Scorm2004Api;
  return {
    initialize: () => ok(v2004.Initialize('')),
    get: (element: string) => String(v2004.GetValue(element) ?? ''),
    set: (element: string, value: string) => ok(v2004.SetValue(element, value)),
    commit: () => ok(v2004.Commit('')),
    finish: () => ok(v2004.Terminate('')),
    // After a failed Initialize: 103 is "already initialized" (104 would be "terminated").
    isLive: () => String(v2004.GetLastError()) === '103',
    suspendElement: 'cmi.suspend_data',
    locationElement: 'cmi.location',
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
  const set = (values: ScormValues) => {
    if (finished) return false;
    let all = true;
    for (const [element, value] of values) {
      try {
        all = lms.set(element, value) && all;
      } catch {
        all = false;
      }
    }
    return all;
  };
  const attempt = (call: () => boolean) => {
    try {
      return call();
    } catch {
      return false;
    }
  };
  return {
    version,
    carriedOn,
    suspendData: safeGet(lms.get, lms.suspendElement),
    location: safeGet(lms.get, lms.locationElement),
    set,
    commit: () => !finished && attempt(lms.commit),
    finish(values) {
      if (finished) return false;
      set(values);
      finished = true;
      return attempt(lms.finish);
    },
  };
}

function safeGet(get: (element: string) => string, element: string): string {
  try {
    return get(element);
  } catch {
    return '';
  }
}
