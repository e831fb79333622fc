// The shell page's script: start the LMS bridge, then open the course in the frame at the learner's bookmark, and
// keep the frame's links working on an LMS's file server.
import type { CourseKey } from '../lib/progress/derive';
import { startBridge, type LmsStandard } from './bridge';

const STANDARDS: readonly string[] = ['scorm12', 'scorm2004', 'cmi5'] satisfies LmsStandard[];

/** Starts the shell. */
export async function launch(): Promise<void> {
  const frame = document.querySelector<HTMLIFrameElement>('[data-lms-frame]')!;
  const status = document.querySelector<HTMLElement>('[data-lms-status]')!;
  const course = JSON.parse(document.getElementById('lms-course')!.textContent ?? '{}') as { key: CourseKey };
  const home = new URL(frame.dataset.home!, document.baseURI);
  const root = new URL('./', home);
  const standard = document.documentElement.dataset.lmsStandard ?? '';

  const { place, problem } = STANDARDS.includes(standard)
    ? await startBridge(standard as LmsStandard, course.key)
    : { place: null, problem: null };
  if (problem) status.textContent = problem;

  frame.addEventListener('load', () => adoptPage(frame, root));
  const lesson = place && course.key.lessons.some((candidate) => candidate.id === place.lessonId) ? place : null;
  const start = lesson ? new URL(`lessons/${lesson.lessonId}/index.html${lesson.sectionId ? `#${lesson.sectionId}` : ''}`, root) : home;
  frame.src = start.href;
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
