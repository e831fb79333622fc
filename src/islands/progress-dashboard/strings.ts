// Every word the progress page shows, in one place.
import type { LessonStatus } from '~/lib/progress/model';
import { MAX_ATTEMPTS, MAX_IMPORT_BYTES } from '~/lib/progress/limits';

const SAVED_KB = `${MAX_IMPORT_BYTES / 1000} KB`;

/** A mark shown before each status word; it only repeats the word (LESSON_STATUS_TEXT), so it is hidden from screen readers. */
export const STATUS_MARK: Readonly<Record<LessonStatus, string>> = {
  'not-started': '○',
  'in-progress': '◐',
  complete: '✓',
};

/** Ends a confirmation whose change could not be saved on this browser (storage full or blocked, or held). */
const NOT_SAVED = 'the change could not be saved on this browser.';

export const strings = {
  overviewTitle: 'Overview',
  lessonsComplete: (done: number, total: number) => `${done} of ${total} lessons complete`,
  percentLabel: 'Course progress',
  assessmentTitle: 'Final assessment',
  assessmentNone: 'Not attempted yet.',
  // The score already ends in brackets ("15 of 15 correct (100%)"), so the pass mark follows after a semicolon.
  assessmentPassed: (best: string, passMark: number) => `Passed. Best score: ${best}; pass mark ${passMark}%.`,
  assessmentNotPassed: (best: string, passMark: number) => `Not passed yet. Best score: ${best}; pass mark ${passMark}%.`,
  assessmentLink: 'Go to the final assessment',
  lessonsTitle: 'Lessons',
  endReached: 'Read to the end',
  endNotReached: 'Not read to the end yet',
  noActivities: 'No knowledge check or exercise in this lesson.',
  notAttempted: 'Not attempted yet',
  attempts: (count: number) => (count === 1 ? '1 attempt' : `${count} attempts`),
  best: 'Best',
  last: 'Last',
  scoreNotKept: 'not kept (the LMS had no room for it)',
  // Seen as "Reset", heard as "Reset “Lesson title”" (the visible word starts the accessible name).
  resetLessonVisible: 'Reset',
  resetLessonHidden: (title: string) => `“${title}”`,
  recordTitle: 'Course completion record',
  recordPending:
    'Your completion record appears here once every lesson is complete and the final assessment is passed.',
  recordNameLabel: 'Your name for the record (optional, kept only on this browser)',
  recordNameSave: 'Save name',
  // Each confirmation takes whether its change was saved: if not, it must not claim more than this visit.
  recordNameSaved: (saved: boolean) => (saved ? 'Name saved.' : `Name set for this visit only: ${NOT_SAVED}`),
  recordNameCleared: (saved: boolean) => (saved ? 'Name removed.' : `Name removed for this visit only: ${NOT_SAVED}`),
  recordHeading: 'Certificate of completion',
  recordCourse: 'Cloud Security: Who Secures What',
  recordLine: (name: string | undefined) =>
    name ? `This records that ${name} has completed the course` : 'This records that the course has been completed',
  recordDate: (date: string) => `Completed on ${date}.`,
  recordAssessment: (score: string) => `Final assessment: ${score}.`,
  recordLessons: (count: number) => `All ${count} lessons complete.`,
  recordPrint: 'Print the record',
  manageTitle: 'Your saved progress',
  manageIntro:
    'Your progress is saved only in this browser, on this device. Download it to keep a copy or to move it to another browser.',
  exportButton: 'Download progress (JSON file)',
  exported: 'Your progress file has been downloaded.',
  importLabel: 'Import a progress file',
  importHint: 'Choose a file you downloaded from this course. Nothing changes until you confirm.',
  importRefused: 'Nothing was changed.',
  importPreviewTitle: 'What the import will change',
  importPreviewIntro:
    `Replace discards the progress on this browser and uses the file’s. Merge keeps every fact from both, within the course’s limits: the latest ${MAX_ATTEMPTS} attempts of each check and exercise.`,
  importDropsAttempts: (mode: 'replace' | 'merge', count: number) =>
    `${mode === 'replace' ? 'Replace' : 'Merge'} keeps only the latest ${MAX_ATTEMPTS} attempts of each check and exercise: ${count === 1 ? '1 older attempt' : `${count.toLocaleString('en-US')} older attempts`} will not be kept.`,
  importTooLarge: (mode: 'replace' | 'merge') =>
    mode === 'merge'
      ? `Merge is not offered: together, the file and your progress would be larger than the ${SAVED_KB} an import may save, a limit that leaves room to save everything you do next. Use Replace, or reset some lessons first.`
      : `Replace is not offered: the file’s progress would be larger than the ${SAVED_KB} an import may save.`,
  importNotOffered: 'not offered',
  importColumnNow: 'Now',
  importColumnReplace: 'After replacing',
  importColumnMerge: 'After merging',
  importReplace: 'Replace my progress with the file',
  importMerge: 'Merge the file into my progress',
  importCancel: 'Cancel import',
  importCancelled: 'Import cancelled. Nothing was changed.',
  importedReplace: (saved: boolean) =>
    saved ? 'Your progress was replaced with the file’s.' : `Your progress was replaced with the file’s for this visit only: ${NOT_SAVED}`,
  importedMerge: (saved: boolean) =>
    saved ? 'The file was merged into your progress.' : `The file was merged into your progress for this visit only: ${NOT_SAVED}`,
  resetAll: 'Reset all progress',
  confirmTitleAll: 'Reset all progress?',
  confirmTitleLesson: (title: string) => `Reset “${title}”?`,
  confirmBodyAll:
    'This forgets every lesson, check and exercise, and the name on your record, on this browser. Download your progress first if you may want it back.',
  confirmBodyLesson:
    'This forgets that you opened and finished this lesson and every attempt at its checks and exercises.',
  confirmReset: 'Yes, reset',
  confirmCancel: 'Cancel',
  resetDoneAll: (saved: boolean) => (saved ? 'All progress was reset.' : `All progress was reset for this visit only: ${NOT_SAVED}`),
  resetDoneLesson: (title: string, saved: boolean) =>
    saved ? `Progress for “${title}” was reset.` : `Progress for “${title}” was reset for this visit only: ${NOT_SAVED}`,
  backupNote: (detail: string, backupKey: string) =>
    `Earlier progress on this browser could not be read (it ${detail}). A copy was kept under the storage key ${backupKey}.`,
  unreadableNote: (detail: string) =>
    `Earlier progress on this browser could not be read (it ${detail}) and could not be copied, so it has been left untouched and nothing from this visit is saved over it. Resetting all progress, or importing a file with Replace, overwrites it.`,
  confirmUnreadable: 'Your saved progress could not be read and could not be copied; resetting replaces it.',
  importUnreadable:
    'Your saved progress could not be read and could not be copied; Replace overwrites it. Merge leaves it untouched, so the merged progress lasts only for this visit.',
} as const;
