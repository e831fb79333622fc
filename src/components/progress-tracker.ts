// Runs on every page (a few KB, no React): shows each lesson's status in the lesson lists, offers "Continue where
// you left off" on the home page, records lesson progress on lesson pages and says when progress cannot be saved.
import { $progress, $storageStatus, markLessonEnded, markLessonOpened, setLastPlace } from '~/stores/progress';
import { LESSON_STATUS_TEXT, lessonStatus, type LessonActivities } from '~/lib/progress/status';
import { storageNotices } from '~/lib/progress/notices';
import type { Progress } from '~/lib/progress/model';

/** What the page knows about each lesson (from the tracker's data-lessons attribute). */
export interface TrackedLesson extends LessonActivities {
  title: string;
  url: string;
}

function showStatuses(lessons: ReadonlyMap<string, TrackedLesson>, progress: Progress): void {
  for (const item of document.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
    const lesson = lessons.get(item.dataset.lessonId ?? '');
    const slot = item.querySelector<HTMLElement>('[data-lesson-status]');
    if (!lesson || !slot) continue;
    const status = lessonStatus(lesson, progress);
    slot.dataset.status = status;
    slot.textContent = LESSON_STATUS_TEXT[status];
  }
}

function showContinue(lessons: ReadonlyMap<string, TrackedLesson>, progress: Progress): void {
  const actions = document.querySelector<HTMLElement>('[data-home-actions]');
  if (!actions) return;
  const place = progress.lastPlace;
  const lesson = place ? lessons.get(place.lessonId) : undefined;
  let link = actions.querySelector<HTMLAnchorElement>('[data-continue]');
  if (!place || !lesson) {
    link?.remove();
    return;
  }
  if (!link) {
    link = document.createElement('a');
    link.className = 'button button--secondary';
    link.dataset.continue = '';
    actions.append(link);
  }
  link.href = place.sectionId ? `${lesson.url}#${place.sectionId}` : lesson.url;
  link.textContent = `Continue where you left off: ${lesson.title}`;
}

function trackLesson(article: HTMLElement, lessonId: string): void {
  markLessonOpened(lessonId);
  if ($progress.get().lastPlace?.lessonId !== lessonId) setLastPlace(lessonId);

  const end = article.querySelector('[data-lesson-end]');
  if (end) {
    const endObserver = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      markLessonEnded(lessonId);
      endObserver.disconnect();
    });
    endObserver.observe(end);
  }

  // The section being read is the last heading whose top has passed the upper third of the viewport.
  const headings = [...article.querySelectorAll<HTMLElement>('.lesson__body :is(h2, h3)[id]')];
  if (headings.length === 0) return;
  const update = () => {
    const line = window.innerHeight / 3;
    const current = headings.filter((heading) => heading.getBoundingClientRect().top <= line).at(-1);
    setLastPlace(lessonId, current?.id);
  };
  const sectionObserver = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
  for (const heading of headings) sectionObserver.observe(heading);
}

function showNotices(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('[data-progress-notices]');
  if (!box) return;
  $storageStatus.subscribe((status) => {
    const shown = storageNotices(status);
    box.hidden = shown.length === 0;
    for (const notice of box.querySelectorAll<HTMLElement>('[data-notice]')) {
      notice.hidden = !shown.includes(notice.dataset.notice as never);
    }
  });
}

/** Starts the tracker for the element that carries the course's lessons. */
export function startProgressTracker(root: HTMLElement): void {
  // Written by ProgressTracker.astro at build time; section ids are checked ids (isSafeId), safe in a URL fragment.
  const list = JSON.parse(root.dataset.lessons ?? '[]') as TrackedLesson[];
  const lessons = new Map(list.map((lesson) => [lesson.id, lesson]));
  const article = document.querySelector<HTMLElement>('article[data-lesson]');
  const lessonId = article?.dataset.lesson;
  if (article && lessonId) trackLesson(article, lessonId);
  // Subscribing also keeps the store listening to other tabs, so statuses follow changes made there.
  $progress.subscribe((progress) => {
    showStatuses(lessons, progress);
    showContinue(lessons, progress);
  });
  showNotices(root);
}
