// The cmi5 side: the AU's launch steps (through @rusticisoftware/cmi5), the statements due for each report, and the
// resume data kept in the LRS's state API. `terminated` goes out on pagehide with fetch keepalive, so that it survives
// the page. pagehide cannot tell a reload from a close, but pageswap, just before it, names a reload of this page
// (src/lib/lms/page-exit.ts): then only the resume data is saved and the session stays open. The reloaded page finds
// the token in sessionStorage (the fetch URL works only once) and carries on the same session: no second
// `initialized`, statements as they are earned, `terminated` when the page finally goes away.
// Without pageswap (browsers before Baseline 2026) a reload ends the session as a close does: the reloaded page
// restores and keeps saving the resume data but sends no statement after `terminated`; what it earns is sent at the
// next launch from the LMS.
import Cmi5 from '@rusticisoftware/cmi5';
import { afterActions, cmi5Actions, type Cmi5Sent, type CourseReport } from '../lib/lms/report';
import { loadCmi5Session, saveCmi5Session } from '../stores/lms-session';

/** The five launch parameters every cmi5 launch URL carries. */
export const CMI5_LAUNCH_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** Our document in the LRS's state API: resume data, bookmark and what has been sent in this registration. */
const STATE_ID = 'https://w3id.org/srm-course/lms/resume';
const XAPI_VERSION = '1.0.3';

interface StateDocument {
  suspendData: string;
  location: string;
  sent: Cmi5Sent;
}

/** A running cmi5 session. */
export interface Cmi5Session {
  /** True when this tab's session already sent `terminated` (reloaded without pageswap): resume data only. */
  readonly ended: boolean;
  /** True when a reloaded page can carry this session on: its token is kept in sessionStorage. */
  readonly resumable: boolean;
  readonly suspendData: string;
  readonly location: string;
  /** Sends the statements this report has earned and saves the resume data. */
  report(report: CourseReport, suspendData: string, assessmentAttempts: number): void;
  /** Saves the resume data now (the page may be going away, or being reloaded with the session kept open). */
  save(): void;
  /** Sends `terminated`; nothing can be sent after it. */
  finish(): void;
}

/** True when the page was launched by a cmi5 LMS. */
export function isCmi5Launch(url: URL): boolean {
  return CMI5_LAUNCH_PARAMETERS.every((name) => url.searchParams.has(name));
}

/** Runs the launch steps (or carries on the session of this tab after a reload). Rejects when the LMS refuses. */
export async function startCmi5(url: URL): Promise<Cmi5Session> {
  const cmi = new Cmi5(url.href);
  const registration = cmi.getRegistration();
  const saved = loadCmi5Session(registration);
  const ended = saved?.terminated === true;
  let resumable = saved !== null;
  if (saved) {
    // The fetch URL works only once: reuse the token from the first load of this tab and skip `initialized`.
    cmi.setAuth(saved.auth);
    cmi._fetchContent = { 'auth-token': saved.auth };
    await cmi.loadLMSLaunchData();
    await cmi.loadLearnerPrefs();
    if (!ended) {
      cmi._initialized = true;
      cmi._isActive = true;
      cmi._durationStart = saved.startedAt;
    }
  } else {
    await cmi.start();
    resumable = saveCmi5Session(registration, { auth: cmi.getAuth(), startedAt: cmi._durationStart ?? Date.now() });
  }

  const stateUrl = `${cmi.getEndpoint()}/activities/state?${new URLSearchParams({
    stateId: STATE_ID,
    activityId: cmi.getActivityId(),
    agent: JSON.stringify(cmi.getActor()),
    registration,
  })}`;
  const headers = { Authorization: cmi.getAuth(), 'X-Experience-API-Version': XAPI_VERSION };
  const response = await fetch(stateUrl, { headers });
  const loaded = response.status === 200 ? ((await response.json()) as Partial<StateDocument>) : {};
  const state: StateDocument = {
    suspendData: typeof loaded.suspendData === 'string' ? loaded.suspendData : '',
    location: typeof loaded.location === 'string' ? loaded.location : '',
    sent: { completed: false, passed: false, failedAttempts: 0, ...loaded.sent },
  };
  const launchMode = cmi.getLaunchMode();
  const masteryScore = cmi.getMasteryScore();
  // Statements go out one after another, in the order they were earned.
  let queue: Promise<unknown> = Promise.resolve();
  let finished = ended;

  const putState = (keepalive: boolean) =>
    fetch(stateUrl, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(state),
      keepalive,
    });

  return {
    ended,
    resumable,
    suspendData: state.suspendData,
    location: state.location,
    report(report, suspendData, assessmentAttempts) {
      const changed = suspendData !== state.suspendData || report.location !== state.location;
      state.suspendData = suspendData;
      state.location = report.location;
      if (finished) {
        // After `terminated` only the resume data may still be saved.
        if (ended && changed) void putState(false).catch(() => undefined);
        return;
      }
      const actions = cmi5Actions(report, state.sent, { launchMode, masteryScore, assessmentAttempts });
      state.sent = afterActions(state.sent, actions, assessmentAttempts);
      if (!actions.length && !changed) return;
      queue = queue
        .then(async () => {
          cmi.setProgress(Math.round(report.progressMeasure * 100));
          for (const action of actions) {
            if (action.verb === 'completed') await cmi.completed();
            else await cmi[action.verb](action.score);
          }
          await putState(false);
        })
        .catch((error: unknown) => console.warn('cmi5: could not report progress', error));
    },
    save() {
      if (!finished || ended) void putState(true).catch(() => undefined);
    },
    finish() {
      if (ended) void putState(true).catch(() => undefined);
      if (finished) return;
      finished = true;
      const statement = cmi.terminatedStatement();
      statement.id = crypto.randomUUID();
      saveCmi5Session(registration, { auth: cmi.getAuth(), startedAt: cmi._durationStart ?? Date.now(), terminated: true });
      void putState(true).catch(() => undefined);
      void fetch(`${cmi.getEndpoint()}/statements?${new URLSearchParams({ statementId: statement.id })}`, {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(statement),
        keepalive: true,
      }).catch(() => undefined);
    },
  };
}
