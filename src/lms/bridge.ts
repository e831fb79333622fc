// The LMS bridge, run by the launch shell: it holds the one LMS session of the visit, restores the learner's progress
// from the LMS (the LMS's data wins on launch), then mirrors every change of $progress into it. Without an LMS it
// does nothing and the course runs as it does on the web. When the page goes away the session ends, except on a
// reload of the shell itself (src/lib/lms/page-exit.ts): then it is saved, and the reloaded shell carries it on.
// What the LMS records (status, success, score) is never lowered by a launch (src/lib/lms/lms-record.ts). Resume data
// the course cannot read is kept aside in this browser rather than thrown away, and this browser's own progress is
// used instead when it is this learner's. Every refused LMS call is noticed, retried with growing pauses, and the
// learner is told while the LMS is not saving.
import { atLeastRecorded, EMPTY_RECORD, recordOf, type LmsRecord } from '../lib/lms/lms-record';
import { sessionExit } from '../lib/lms/page-exit';
import { courseReport, parseLocation, scorm12Values, scorm2004Values, type CourseReport, type ScormValues } from '../lib/lms/report';
import { retryDelay } from '../lib/lms/retry';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT, SCORM12_SUSPEND_TARGET, SCORM2004_SUSPEND_LIMIT } from '../lib/lms/suspend-data';
import type { CourseKey } from '../lib/progress/derive';
import type { Progress } from '../lib/progress/model';
import { keepUnreadableResumeData, progressOwner, setProgressOwner } from '../stores/lms-browser-copy';
import { saveOpenScormSession, takeOpenScormSession } from '../stores/lms-session';
import { $progress } from '../stores/progress';
import { replaceProgress, resetProgress } from '../stores/progress-replace';
import { isCmi5Launch, startCmi5, type Cmi5Session } from './cmi5-driver';
import { startScorm, type ScormSession } from './scorm-driver';
import { standingOf } from './standing';

/** The package's standard, written into the shell page by the packager. */
export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5';

/** What the learner is told, one sentence each. */
export const BRIDGE_MESSAGES = {
  notSaving: 'Your LMS is not saving this visit; keep this window open while the course tries again.',
  unreachable: 'The LMS could not be reached, so this visit will not be recorded there.',
  refused: 'The LMS did not start a session, so this visit will not be recorded there. Close the course and open it again from the LMS.',
  reloadEnded:
    'Reloading the page ended this session with your LMS. Your progress is still saved there; new results are sent the next time you launch the course from the LMS.',
  unreadableOwnProgress:
    'Your LMS sent saved progress that this course cannot read, so it is kept aside in this browser and the progress saved here is used; your results in the LMS stay as they are.',
  unreadableFresh:
    'Your LMS sent saved progress that this course cannot read, so it is kept aside in this browser and the course starts afresh; your results in the LMS stay as they are.',
  unreadableNotKept:
    "Your LMS sent saved progress that this course cannot read and this browser cannot keep a copy, so the LMS's copy is left as it is and this visit's progress is not saved there; your results in the LMS stay as they are.",
} as const;

/** What the shell learns from starting the bridge. */
export interface BridgeStart {
  /** Where to open the course: the bookmarked lesson and section, or null for the home page. */
  place: { lessonId: string; sectionId?: string } | null;
  /** Words for the learner about the launch (the LMS could not be reached, resume data was unreadable), or null. */
  problem: string | null;
  /** Ends the session for good (Exit course), or null without an LMS session. */
  exit: (() => Promise<BridgeExit>) | null;
}

/** The end of a session by Exit course: where to go next (cmi5's returnURL), and whether the LMS took everything. */
export interface BridgeExit {
  returnUrl: string | null;
  saved: boolean;
}

/** Starts the bridge for `standard`; resolves once progress is restored and the course can be shown. */
export async function startBridge(
  standard: LmsStandard,
  key: CourseKey,
  onSaving: (saving: boolean) => void,
  win: Window = window,
): Promise<BridgeStart> {
  let started = Date.now();
  let lms: { kind: 'scorm'; session: ScormSession } | { kind: 'cmi5'; session: Cmi5Session } | null = null;
  let problem: string | null = null;
  if (standard === 'cmi5') {
    const url = new URL(win.location.href);
    if (isCmi5Launch(url)) {
      try {
        lms = { kind: 'cmi5', session: await startCmi5(url, onSaving) };
        if (lms.session.ended) problem = BRIDGE_MESSAGES.reloadEnded;
      } catch {
        problem = BRIDGE_MESSAGES.unreachable;
      }
    }
  } else {
    const leftOpen = takeOpenScormSession();
    const session = startScorm(win, standard === 'scorm12' ? '1.2' : '2004', leftOpen !== null);
    if (typeof session === 'object') {
      lms = { kind: 'scorm', session };
      // Session time covers the whole session, across reloads of the shell.
      if (session.carriedOn && leftOpen) started = leftOpen.startedAt;
    } else if (session === 'refused') {
      // A second Initialize in the same LMS window fails: say so rather than pretend the visit is recorded.
      problem = BRIDGE_MESSAGES.refused;
    }
  }
  if (!lms) return { place: null, problem, exit: null };

  // The LMS is the source of truth: its resume data replaces whatever this browser holds (nothing means a new attempt).
  const restored = restore(lms.session.suspendData, lms.kind === 'cmi5' ? lms.session.unreadableState : null, lms.session.learnerId);
  problem ??= restored.problem;
  const holdResumeData = restored.hold;
  const place = parseLocation(lms.session.location) ?? $progress.get().lastPlace ?? null;

  const v12 = lms.kind === 'scorm' && lms.session.version === '1.2';
  // SCORM 1.2's 4,096 characters are kept for what the LMS reports on: there the Review page's answers (the review
  // deck) stay in this browser only. SCORM 2004 keeps them within its 64,000 characters, cmi5 without a limit.
  const limit = v12 ? SCORM12_SUSPEND_LIMIT : lms.kind === 'scorm' ? SCORM2004_SUSPEND_LIMIT : Infinity;
  // What the LMS records, raised by everything written since: no report of this session may go below it.
  let floor: LmsRecord = lms.kind === 'scorm' ? lms.session.record : EMPTY_RECORD;
  const prepare = (progress: Progress) => {
    const standing = standingOf(key, progress);
    const report = lms.kind === 'scorm' ? atLeastRecorded(courseReport(standing), floor) : courseReport(standing);
    let suspendData: string | null = null;
    if (!holdResumeData) {
      const weigh = standing.weigh;
      const encoded = v12
        ? (encodeSuspendData(progress, { limit: SCORM12_SUSPEND_TARGET, weigh, reviews: false }) ??
          encodeSuspendData(progress, { limit, weigh, reviews: false }))
        : encodeSuspendData(progress, { limit, weigh });
      if (encoded === null) console.warn(`LMS: progress does not fit in ${limit} characters; resume data not updated.`);
      else if (encoded.trimmed.length) console.info(`LMS: resume data left out ${encoded.trimmed.join(', ')} to fit.`);
      suspendData = encoded?.text ?? null;
    }
    return { report, suspendData, attempts: standing.assessmentAttempts };
  };
  // A milestone (a lesson completed, an assessment submitted, a pass) is committed at once; other changes wait
  // for the next milestone or for the page to be hidden.
  const isMilestone = (before: CourseReport | undefined, after: CourseReport) =>
    !before ||
    before.completed !== after.completed ||
    before.success !== after.success ||
    before.progressMeasure !== after.progressMeasure ||
    before.score?.raw !== after.score?.raw;

  const session = lms;
  let lastReport: CourseReport | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let gone = false;
  const scormValues = (progress: Progress, exiting = false): ScormValues => {
    const { report, suspendData } = prepare(progress);
    const values = (session.session as ScormSession).version === '1.2' ? scorm12Values : scorm2004Values;
    floor = recordOf(report);
    lastReport = report;
    const all = values(report, Date.now() - started, suspendData);
    // SCORM 2004: ask the LMS to take the learner back, keeping the attempt open unless the course is finished.
    if (exiting && (session.session as ScormSession).version === '2004') {
      const finishedCourse = report.completed && report.success === 'passed';
      all.push(['adl.nav.request', finishedCourse ? 'exitAll' : 'suspendAll']);
    }
    return all;
  };
  /** Tells the learner whether the LMS took the last call, logs what it refused, and retries when it did not. */
  const settle = (scorm: ScormSession, ok: boolean) => {
    for (const error of scorm.takeErrors()) {
      console.warn(`LMS refused ${error.call}: error ${error.code} ${error.text}${error.diagnostic ? ` (${error.diagnostic})` : ''}`);
    }
    onSaving(ok);
    if (ok) {
      retries = 0;
      return;
    }
    if (retryTimer !== undefined || gone) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (!gone) mirror($progress.get(), true);
    }, retryDelay(retries++));
  };
  const mirror = (progress: Progress, commit: boolean) => {
    if (session.kind === 'cmi5') {
      const { report, suspendData, attempts } = prepare(progress);
      session.session.report(report, suspendData, attempts);
      return;
    }
    const before = lastReport;
    const values = scormValues(progress);
    const set = session.session.set(values);
    // While the LMS refuses, every change is tried again at once as well as on the retry timer.
    if (commit || retryTimer !== undefined || isMilestone(before, lastReport!) || !set) settle(session.session, session.session.commit() && set);
  };

  mirror($progress.get(), true);
  const unsubscribe = $progress.listen((progress) => mirror(progress, false));

  // pageswap fires just before pagehide when this document is replaced by a navigation; null means none fired.
  let swapNavigationType: string | null = null;
  win.addEventListener('pageswap', (event) => {
    swapNavigationType = (event as PageSwapEvent).activation?.navigationType ?? null;
  });
  // Chromium fires visibilitychange after pagehide, when the session has already been saved or ended.
  win.document.addEventListener('visibilitychange', () => {
    if (gone || win.document.visibilityState !== 'hidden') return;
    if (session.kind === 'cmi5') session.session.save();
    else mirror($progress.get(), true);
  });
  const leave = () => {
    gone = true;
    unsubscribe();
    clearTimeout(retryTimer);
  };
  win.addEventListener('pagehide', () => {
    if (gone) return;
    leave();
    const exit = sessionExit(swapNavigationType);
    // The reloaded shell can carry the session on only if it learns that it was left open: otherwise end it.
    if (session.kind === 'cmi5') {
      if (exit === 'keep' && session.session.resumable) session.session.save();
      else session.session.finish();
      return;
    }
    if (exit === 'keep' && saveOpenScormSession({ startedAt: started })) {
      session.session.set(scormValues($progress.get()));
      session.session.commit();
      return;
    }
    session.session.finish(scormValues($progress.get()));
  });

  const exit = async (): Promise<BridgeExit> => {
    if (gone) return { returnUrl: null, saved: false };
    leave();
    if (session.kind === 'cmi5') return session.session.exit();
    // SCORM: save with the exit value that lets the LMS resume the attempt (normal once finished), then end it.
    const scorm = session.session;
    const set = scorm.set(scormValues($progress.get(), true));
    const committed = scorm.commit();
    const ended = scorm.finish([]);
    for (const error of scorm.takeErrors()) console.warn(`LMS refused ${error.call}: error ${error.code} ${error.text}`);
    return { returnUrl: null, saved: set && committed && ended };
  };
  return { place, problem, exit };
}

/**
 * Replaces this browser's progress with the LMS's copy, or keeps unreadable resume data aside and decides what to
 * use instead. `hold`: the LMS's copy could not be kept anywhere else, so it must not be written over.
 */
function restore(suspendData: string, unreadableDocument: string | null, learnerId: string): { problem: string | null; hold: boolean } {
  const decoded = unreadableDocument === null ? decodeSuspendData(suspendData) : ({ status: 'unreadable' } as const);
  const ownProgress = learnerId !== '' && progressOwner() === learnerId;
  if (decoded.status === 'ok') {
    // Fields the LMS had no room for stay in this browser, when they are this learner's.
    const browser = $progress.get() as unknown as Record<string, unknown>;
    const kept = ownProgress ? Object.fromEntries(decoded.leftInBrowser.filter((field) => field in browser).map((field) => [field, browser[field]])) : {};
    replaceProgress({ ...decoded.progress, ...kept });
    if (learnerId) setProgressOwner(learnerId);
    return { problem: null, hold: false };
  }
  if (decoded.status === 'empty') {
    resetProgress();
    if (learnerId) setProgressOwner(learnerId);
    return { problem: null, hold: false };
  }
  const kept = keepUnreadableResumeData(unreadableDocument ?? suspendData);
  if (!ownProgress) resetProgress();
  if (learnerId) setProgressOwner(learnerId);
  if (!kept) return { problem: BRIDGE_MESSAGES.unreadableNotKept, hold: true };
  return { problem: ownProgress ? BRIDGE_MESSAGES.unreadableOwnProgress : BRIDGE_MESSAGES.unreadableFresh, hold: false };
}
