// The words of each lesson status. Like the storage notices' words (notices.ts), they are rendered into the page at
// build time for the progress tracker, which only chooses one; the chunk every page loads does not carry them.
import type { LessonStatus } from './model';

/** Words for each status, for screen readers and for anyone who cannot tell the icons apart. */
export const LESSON_STATUS_TEXT: Readonly<Record<LessonStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};
