import { misconceptionsForLearner } from '../../lib/quiz/misconception';
import { strings } from './strings';
import type { KnowledgeCheckProps, ReviewTarget } from './types';
import { useKnowledgeCheck } from './useKnowledgeCheck';
import './knowledge-check.css';

/** A knowledge check: questions as native radios or checkboxes, explained feedback, retry and saved attempts. */
export default function KnowledgeCheck(props: KnowledgeCheckProps) {
  const check = useKnowledgeCheck(props);
  const { summary } = check;
  const headingId = `${check.resultId}-heading`;
  // A link within this lesson needs only the section's name; a link elsewhere also names the lesson.
  const linkText = (review: ReviewTarget) =>
    review.lesson === props.lesson ? review.label : strings.reviewInLesson(review.label, review.lessonTitle);

  return (
    <div className="kc">
      <p className="kc-intro">{strings.intro(check.views.length, props.kind, props.passMark)}</p>
      {check.changedSince && (
        <p className="kc-attempts">
          {strings.changed} {strings.attempts(check.attemptCount, check.best)}
        </p>
      )}
      <form
        className="kc-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          check.onCheck();
        }}
      >
        {check.views.map((view, index) => (
          <fieldset key={view.question.id} id={view.fieldsetId} className="kc-question" tabIndex={-1}>
            <legend>
              <span className="kc-number">{strings.questionNumber(index, check.views.length)}</span>{' '}
              <span className="kc-prompt">{view.question.prompt}</span>{' '}
              <span className="kc-hint">{strings.hint[view.question.type]}</span>
            </legend>
            {view.verdict && (
              <p className="kc-verdict" data-verdict={view.verdict}>
                {strings.verdict[view.verdict]}
                {view.verdict !== 'correct' && view.question.review && (
                  <>
                    {' '}
                    <a href={view.question.review.href}>{strings.reviewLink(linkText(view.question.review))}</a>
                  </>
                )}
              </p>
            )}
            <ul className="kc-options" role="list">
              {view.options.map(({ option, inputId, selected, feedback }) => {
                const showMark = feedback && (feedback.mark !== 'none' || check.revealed);
                return (
                  <li key={option.id} className="kc-option" data-mark={showMark ? feedback.mark : undefined}>
                    <label htmlFor={inputId}>
                      <input
                        id={inputId}
                        type={view.question.type === 'multiple' ? 'checkbox' : 'radio'}
                        name={view.inputName}
                        value={option.id}
                        checked={selected}
                        disabled={check.checked}
                        onChange={(event) => check.onChoose(view.question, option.id, event.currentTarget.checked)}
                      />
                      <span className="kc-option-text">{option.text}</span>
                    </label>
                    {showMark && (
                      <p className="kc-mark">
                        <span className="kc-mark-icon" aria-hidden="true">
                          {feedback.mark === 'right' || feedback.mark === 'missed' ? '✓' : '✗'}
                        </span>{' '}
                        {strings.mark[feedback.mark]}
                      </p>
                    )}
                    {feedback?.showExplanation && (
                      <p className="kc-explanation">
                        {option.explanation}
                        {option.review && !option.correct && (
                          <>
                            {' '}
                            <a href={option.review.href}>{strings.reviewLink(linkText(option.review))}</a>
                          </>
                        )}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        {/* Rendered on the server too, so the check does not grow when it hydrates; it works once hydrated. Without
            JavaScript the CSS hides it, and the note above says why. Once checked, Retry and Show answers sit in the
            result, after the score and the missed questions. */}
        {!check.checked && (
          <div className="kc-actions">
            <button type="submit" className="button" disabled={!check.hydrated}>
              {strings.check}
            </button>
          </div>
        )}
        {/* While the result panel shows, it says what the status announced: keep the live region for screen readers only. */}
        <p className={summary ? 'kc-status visually-hidden' : 'kc-status'} role="status">
          {check.status}
        </p>
      </form>
      {summary && (
        <section className="kc-result" id={check.resultId} tabIndex={-1} aria-labelledby={headingId}>
          <h3 id={headingId}>{strings.resultHeading}</h3>
          <p className="kc-score">{strings.score(summary.score)}</p>
          {summary.passed !== null && (
            <p className="kc-pass" data-passed={summary.passed}>
              {summary.passed ? strings.passed(props.passMark) : strings.failed(props.passMark)}
            </p>
          )}
          <p className="kc-attempts">{strings.attempts(check.attemptCount, check.best)}</p>
          {props.kind === 'assessment' && summary.missed.length === 0 && <p>{strings.allRight}</p>}
          {props.kind === 'assessment' && summary.missed.length > 0 && (
            <>
              <h4 id={`${headingId}-missed`}>{strings.missedHeading}</h4>
              {/* Each link takes the learner to the question, its verdict and its explanations. */}
              <ul className="kc-missed" aria-labelledby={`${headingId}-missed`}>
                {summary.missed.map((missed) => {
                  const index = check.views.findIndex((view) => view.question.id === missed.questionId);
                  const fieldsetId = check.views[index]?.fieldsetId ?? '';
                  return (
                    <li key={missed.questionId}>
                      <a
                        href={`#${fieldsetId}`}
                        onClick={(event) => {
                          event.preventDefault();
                          check.onGoToQuestion(fieldsetId);
                        }}
                      >
                        {strings.missedLink(index)}
                        {missed.prompt}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <div className="kc-actions">
            <button type="button" className="button" onClick={check.onRetry}>
              {strings.retry}
            </button>
            {!check.revealed && (
              <button type="button" className="button button--secondary" onClick={check.onShowAnswer}>
                {strings.showAnswer}
              </button>
            )}
          </div>
          {props.kind === 'assessment' && summary.misconceptions.length > 0 && (
            <>
              <h4 id={`${headingId}-suggest`}>{strings.misconceptionsHeading}</h4>
              <ul aria-labelledby={`${headingId}-suggest`}>
                {misconceptionsForLearner(summary.misconceptions).map((misconception) => (
                  <li key={misconception}>{misconception}</li>
                ))}
              </ul>
            </>
          )}
          {props.kind === 'assessment' && summary.reviews.length > 0 && (
            <>
              <h4>{strings.reviewHeading}</h4>
              <ul>
                {summary.reviews.map((review) => (
                  <li key={review.href}>
                    <a href={review.href}>{linkText(review)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
