// The shell page's script: start the LMS bridge, then open the course in the frame at the learner's bookmark, keep
// the frame's links working on an LMS's file server, say when the LMS is not saving, and offer Exit course.
import type { CourseKey } from '../lib/progress/derive';
import { BRIDGE_MESSAGES, startBridge, type BridgeExit, type LmsStandard } from './bridge';

const STANDARDS: readonly string[] = ['scorm12', 'scorm2004', 'cmi5'] satisfies LmsStandard[];

/** What the learner reads once they have left the course and stay on this page. */
const DONE_TEXT = {
  saved: 'Your progress is saved in your LMS. You can close this window.',
  notSaved:
    'Your LMS did not confirm that it saved this visit; the course sends your results again the next time you open it from the LMS. You can close this window.',
};

/** Starts the shell. */
export async function launch(): Promise<void> {
  const frame = document.querySelector<HTMLIFrameElement>('[data-lms-frame]')!;
  const problemText = document.querySelector<HTMLElement>('[data-lms-problem]')!;
  const savingText = document.querySelector<HTMLElement>('[data-lms-saving]')!;
  const course = JSON.parse(document.getElementById('lms-course')!.textContent ?? '{}') as { key: CourseKey };
  const home = new URL(frame.dataset.home!, document.baseURI);
  const root = new URL('./', home);
  const standard = document.documentElement.dataset.lmsStandard ?? '';
  const onSaving = (saving: boolean) => {
    const text = saving ? '' : BRIDGE_MESSAGES.notSaving;
    if (savingText.textContent !== text) savingText.textContent = text;
  };

  const { place, problem, exit } = STANDARDS.includes(standard)
    ? await startBridge(standard as LmsStandard, course.key, onSaving)
    : { place: null, problem: null, exit: null };
  if (problem) problemText.textContent = problem;
  if (exit) offerExit(exit, frame, [problemText, savingText]);

  frame.addEventListener('load', () => adoptPage(frame, root));
  const lesson = place && course.key.lessons.some((candidate) => candidate.id === place.lessonId) ? place : null;
  const start = lesson ? new URL(`lessons/${lesson.lessonId}/index.html${lesson.sectionId ? `#${lesson.sectionId}` : ''}`, root) : home;
  frame.src = start.href;
}

/**
 * Shows Exit course. It saves and ends the LMS session, then goes where the LMS asked (cmi5's returnURL) or, with
 * nowhere to go (SCORM, whose LMS closes or replaces the window itself), says that the window can be closed.
 */
function offerExit(exit: () => Promise<BridgeExit>, frame: HTMLIFrameElement, messages: HTMLElement[]): void {
  const bar = document.querySelector<HTMLElement>('[data-lms-bar]')!;
  const button = document.querySelector<HTMLButtonElement>('[data-lms-exit]')!;
  const done = document.querySelector<HTMLElement>('[data-lms-done]')!;
  bar.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Saving…';
    const { returnUrl, saved } = await exit();
    if (returnUrl && saved) {
      window.location.assign(returnUrl);
      return;
    }
    // What the notices said is over; the page now says where things stand.
    for (const message of messages) message.textContent = '';
    bar.hidden = true;
    frame.hidden = true;
    frame.src = 'about:blank';
    document.title = 'You have left the course';
    document.querySelector('[data-lms-done-text]')!.textContent = saved ? DONE_TEXT.saved : DONE_TEXT.notSaved;
    done.hidden = false;
    document.querySelector<HTMLElement>('[data-lms-done-title]')!.focus();
  });
}

/** Mirrors the page's title and fixes links as they are followed (see fixLink). */
function adoptPage(frame: HTMLIFrameElement, root: URL): void {
  const doc = frame.contentDocument;
  if (!doc) return;
  if (doc.title) {
    document.title = doc.title;
    frame.title = doc.title;
  }
  doc.addEventListener('click', (event) => fixLink(event, root), true);
}

/**
 * An LMS serves the package from a plain file server under a path of its own: a link to a directory, or to a
 * root-relative path (as search results are), is turned into the file under the package root just before it is
 * followed.
 */
function fixLink(event: MouseEvent, root: URL): void {
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || (link.target && link.target !== '_self')) return;
  const url = new URL(link.href);
  if (url.origin !== root.origin) return;
  let path = url.pathname;
  if (!path.startsWith(root.pathname)) path = `${root.pathname}${path.replace(/^\//, '')}`;
  if (path.endsWith('/')) path += 'index.html';
  if (path !== url.pathname) {
    url.pathname = path;
    link.href = url.href;
  }
}
