// The LMS bridge, run by the launch shell: it holds the one LMS session of the visit, restores the learner's progress
// from the LMS (the LMS's data wins on launch), then mirrors every change of $progress into it. Without an LMS it
// does nothing and the course runs as it does on the web. When the page goes away the session ends, except on a
// reload of the shell itself (src/lib/lms/page-exit.ts): then it is saved, and the reloaded shell carries it on.
import { sessionExit } from '../lib/lms/page-exit';
import { courseReport, parseLocation, scorm12Values, scorm2004Values, type CourseReport } from '../lib/lms/report';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT } from '../lib/lms/suspend-data';
import type { CourseKey } from '../lib/progress/derive';
import type { Progress } from '../lib/progress/model';
import { saveOpenScormSession, takeOpenScormSession } from '../stores/lms-session';
import { $progress } from '../stores/progress';
import { replaceProgress, resetProgress } from '../stores/progress-replace';
import { isCmi5Launch, startCmi5, type Cmi5Session } from './cmi5-driver';
import { startScorm, type ScormSession } from './scorm-driver';
import { standingOf } from './standing';

/** The package's standard, written into the shell page by the packager. */
export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5';

/** What the shell learns from starting the bridge. */
export interface BridgeStart {
  /** Where to open the course: the bookmarked lesson and section, or null for the home page. */
  place: { lessonId: string; sectionId?: string } | null;
  /** Words for the learner when the LMS could not be reached, or null. */
  problem: string | null;
}

/** Starts the bridge for `standard`; resolves once progress is restored and the course can be shown. */
export async function startBridge(standard: LmsStandard, key: CourseKey, win: Window = window): Promise<BridgeStart> {
  let started = Date.now();
  let lms: { kind: 'scorm'; session: ScormSession } | { kind: 'cmi5'; session: Cmi5Session } | null = null;
  let problem: string | null = null;
  if (standard === 'cmi5') {
    const url = new URL(win.location.href);
    if (isCmi5Launch(url)) {
      try {
        lms = { kind: 'cmi5', session: await startCmi5(url) };
        if (lms.session.ended) {
          problem =
            'Reloading the page ended this session with your LMS. Your progress is still saved there; new results are sent the next time you launch the course from the LMS.';
        }
      } catch {
        problem = 'The LMS could not be reached, so this visit will not be recorded there.';
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
      problem = 'The LMS did not start a session, so this visit will not be recorded there. Close the course and open it again from the LMS.';
    }
  }
  if (!lms) return { place: null, problem };

  // SCORM 1.2's 4,096 characters are kept for what the LMS reports on: there the Review page's answers (the review
  // deck) stay in this browser only. SCORM 2004 and cmi5 keep them with the rest (see suspend-data.ts).
  const scorm12 = lms.kind === 'scorm' && lms.session.version === '1.2';
  // The LMS is the source of truth: its resume data replaces whatever this browser holds (nothing means a new attempt).
  const restored = decodeSuspendData(lms.session.suspendData);
  if (restored) replaceProgress(scorm12 ? { ...restored, reviews: $progress.get().reviews } : restored);
  else resetProgress();
  const place = parseLocation(lms.session.location) ?? restored?.lastPlace ?? null;

  const limit = scorm12 ? SCORM12_SUSPEND_LIMIT : lms.kind === 'scorm' ? SCORM2004_SUSPEND_LIMIT : Infinity;
  let lastReport: CourseReport | undefined;
  const prepare = (progress: Progress) => {
    const standing = standingOf(key, progress);
    const report = courseReport(standing);
    const suspendData = encodeSuspendData(progress, limit, standing.keep, { reviews: !scorm12 });
    if (suspendData === null) console.warn(`LMS: progress does not fit in ${limit} characters; resume data not updated.`);
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
  const mirror = (progress: Progress, commit: boolean) => {
    const { report, suspendData, attempts } = prepare(progress);
    const milestone = commit || isMilestone(lastReport, report);
    lastReport = report;
    if (session.kind === 'cmi5') {
      if (suspendData !== null) session.session.report(report, suspendData, attempts);
      return;
    }
    const values = session.session.version === '1.2' ? scorm12Values : scorm2004Values;
    session.session.set(values(report, Date.now() - started, suspendData));
    if (milestone) session.session.commit();
  };

  mirror($progress.get(), true);
  const unsubscribe = $progress.listen((progress) => mirror(progress, false));

  // pageswap fires just before pagehide when this document is replaced by a navigation; null means none fired.
  let swapNavigationType: string | null = null;
  win.addEventListener('pageswap', (event) => {
    swapNavigationType = (event as PageSwapEvent).activation?.navigationType ?? null;
  });
  // Chromium fires visibilitychange after pagehide, when the session has already been saved or ended.
  let gone = false;
  win.document.addEventListener('visibilitychange', () => {
    if (gone || win.document.visibilityState !== 'hidden') return;
    if (session.kind === 'cmi5') session.session.save();
    else mirror($progress.get(), true);
  });
  win.addEventListener('pagehide', () => {
    gone = true;
    unsubscribe();
    const exit = sessionExit(swapNavigationType);
    // The reloaded shell can carry the session on only if it learns that it was left open: otherwise end it.
    if (session.kind === 'cmi5') {
      if (exit === 'keep' && session.session.resumable) session.session.save();
      else session.session.finish();
      return;
    }
    if (exit === 'keep' && saveOpenScormSession({ startedAt: started })) {
      mirror($progress.get(), true);
      return;
    }
    const { report, suspendData } = prepare($progress.get());
    const values = session.session.version === '1.2' ? scorm12Values : scorm2004Values;
    session.session.finish(values(report, Date.now() - started, suspendData));
  });
  return { place, problem };
}
