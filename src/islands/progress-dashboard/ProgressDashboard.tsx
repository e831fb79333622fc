import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { CourseKey } from '~/lib/progress/key';
import type { AttemptSummary } from '~/lib/progress/derive';
import type { Score } from '~/lib/quiz/grading';
import { LESSON_STATUS_TEXT } from '~/lib/progress/lesson-status-text';
import { STATUS_MARK, strings } from './strings';
import { useProgressDashboard, type ResetTarget } from './useProgressDashboard';
import { ReviewDeckSummary, type ReviewDeckData } from './ReviewDeckSummary';

/** Props: plain data built at build time. */
export interface ProgressDashboardProps {
  courseKey: CourseKey;
  /** Lesson id → lesson page URL (with the base path). */
  lessonUrls: Record<string, string>;
  /** URL of the final assessment page, when the course has one. */
  assessmentUrl: string | null;
  /** What the review deck summary needs besides the course key. */
  reviewDeck: ReviewDeckData;
  /** The completion rule, server-rendered by the page: shown after the learner's own overview. */
  children?: ReactNode;
}

const formatScore = (score: Score) => `${score.correct} of ${score.total} correct (${score.percent}%)`;
const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

function Scores({ summary }: { summary: AttemptSummary }) {
  if (summary.attempts === 0) return <span>{strings.notAttempted}</span>;
  // An attempt trimmed from LMS resume data counts as tried but has no score.
  const score = (value: Score | null) => (value ? formatScore(value) : strings.scoreNotKept);
  return (
    <span>
      {strings.attempts(summary.attempts)}. {strings.best}: {score(summary.best)}. {strings.last}: {score(summary.last)}.
    </span>
  );
}

/** An action's message, next to the control that was used: a live region, empty until there is something to say. */
function ActionMessage({ text, elementRef }: { text: string; elementRef: (element: HTMLElement | null) => void }) {
  return (
    <p className="progress-message" role="status" tabIndex={-1} ref={elementRef}>
      {text}
    </p>
  );
}

function ConfirmReset({
  target,
  unreadableKept,
  onConfirm,
  onCancel,
}: {
  target: ResetTarget | null;
  /** Whether resetting everything would overwrite a saved value that could not be read or copied. */
  unreadableKept: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) {
      dialog.showModal();
      // Start on the safe choice: Enter or Space straight away keeps the progress.
      cancelRef.current?.focus();
    }
    if (!target && dialog.open) dialog.close();
  }, [target]);
  return (
    <dialog ref={ref} className="progress-dialog" aria-labelledby={titleId} onClose={onCancel}>
      {target && (
        <>
          <h2 id={titleId}>
            {target.scope === 'all' ? strings.confirmTitleAll : strings.confirmTitleLesson(target.title)}
          </h2>
          <p>{target.scope === 'all' ? strings.confirmBodyAll : strings.confirmBodyLesson}</p>
          {target.scope === 'all' && unreadableKept && <p>{strings.confirmUnreadable}</p>}
          <div className="progress-actions">
            <button type="button" className="button button--danger" onClick={onConfirm}>
              {strings.confirmReset}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel} ref={cancelRef}>
              {strings.confirmCancel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

/** The learner's progress page: statuses, scores, completion record, reset, export and import. */
export default function ProgressDashboard({
  courseKey,
  lessonUrls,
  assessmentUrl,
  reviewDeck,
  children,
}: ProgressDashboardProps) {
  const view = useProgressDashboard(courseKey);
  const { summary, progress, importState } = view;
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const name = nameDraft ?? progress.settings.learnerName ?? '';
  const nameId = useId();
  const fileId = useId();
  const fileHintId = useId();
  const previewTitleId = useId();
  const assessment = summary.assessment;

  return (
    <div className="progress-dashboard">
      <section aria-labelledby="overview-title" className="no-print">
        <h2 id="overview-title">{strings.overviewTitle}</h2>
        <p className="progress-overall">
          <label htmlFor="course-progress">{strings.percentLabel}:</label>{' '}
          <progress id="course-progress" max={100} value={summary.percent}>
            {summary.percent}%
          </progress>{' '}
          <span>
            <strong>{summary.percent}%</strong>. {strings.lessonsComplete(summary.completeLessons, summary.lessons.length)}.
          </span>
        </p>
        {assessment && (
          <p>
            <strong>{strings.assessmentTitle}:</strong>{' '}
            {!assessment.best
              ? strings.assessmentNone
              : assessment.passed
                ? strings.assessmentPassed(formatScore(assessment.best), Math.round(assessment.passMark * 100))
                : strings.assessmentNotPassed(formatScore(assessment.best), Math.round(assessment.passMark * 100))}{' '}
            {assessmentUrl && !assessment.passed && <a href={assessmentUrl}>{strings.assessmentLink}</a>}
          </p>
        )}
        {view.backupNote && <p className="progress-note">{view.backupNote}</p>}
      </section>

      <ReviewDeckSummary courseKey={courseKey} progress={progress} deck={reviewDeck} />

      {children}

      <section aria-labelledby="lessons-progress-title" className="no-print">
        <h2 id="lessons-progress-title">{strings.lessonsTitle}</h2>
        <ol className="progress-lessons">
          {summary.lessons.map((lesson) => (
            <li key={lesson.id} className="progress-lesson card">
              <h3>
                <a href={lessonUrls[lesson.id]}>{lesson.title}</a>
              </h3>
              <p className="progress-status" data-status={lesson.status}>
                <span aria-hidden="true">{STATUS_MARK[lesson.status]} </span>
                {LESSON_STATUS_TEXT[lesson.status]}
                <span className="muted"> · {lesson.endReached ? strings.endReached : strings.endNotReached}</span>
              </p>
              {lesson.activities.length === 0 ? (
                <p className="muted">{strings.noActivities}</p>
              ) : (
                <ul className="progress-activities">
                  {lesson.activities.map((activity) => (
                    <li key={activity.id}>
                      <strong>{activity.title}:</strong> <Scores summary={activity} />
                    </li>
                  ))}
                </ul>
              )}
              {lesson.status !== 'not-started' && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => view.askReset({ scope: 'lesson', lessonId: lesson.id, title: lesson.title })}
                >
                  {strings.resetLessonVisible}
                  <span className="visually-hidden"> {strings.resetLessonHidden(lesson.title)}</span>
                </button>
              )}
              <ActionMessage {...view.messageAt(`lesson:${lesson.id}`)} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="record-title" className="progress-record-section">
        <h2 id="record-title" className="no-print">
          {strings.recordTitle}
        </h2>
        {!summary.finished || !summary.finishedAt ? (
          <p>{strings.recordPending}</p>
        ) : (
          <>
            <form
              className="progress-name no-print"
              onSubmit={(event) => {
                event.preventDefault();
                view.saveName(name);
                setNameDraft(null);
              }}
            >
              <label htmlFor={nameId}>{strings.recordNameLabel}</label>
              <div className="progress-actions">
                <input
                  id={nameId}
                  type="text"
                  autoComplete="name"
                  maxLength={80}
                  value={name}
                  onChange={(event) => setNameDraft(event.target.value)}
                />
                <button type="submit" className="button button--secondary">
                  {strings.recordNameSave}
                </button>
              </div>
              <ActionMessage {...view.messageAt('name')} />
            </form>
            <article className="progress-record" aria-label={strings.recordHeading}>
              <p className="progress-record__heading">{strings.recordHeading}</p>
              <p>{strings.recordLine(progress.settings.learnerName)}</p>
              <p className="progress-record__course">{strings.recordCourse}</p>
              <p>{strings.recordLessons(summary.lessons.length)}</p>
              {assessment?.best && <p>{strings.recordAssessment(formatScore(assessment.best))}</p>}
              <p>{strings.recordDate(formatDate(summary.finishedAt))}</p>
            </article>
            <button type="button" className="button no-print" onClick={() => window.print()}>
              {strings.recordPrint}
            </button>
          </>
        )}
      </section>

      <section aria-labelledby="manage-title" className="no-print">
        <h2 id="manage-title">{strings.manageTitle}</h2>
        <p>{strings.manageIntro}</p>
        <div className="progress-actions">
          <button type="button" className="button button--secondary" onClick={view.exportProgress}>
            {strings.exportButton}
          </button>
        </div>
        <ActionMessage {...view.messageAt('manage')} />
        <div className="progress-import">
          <label htmlFor={fileId}>{strings.importLabel}</label>
          <p id={fileHintId} className="muted">
            {strings.importHint}
          </p>
          <input
            id={fileId}
            ref={view.fileRef}
            type="file"
            accept=".json,application/json"
            aria-describedby={fileHintId}
            onChange={(event) => void view.chooseFile(event.target.files?.[0])}
          />
        </div>
        <ActionMessage {...view.messageAt('import')} />
        {importState.kind === 'refused' && (
          <p
            className="progress-error"
            role="alert"
            tabIndex={-1}
            ref={view.importResultRef as React.RefObject<HTMLParagraphElement>}
          >
            {importState.message}
          </p>
        )}
        {importState.kind === 'preview' && (
          <div className="progress-preview card">
            <h3 id={previewTitleId} tabIndex={-1} ref={view.importResultRef as React.RefObject<HTMLHeadingElement>}>
              {strings.importPreviewTitle}
            </h3>
            <p>{strings.importPreviewIntro}</p>
            {view.unreadableKept && <p>{strings.importUnreadable}</p>}
            {(['replace', 'merge'] as const).flatMap((mode) => {
              const outcome = importState[mode];
              const notes = [];
              if (outcome.tooLarge) notes.push(strings.importTooLarge(mode));
              else if (outcome.droppedAttempts > 0) notes.push(strings.importDropsAttempts(mode, outcome.droppedAttempts));
              return notes.map((note) => (
                <p key={`${mode}-${note}`} className="progress-note">
                  {note}
                </p>
              ));
            })}
            {/* A narrow screen scrolls the table sideways: keyboard users reach that region with Tab (WCAG 2.1.1). */}
            <div className="progress-table" role="region" aria-labelledby={previewTitleId} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <td />
                    <th scope="col">{strings.importColumnNow}</th>
                    <th scope="col">{strings.importColumnReplace}</th>
                    <th scope="col">{strings.importColumnMerge}</th>
                  </tr>
                </thead>
                <tbody>
                  {importState.replace.rows.map((row, index) => (
                    <tr key={row.label}>
                      <th scope="row">{row.label}</th>
                      <td>{row.now}</td>
                      <td>{importState.replace.tooLarge ? strings.importNotOffered : row.after}</td>
                      <td>{importState.merge.tooLarge ? strings.importNotOffered : importState.merge.rows[index]?.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="progress-actions">
              {!importState.replace.tooLarge && (
                <button type="button" className="button" onClick={() => view.confirmImport('replace')}>
                  {strings.importReplace}
                </button>
              )}
              {!importState.merge.tooLarge && (
                <button type="button" className="button button--secondary" onClick={() => view.confirmImport('merge')}>
                  {strings.importMerge}
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={view.cancelImport}>
                {strings.importCancel}
              </button>
            </div>
          </div>
        )}
        {/* Apart from Download and the import, which learners use often: a slip of the thumb never lands on it. */}
        <div className="progress-reset-all">
          <button type="button" className="button button--danger" onClick={() => view.askReset({ scope: 'all' })}>
            {strings.resetAll}
          </button>
          <ActionMessage {...view.messageAt('reset-all')} />
        </div>
      </section>

      <ConfirmReset
        target={view.resetTarget}
        unreadableKept={view.unreadableKept}
        onConfirm={view.confirmReset}
        onCancel={view.cancelReset}
      />
    </div>
  );
}
