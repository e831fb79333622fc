// The cmi5 side: the AU's launch steps (through @rusticisoftware/cmi5), the statements due for each report, and the
// resume data kept in the LRS's state API. `terminated` goes out on pagehide with fetch keepalive, so that it survives
// the page. pagehide cannot tell a reload from a close, but pageswap, just before it, names a reload of this page
// (src/lib/lms/page-exit.ts): then only the resume data is saved and the session stays open. The reloaded page finds
// the token in sessionStorage (the fetch URL works only once) and carries on the same session: no second
// `initialized`, statements as they are earned, `terminated` when the page finally goes away.
// Without pageswap (browsers before Baseline 2026) a reload ends the session as a close does: the reloaded page
// restores and keeps saving the resume data but sends no statement after `terminated`; what it earns is sent at the
// next launch from the LMS.
// A statement counts as sent only once the LRS accepted it. Before it goes out it is listed as pending in the state
// document, so that a launch after a page that died mid-way asks the LRS whether it arrived instead of sending a
// second `passed`. One the LRS did not take is sent again (the same statement) after a growing pause, and the
// learner is told meanwhile; what is still due when the session ends goes out with `terminated`.
import Cmi5, { type Statement } from '@rusticisoftware/cmi5';
import { afterAction, cmi5Actions, type Cmi5Action, type Cmi5Moment, type Cmi5Sent, type CourseReport } from '../lib/lms/report';
import { retryDelay } from '../lib/lms/retry';
import { loadCmi5Session, saveCmi5Session } from '../stores/lms-session';

/** The five launch parameters every cmi5 launch URL carries. */
export const CMI5_LAUNCH_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** Our document in the LRS's state API: resume data, bookmark and what has been sent in this registration. */
const STATE_ID = 'https://w3id.org/srm-course/lms/resume';
const XAPI_VERSION = '1.0.3';

/** A statement that went out without the LRS's answer being known yet. */
interface PendingStatement {
  id: string;
  verb: Cmi5Action['verb'];
  attempts: number;
}

interface StateDocument {
  suspendData: string;
  location: string;
  sent: Cmi5Sent;
  pending: PendingStatement[];
}

/** A running cmi5 session. */
export interface Cmi5Session {
  /** True when this tab's session already sent `terminated` (reloaded without pageswap): resume data only. */
  readonly ended: boolean;
  /** True when a reloaded page can carry this session on: its token is kept in sessionStorage. */
  readonly resumable: boolean;
  readonly suspendData: string;
  readonly location: string;
  /** The learner, as the LMS's actor names them. */
  readonly learnerId: string;
  /** The state document's text when it was not a document of ours (the bridge keeps it aside), else null. */
  readonly unreadableState: string | null;
  /** Sends the statements this report has earned and saves the resume data (left as it is when null). */
  report(report: CourseReport, suspendData: string | null, assessmentAttempts: number): void;
  /** Saves the resume data now (the page may be going away, or being reloaded with the session kept open). */
  save(): void;
  /** Sends what is still due and `terminated`, without waiting (the page is going away). */
  finish(): void;
  /** Sends what is still due and `terminated`, and saves; `saved` is false when the LRS did not take all of it. */
  exit(): Promise<{ returnUrl: string | null; saved: boolean }>;
}

/** True when the page was launched by a cmi5 LMS. */
export function isCmi5Launch(url: URL): boolean {
  return CMI5_LAUNCH_PARAMETERS.every((name) => url.searchParams.has(name));
}

/** What a statement PUT came to: taken (or already there), refused by the LMS's rules, or not answered. */
type Outcome = 'accepted' | 'refused' | 'failed';

/** Runs the launch steps (or carries on the session of this tab after a reload). Rejects when the LMS refuses. */
export async function startCmi5(url: URL, onSaving: (saving: boolean) => void): Promise<Cmi5Session> {
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

  const endpoint = cmi.getEndpoint();
  const actor = cmi.getActor() as { account?: { homePage?: string; name?: string }; mbox?: string };
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ activityId: cmi.getActivityId(), agent: JSON.stringify(actor), registration, ...extra });
  const stateUrlFor = (stateId: string) => `${endpoint}/activities/state?${query({ stateId })}`;
  const stateUrl = stateUrlFor(STATE_ID);
  const headers = { Authorization: cmi.getAuth(), 'X-Experience-API-Version': XAPI_VERSION };
  const { state, unreadableState } = await loadState(stateUrlFor, headers, endpoint, cmi.getActivityId(), actor, registration);
  const launchMode = cmi.getLaunchMode();
  const masteryScore = cmi.getMasteryScore();
  const returnUrl = cmi.getReturnURL();

  const putState = async (keepalive = false) => {
    try {
      const response = await fetch(stateUrl, {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(state),
        keepalive,
      });
      return response.ok;
    } catch {
      return false;
    }
  };
  const put = async (statement: Statement, keepalive = false): Promise<Outcome> => {
    try {
      const response = await fetch(`${endpoint}/statements?${new URLSearchParams({ statementId: statement.id! })}`, {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(statement),
        keepalive,
      });
      // 409: a statement with this id is already stored (this one, sent before its answer was lost).
      if (response.ok || response.status === 409) return 'accepted';
      return response.status === 400 || response.status === 403 ? 'refused' : 'failed';
    } catch {
      return 'failed';
    }
  };

  let latest: { report: CourseReport; attempts: number } | null = null;
  let finished = ended;
  let dirty = false;
  /** Statements built and listed as pending, oldest first; retried as they are (same id) until answered. */
  const outbox: { action: Cmi5Action; attempts: number; statement: Statement }[] = [];
  const listPending = () => {
    state.pending = outbox.map(({ action, attempts, statement }) => ({ id: statement.id!, verb: action.verb, attempts }));
  };
  const build = (action: Cmi5Action, attempts: number) => {
    // cmi5 9.5.5.1: no progress in `completed` or after it.
    cmi.setProgress(state.sent.completed || action.verb === 'completed' || !latest ? null : Math.round(latest.report.progressMeasure * 100));
    const statement =
      action.verb === 'completed' ? cmi.completedStatement() : action.verb === 'passed' ? cmi.passedStatement(action.score) : cmi.failedStatement(action.score);
    statement.id = crypto.randomUUID();
    return { action, attempts, statement };
  };
  const due = (moment: Cmi5Moment) =>
    latest
      ? cmi5Actions(latest.report, state.sent, { launchMode, masteryScore, assessmentAttempts: latest.attempts, moment }).filter(
          (action) => !outbox.some((item) => item.action.verb === action.verb),
        )
      : [];

  /** Sends what is due, one statement at a time; throws when the LRS does not answer (the caller retries). */
  const flush = async (moment: Cmi5Moment) => {
    for (;;) {
      if (!outbox.length) {
        const [next] = due(moment);
        if (!next) break;
        outbox.push(build(next, latest!.attempts));
        listPending();
        if (!(await putState())) throw new Error('state not saved');
      }
      const item = outbox[0]!;
      const outcome = await put(item.statement);
      if (outcome === 'failed') throw new Error('statement not answered');
      if (outcome === 'refused') console.warn(`cmi5: the LMS refused the ${item.action.verb} statement`, item.statement);
      outbox.shift();
      listPending();
      state.sent = afterAction(state.sent, item.action, item.attempts);
      dirty = true;
    }
    if (dirty) {
      if (!(await putState())) throw new Error('state not saved');
      dirty = false;
    }
  };

  let running: Promise<void> | null = null;
  let again = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  const kick = () => {
    if (finished) return;
    if (running) {
      again = true;
      return;
    }
    running = flush('during')
      .then(
        () => {
          retries = 0;
          onSaving(true);
        },
        () => {
          onSaving(false);
          if (retryTimer === undefined && !finished) {
            retryTimer = setTimeout(() => {
              retryTimer = undefined;
              kick();
            }, retryDelay(retries++));
          }
        },
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          kick();
        }
      });
  };
  const stopRetrying = () => {
    clearTimeout(retryTimer);
    retryTimer = undefined;
  };
  /** `terminated`, timed after every statement before it (the LMS orders a session's statements by timestamp). */
  const terminatedAfter = (earlier: readonly Statement[]) => {
    const statement = cmi.terminatedStatement();
    statement.id = crypto.randomUUID();
    const last = Math.max(Date.now(), ...earlier.map((item) => Date.parse(String(item.timestamp)) + 1));
    statement.timestamp = new Date(last).toISOString();
    return statement;
  };
  const markTerminated = () =>
    saveCmi5Session(registration, { auth: cmi.getAuth(), startedAt: cmi._durationStart ?? Date.now(), terminated: true });

  return {
    ended,
    resumable,
    suspendData: state.suspendData,
    location: state.location,
    learnerId: actor.account ? `${actor.account.homePage ?? ''}|${actor.account.name ?? ''}` : (actor.mbox ?? ''),
    unreadableState,
    report(report, suspendData, assessmentAttempts) {
      const changed = (suspendData !== null && suspendData !== state.suspendData) || report.location !== state.location;
      if (suspendData !== null) state.suspendData = suspendData;
      state.location = report.location;
      if (finished) {
        // After `terminated` only the resume data may still be saved.
        if (ended && changed) void putState();
        return;
      }
      latest = { report, attempts: assessmentAttempts };
      if (changed) dirty = true;
      if (retryTimer === undefined) kick();
    },
    save() {
      if (!finished || ended) void putState(true);
    },
    finish() {
      if (ended) void putState(true);
      if (finished) return;
      finished = true;
      stopRetrying();
      // What is still due (a failed submission is reported only now) goes out before `terminated`, all with keepalive.
      for (const action of due('ending')) outbox.push(build(action, latest!.attempts));
      listPending();
      const statements = outbox.map((item) => item.statement);
      const terminated = terminatedAfter(statements);
      markTerminated();
      void putState(true);
      for (const statement of [...statements, terminated]) void put(statement, true);
    },
    async exit() {
      stopRetrying();
      if (ended) return { returnUrl, saved: await putState() };
      if (finished) return { returnUrl, saved: false };
      finished = true;
      await running;
      let saved = true;
      try {
        await flush('ending');
      } catch {
        saved = false;
      }
      const statements = outbox.map((item) => item.statement);
      const terminated = terminatedAfter(statements);
      markTerminated();
      for (const statement of statements) saved = (await put(statement)) === 'accepted' && saved;
      saved = (await put(terminated)) !== 'failed' && saved;
      saved = (await putState()) && saved;
      return { returnUrl, saved };
    },
  };
}

/**
 * Reads our state document. Statements left pending by an earlier page are looked up in the LRS: found, they count as
 * sent. A document that is not ours to read is copied aside in the LRS and handed back as text (the bridge keeps it
 * in the browser too), and what was sent is asked of the LRS instead.
 */
async function loadState(
  stateUrlFor: (stateId: string) => string,
  headers: Record<string, string>,
  endpoint: string,
  activityId: string,
  actor: object,
  registration: string,
): Promise<{ state: StateDocument; unreadableState: string | null }> {
  const response = await fetch(stateUrlFor(STATE_ID), { headers });
  const text = response.status === 200 ? await response.text() : '';
  let loaded: Partial<StateDocument> | null = {};
  if (text) {
    try {
      const parsed = JSON.parse(text) as unknown;
      loaded = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Partial<StateDocument>) : null;
    } catch {
      loaded = null;
    }
  }
  if (!loaded) {
    // Our own writes replace this document: a copy of what it held stays in the LRS beside it first.
    await fetch(stateUrlFor(`${STATE_ID}/unreadable`), {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/octet-stream' },
      body: text,
    }).catch(() => undefined);
  }
  const stored = (id: string) =>
    fetch(`${endpoint}/statements?${new URLSearchParams({ statementId: id })}`, { headers }).then((answer) => answer.status === 200);
  let sent: Cmi5Sent = { completed: false, passed: false, failedAttempts: 0, ...(loaded?.sent ?? {}) };
  if (!loaded) {
    // Nothing readable says what was sent: ask the LRS, and when it cannot say, send no second completed or passed.
    const sentIn = async (verb: string) => {
      const answer = await fetch(`${endpoint}/statements?${new URLSearchParams({ verb, activity: activityId, agent: JSON.stringify(actor), registration, limit: '1' })}`, { headers });
      if (!answer.ok) return true;
      const body = (await answer.json()) as { statements?: unknown[] };
      return (body.statements?.length ?? 0) > 0;
    };
    const [completed, passed] = await Promise.all(
      ['completed', 'passed'].map((verb) => sentIn(`http://adlnet.gov/expapi/verbs/${verb}`).catch(() => true)),
    );
    sent = { completed: completed!, passed: passed!, failedAttempts: 0 };
  }
  for (const pending of Array.isArray(loaded?.pending) ? loaded.pending : []) {
    if (await stored(pending.id).catch(() => false)) sent = afterAction(sent, pending, pending.attempts);
  }
  return {
    state: {
      suspendData: typeof loaded?.suspendData === 'string' ? loaded.suspendData : '',
      location: typeof loaded?.location === 'string' ? loaded.location : '',
      sent,
      pending: [],
    },
    unreadableState: loaded ? null : text,
  };
}
