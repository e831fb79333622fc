// Runs on every page (a few KB, no React): shows each lesson's status in the lesson lists, offers "Continue where
// you left off" on the home page, records lesson progress on lesson pages and says when progress cannot be saved.
import { $progress, $storageStatus, recordReading } from '~/stores/progress-store';
import {
  lessonStatus,
  storageNotices,
  type CheckQuestionIds,
  type LessonActivities,
  type LessonStatus,
  type Progress,
} from '~/lib/progress/model';

/** What the page knows about each lesson (from the tracker's data-lessons attribute). */
export interface TrackedLesson extends LessonActivities {
  title: string;
  url: string;
  /** The question ids of the lesson's checks (now and in earlier versions), by check id. */
  questionIds: CheckQuestionIds;
}

function showStatuses(lessons: ReadonlyMap<string, TrackedLesson>, words: Record<LessonStatus, string>, progress: Progress): void {
  // Each status slot names its lesson (data-lesson-status, in the lesson lists).
  for (const slot of document.querySelectorAll<HTMLElement>('[data-lesson-status]')) {
    const lesson = lessons.get(slot.dataset.lessonStatus!);
    if (!lesson) continue;
    const status = lessonStatus(lesson, progress, lesson.questionIds);
    slot.dataset.status = status;
    slot.textContent = words[status];
  }
}

function showContinue(link: HTMLAnchorElement, lessons: ReadonlyMap<string, TrackedLesson>, progress: Progress): void {
  const place = progress.lastPlace;
  const lesson = place && lessons.get(place.lessonId);
  link.hidden = !lesson;
  if (!place || !lesson) return;
  link.href = place.sectionId ? `${lesson.url}#${place.sectionId}` : lesson.url;
  link.lastChild!.textContent = lesson.title;
}

function trackLesson(article: HTMLElement, lessonId: string): void {
  const end = article.querySelector('[data-lesson-end]')!;
  const headings = [...article.querySelectorAll<HTMLElement>('.lesson__body :is(h2, h3)[id]')];
  // One cheap check per scroll (no writes unless something changed): the section being read is the last heading
  // above the upper third of the window, and the lesson has been read once its end marker came into view.
  const check = () => {
    const line = innerHeight / 3;
    const section = headings.findLast((heading) => heading.getBoundingClientRect().top <= line)?.id;
    recordReading(lessonId, section, end.getBoundingClientRect().top < innerHeight);
  };
  // (Scroll events cannot be cancelled, so the listener needs no `passive` flag to keep scrolling smooth.)
  addEventListener('scroll', check);
  check();
}

/** Starts the tracker for the element that carries the course's lessons. */
export function startProgressTracker(root: HTMLElement): void {
  // Written by ProgressTracker.astro at build time; section ids are checked ids (isSafeId), safe in a URL fragment.
  const list = JSON.parse(root.dataset.lessons!) as TrackedLesson[];
  const lessons = new Map(list.map((lesson) => [lesson.id, lesson]));
  // The words of each status (lesson-status-text.ts), also written at build time.
  const words = JSON.parse(root.dataset.statusText!) as Record<LessonStatus, string>;
  const article = document.querySelector<HTMLElement>('article[data-lesson]');
  const lessonId = article?.dataset.lesson;
  if (article && lessonId) trackLesson(article, lessonId);
  // Subscribing also keeps the store listening to other tabs, so statuses follow changes made there.
  // "Continue where you left off": the home page renders it hidden, next to Start.
  const link = document.querySelector<HTMLAnchorElement>('[data-continue]');
  $progress.subscribe((progress) => {
    showStatuses(lessons, words, progress);
    if (link) showContinue(link, lessons, progress);
  });
  const notices = root.querySelector<HTMLElement>('[data-progress-notices]')!;
  $storageStatus.subscribe((status) => {
    // CSS shows each notice whose id is listed in data-show.
    notices.dataset.show = storageNotices(status).join(' ');
  });
}
