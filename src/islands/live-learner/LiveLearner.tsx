import { useId, useState } from 'react';
import { canAnswer, learnerResult, shownAnswer, type LearnerState } from '~/lib/live/learner-state.ts';
import type { Answer, LearnerItem } from '~/lib/live/schemas.ts';
import { withBase } from '~/lib/urls';
import { describeAnswer, useLiveLearner } from './useLiveLearner';
import { strings } from './strings';
import './live-learner.css';

type Live = ReturnType<typeof useLiveLearner>;

/** A learner's device in a live class session: join with the code, then answer what the projector shows. */
export default function LiveLearner() {
  const live = useLiveLearner();
  const { state } = live;
  return (
    <div className="live-learner">
      <p className="visually-hidden" role="status">
        {live.announcement}
      </p>
      {state.connection === 'lost' && state.stage !== 'unavailable' && (
        <p className="live-banner" data-tone="warn">
          {strings.lost}
        </p>
      )}
      {state.stage === 'unavailable' && (
        <>
          <p>{strings.unavailable}</p>
          <ul>
            <li>
              <a href={withBase('/')}>{strings.courseLink}</a>
            </li>
            <li>
              <a href={withBase('/instructors/')}>{strings.instructorsLink}</a>
            </li>
          </ul>
        </>
      )}
      {state.stage === 'connecting' && <p>{strings.connecting}</p>}
      {(state.stage === 'join' || (state.stage === 'joining' && !state.me)) && <JoinForm live={live} />}
      {state.stage === 'joining' && state.me && <p>{strings.connecting}</p>}
      {state.stage === 'joined' && <Session live={live} />}
    </div>
  );
}

function JoinForm({ live }: { live: Live }) {
  const id = useId();
  const { state } = live;
  const problem = state.problem ? strings.problem[state.problem] : null;
  return (
    <form
      className="live-join"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        live.join();
      }}
    >
      <h2 id={`${id}-heading`}>{strings.joinHeading}</h2>
      <p className="muted">{strings.joinIntro}</p>
      {problem && (
        <p className="live-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <label htmlFor={`${id}-code`}>{strings.codeLabel}</label>
      <input
        id={`${id}-code`}
        className="live-input live-input--code"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        required
        aria-describedby={problem ? `${id}-problem` : undefined}
        aria-invalid={state.problem === 'wrong-code' ? true : undefined}
        value={live.code}
        onChange={(event) => live.setCode(event.currentTarget.value)}
      />
      <label htmlFor={`${id}-name`}>{strings.nameLabel}</label>
      <input
        id={`${id}-name`}
        className="live-input"
        autoComplete="nickname"
        maxLength={40}
        value={live.name}
        onChange={(event) => live.setName(event.currentTarget.value)}
      />
      <button type="submit" className="button" disabled={state.stage === 'joining' || state.connection !== 'open'}>
        {state.stage === 'joining' ? strings.joining : strings.join}
      </button>
    </form>
  );
}

function Session({ live }: { live: Live }) {
  const { state } = live;
  const view = state.view;
  return (
    <>
      <Me live={live} />
      {view?.status === 'ended' ? (
        <section className="live-card" aria-labelledby="live-ended">
          <h2 id="live-ended">{strings.endedHeading}</h2>
          <p>{strings.endedText}</p>
        </section>
      ) : view?.item ? (
        <Item live={live} item={view.item} />
      ) : (
        <section className="live-card" aria-labelledby="live-waiting">
          <h2 id="live-waiting">{strings.waitingHeading}</h2>
          <p className="muted">{strings.waitingText}</p>
        </section>
      )}
    </>
  );
}

function Me({ live }: { live: Live }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const id = useId();
  const name = live.state.me?.name ?? '';
  return (
    <div className="live-me">
      <p>{strings.joinedAs(name)}</p>
      {editing ? (
        <form
          className="live-rename"
          onSubmit={(event) => {
            event.preventDefault();
            live.rename(draft);
            setEditing(false);
          }}
        >
          <label htmlFor={`${id}-rename`}>{strings.nameLabel}</label>
          <input
            id={`${id}-rename`}
            className="live-input"
            autoComplete="nickname"
            maxLength={40}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit" className="button button--secondary">
            {strings.saveName}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="button button--secondary live-small-button"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          {strings.changeName}
        </button>
      )}
    </div>
  );
}

/** The acknowledgement under the choices: sending, waiting for the connection, or received. */
function Receipt({ state, item }: { state: LearnerState; item: LearnerItem }) {
  let text = '';
  if (state.pending) text = state.connection === 'open' ? strings.sending : strings.waitingToSend;
  else if (state.answer) text = strings.received(describeAnswer(item, state.answer));
  const problem = state.problem && state.problem !== 'wrong-code' ? strings.problem[state.problem] : '';
  return (
    <>
      {text && (
        <p className="live-receipt" data-state={state.pending ? 'pending' : 'received'}>
          {state.pending ? null : <span aria-hidden="true">✓ </span>}
          {text}
        </p>
      )}
      {problem && <p className="live-problem">{problem}</p>}
    </>
  );
}

function Item({ live, item }: { live: Live; item: LearnerItem }) {
  const { state } = live;
  const phase = state.view?.phase ?? 'open';
  // Once the answer is shown the verdict says it all.
  const phaseText = phase === 'answer' ? '' : strings.phase[phase];
  return (
    <section className="live-card" aria-labelledby="live-item-heading">
      <p className="live-eyebrow">{item.kind === 'question' ? item.title : strings.exercise}</p>
      <h2 id="live-item-heading" tabIndex={-1} ref={live.itemHeading}>
        {item.kind === 'question' ? item.prompt : item.title}
      </h2>
      {phaseText && <p className="live-phase">{phaseText}</p>}
      {item.kind === 'question' ? <Question live={live} item={item} /> : <Sort live={live} item={item} />}
      {phase === 'open' && <Receipt state={state} item={item} />}
    </section>
  );
}

function Question({ live, item }: { live: Live; item: Extract<LearnerItem, { kind: 'question' }> }) {
  const { state } = live;
  const id = useId();
  const chosen = shownAnswer(state);
  const options = chosen?.kind === 'question' ? chosen.options : [];
  const solution = state.view?.solution?.kind === 'question' ? state.view.solution : null;
  const result = learnerResult(state);
  const open = canAnswer(state);
  const toggle = (optionId: string, checked: boolean): Answer => ({
    kind: 'question',
    options: item.multiple ? (checked ? [...options, optionId] : options.filter((idOf) => idOf !== optionId)) : checked ? [optionId] : [],
  });
  return (
    <>
      {solution && (
        <p className="live-verdict" data-verdict={result?.correct ? 'right' : 'wrong'}>
          <span aria-hidden="true">{result?.correct ? '✓ ' : '✗ '}</span>
          {!state.answer ? strings.noAnswer : result?.correct ? strings.right : strings.wrong}
        </p>
      )}
      <p className="live-hint" id={`${id}-hint`} hidden={!open}>
        {item.hint}
      </p>
      <fieldset className="live-options" disabled={!open} aria-labelledby="live-item-heading" aria-describedby={`${id}-hint`}>
        <ul role="list">
          {item.options.map((option) => {
            const isChosen = options.includes(option.id);
            const isCorrect = solution?.correct.includes(option.id) ?? false;
            return (
              <li key={option.id} className="live-option" data-chosen={isChosen || undefined} data-correct={solution ? isCorrect : undefined}>
                <label htmlFor={`${id}-${option.id}`}>
                  <input
                    id={`${id}-${option.id}`}
                    type={item.multiple ? 'checkbox' : 'radio'}
                    name={`${id}-answer`}
                    value={option.id}
                    checked={isChosen}
                    onChange={(event) => live.choose(toggle(option.id, event.currentTarget.checked))}
                  />
                  <span className="live-letter" aria-hidden="true">
                    {option.letter}
                  </span>
                  <span className="live-option-text">{option.text}</span>
                </label>
                {solution && (isCorrect || isChosen) && (
                  <p className="live-mark">
                    {isCorrect ? `✓ ${strings.correctAnswer}` : `✗ ${strings.yourChoice}`}
                    {isCorrect && isChosen ? ` · ${strings.yourChoice}` : ''}
                  </p>
                )}
                {solution && (isCorrect || isChosen) && <p className="live-explanation">{solution.explanations[option.id]}</p>}
              </li>
            );
          })}
        </ul>
      </fieldset>
    </>
  );
}

function Sort({ live, item }: { live: Live; item: Extract<LearnerItem, { kind: 'sort' }> }) {
  const { state } = live;
  const id = useId();
  const chosen = shownAnswer(state);
  const placements = chosen?.kind === 'sort' ? chosen.placements : {};
  const solution = state.view?.solution?.kind === 'sort' ? state.view.solution : null;
  const result = learnerResult(state);
  const open = canAnswer(state);
  const zoneLabel = (zoneId: string | undefined) => item.zones.find((zone) => zone.id === zoneId)?.label ?? '';
  const rightCount = result ? Object.values(result.cards).filter((mark) => mark === 'right').length : 0;
  return (
    <>
      <p className="live-hint">{item.instructions}</p>
      {solution && result && (
        <p className="live-verdict" data-verdict={result.correct ? 'right' : 'wrong'}>
          {state.answer ? strings.sortRight(rightCount, item.cards.length) : strings.noAnswer}
        </p>
      )}
      <ol className="live-cards" role="list">
        {item.cards.map((card, index) => {
          const placed = Object.hasOwn(placements, card.id) ? placements[card.id] : undefined;
          const mark = result?.cards[card.id];
          const correctZone = solution?.zones[card.id];
          return (
            <li key={card.id} className="live-sort-card" data-mark={solution ? mark : undefined}>
              <fieldset disabled={!open}>
                <legend>
                  <span className="live-card-number">{index + 1}.</span> {card.text}
                </legend>
                <div className="live-zones">
                  {item.zones.map((zone) => (
                    <label key={zone.id} htmlFor={`${id}-${card.id}-${zone.id}`} className="live-zone">
                      <input
                        id={`${id}-${card.id}-${zone.id}`}
                        type="radio"
                        name={`${id}-${card.id}`}
                        value={zone.id}
                        checked={placed === zone.id}
                        onChange={() => live.choose({ kind: 'sort', placements: { ...placements, [card.id]: zone.id } })}
                      />
                      <span>{zone.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {solution && correctZone && (
                <>
                  <p className="live-mark">
                    <span aria-hidden="true">{mark === 'right' ? '✓ ' : '✗ '}</span>
                    {mark === 'right'
                      ? strings.cardRight(zoneLabel(correctZone))
                      : mark === 'wrong'
                        ? strings.cardWrong(zoneLabel(placed), zoneLabel(correctZone))
                        : strings.cardUnplaced(zoneLabel(correctZone))}
                  </p>
                  <p className="live-explanation">{solution.explanations[card.id]}</p>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
