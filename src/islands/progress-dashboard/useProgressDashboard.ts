import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $progress, $storageStatus, PROGRESS_BACKUP_KEY, STORAGE_STATUS_OK, resetLesson, setLearnerName } from '~/stores/progress';
import { mergeImportedProgress, progressIsSaved, replaceProgress, resetProgress } from '~/stores/progress-replace';
import { EMPTY_PROGRESS, type Progress } from '~/lib/progress/model';
import { lessonActivityIds, summariseCourse, type CourseKey } from '~/lib/progress/derive';
import { MAX_IMPORT_FILE_BYTES, exportFileName, exportText, planImport, readImport, type ImportOutcome } from '~/lib/progress/transfer';
import { describeProblem } from '~/lib/progress/describe-problem';
import { strings } from './strings';

/** What to reset, while the confirmation dialog is open. */
export type ResetTarget = { scope: 'all' } | { scope: 'lesson'; lessonId: string; title: string };

/**
 * Where an action's message appears: next to the control that was used (the name form, the export and reset-all
 * buttons, the import, or one lesson's card), so that it is seen where the learner is looking.
 */
export type MessagePlace = 'name' | 'manage' | 'import' | 'reset-all' | `lesson:${string}`;

/** Where an import stands. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; incoming: Progress; replace: ImportOutcome; merge: ImportOutcome };

/** State and actions of the progress page; knows nothing about the DOM except where focus should go. */
export function useProgressDashboard(courseKey: CourseKey) {
  const progress = useStore($progress, { ssr: () => EMPTY_PROGRESS });
  const storage = useStore($storageStatus, { ssr: () => STORAGE_STATUS_OK });
  const summary = useMemo(() => summariseCourse(courseKey, progress), [courseKey, progress]);

  const [message, setMessage] = useState<{ place: MessagePlace; text: string } | null>(null);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [resetTarget, setResetTarget] = useState<ResetTarget | null>(null);

  const messageElements = useRef(new Map<MessagePlace, HTMLElement>());
  const importResultRef = useRef<HTMLElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Focus moves (or a message scrolls into view) in an effect, after React rendered the element it goes to and after
  // the dialog (a child, whose effects run first) closed and handed focus back to its opener.
  type Target = MessagePlace | 'import-result';
  const [revealRequest, setRevealRequest] = useState<{ to: Target; focus: boolean; count: number } | null>(null);
  const reveal = (to: Target, focus: boolean) =>
    setRevealRequest((previous) => ({ to, focus, count: (previous?.count ?? 0) + 1 }));
  useEffect(() => {
    if (!revealRequest) return;
    const { to, focus } = revealRequest;
    const element = to === 'import-result' ? importResultRef.current : messageElements.current.get(to);
    if (focus) element?.focus();
    else element?.scrollIntoView({ block: 'nearest' });
  }, [revealRequest]);

  /** Shows a message next to the control that was used, scrolled into view; its live region announces it. */
  const show = (place: MessagePlace, text: string) => {
    setMessage({ place, text });
    reveal(place, false);
  };
  /** Shows a message and moves focus to it, for actions whose control goes away (a closed dialog or preview). */
  const announce = (place: MessagePlace, text: string) => {
    setMessage({ place, text });
    reveal(place, true);
  };

  const exportProgress = () => {
    const url = URL.createObjectURL(new Blob([exportText($progress.get())], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(new Date());
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    show('manage', strings.exported);
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    let text = '';
    // Over the size limit the file is never read into memory; readImport refuses it by size alone.
    if (file.size <= MAX_IMPORT_FILE_BYTES) {
      try {
        text = await file.text();
      } catch {
        text = '';
      }
    }
    const result = readImport(text, file.size);
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setImportState({ kind: 'refused', message: `${result.message} ${strings.importRefused}` });
    } else {
      setImportState({ kind: 'preview', incoming: result.progress, ...planImport($progress.get(), result.progress) });
    }
    reveal('import-result', true);
  };

  // A file chosen before the island hydrated (a slow page load) fired its change event before React listened, so it
  // would be silently ignored: read it once hydrated. chooseFile empties the input, so the file is never read twice.
  useEffect(() => {
    const pending = fileRef.current?.files?.[0];
    if (pending) void chooseFile(pending);
    // Only on hydration; later choices arrive through onChange.
  }, []);

  const confirmImport = (mode: 'replace' | 'merge') => {
    if (importState.kind !== 'preview' || importState[mode].tooLarge) return;
    // Merge again against the latest progress: another tab may have saved something since the preview.
    if (mode === 'replace') replaceProgress(importState.incoming);
    else mergeImportedProgress(importState.incoming);
    setImportState({ kind: 'idle' });
    announce('import', (mode === 'replace' ? strings.importedReplace : strings.importedMerge)(progressIsSaved()));
  };

  const cancelImport = () => {
    setImportState({ kind: 'idle' });
    announce('import', strings.importCancelled);
  };

  const confirmReset = () => {
    if (!resetTarget) return;
    if (resetTarget.scope === 'all') {
      resetProgress();
      announce('reset-all', strings.resetDoneAll(progressIsSaved()));
    } else {
      const { checkIds, exerciseIds } = lessonActivityIds(courseKey, resetTarget.lessonId);
      resetLesson(resetTarget.lessonId, checkIds, exerciseIds);
      announce(`lesson:${resetTarget.lessonId}`, strings.resetDoneLesson(resetTarget.title, progressIsSaved()));
    }
    setResetTarget(null);
  };

  const saveName = (name: string) => {
    setLearnerName(name);
    show('name', (name.trim() ? strings.recordNameSaved : strings.recordNameCleared)(progressIsSaved()));
  };

  const recovered = storage.recovered;
  const backupNote = !recovered
    ? null
    : recovered.backupKept
      ? strings.backupNote(describeProblem(recovered.reason), recovered.backupKey ?? PROGRESS_BACKUP_KEY)
      : strings.unreadableNote(describeProblem(recovered.reason));
  /** A saved value could not be read or copied, so only replacing everything (reset all, import Replace) overwrites it. */
  const unreadableKept = Boolean(recovered && !recovered.backupKept);

  return {
    progress,
    summary,
    backupNote,
    unreadableKept,
    /** The message at `place` ('' when there is none: its live region stays, empty) and a ref to focus it by. */
    messageAt: (place: MessagePlace) => ({
      text: message?.place === place ? message.text : '',
      elementRef: (element: HTMLElement | null) => {
        if (element) messageElements.current.set(place, element);
        else messageElements.current.delete(place);
      },
    }),
    importState,
    importResultRef,
    fileRef,
    resetTarget,
    exportProgress,
    chooseFile,
    confirmImport,
    cancelImport,
    askReset: setResetTarget,
    cancelReset: () => setResetTarget(null),
    confirmReset,
    saveName,
  };
}
