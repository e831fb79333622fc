import type { MatrixChallengeView } from '~/lib/sort/answers';
import { cellId } from '~/lib/sort/cell-id';
import { MARK_TEXT } from '~/lib/sort/announcements';
import { useMatrixChallenge } from './useMatrixChallenge';
import './matrix-challenge.css';

/** Props of the matrix challenge island; the wrapper renders its title and instructions. */
export interface MatrixChallengeProps {
  challenge: MatrixChallengeView;
}

/** The whole responsibility matrix as a grid of native selects, checked cell by cell. */
export default function MatrixChallenge({ challenge }: MatrixChallengeProps) {
  const m = useMatrixChallenge(challenge);
  const base = `matrix-${challenge.id}`;
  const phase = m.state.phase;
  const ownerLabel = (id: string | undefined) => challenge.owners.find((owner) => owner.id === id)?.label ?? 'No answer';

  const renderCell = (rowId: string, typeId: string) => {
    const id = cellId(rowId, typeId);
    const labelledBy = `${base}-row-${rowId} ${base}-col-${typeId}`;
    if (phase === 'sorting') {
      return (
        <select
          data-cell={id}
          aria-labelledby={labelledBy}
          value={m.state.placements[id] ?? ''}
          onChange={(event) => m.choose(id, event.target.value)}
        >
          <option value="">Choose…</option>
          {challenge.owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.label}
            </option>
          ))}
        </select>
      );
    }
    if (phase === 'solution') return <span className="matrix__answer">{ownerLabel(challenge.solution[id])}</span>;
    const mark = m.marks?.[id] ?? 'unplaced';
    return (
      <span className="matrix__answer" data-mark={mark}>
        {ownerLabel(m.state.placements[id])} <span className="matrix__mark">{MARK_TEXT[mark]}</span>
      </span>
    );
  };

  return (
    <div className="matrix" ref={m.rootRef}>
      <div className="matrix__scroll" role="region" aria-labelledby={`${base}-caption`} tabIndex={0}>
        <table className="matrix__table">
          <caption id={`${base}-caption`}>{challenge.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Responsibility</th>
              {challenge.serviceTypes.map((type) => (
                <th key={type.id} scope="col" id={`${base}-col-${type.id}`}>
                  <abbr title={type.name}>{type.label}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {challenge.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" id={`${base}-row-${row.id}`}>
                  {row.label}
                </th>
                {challenge.serviceTypes.map((type) => (
                  <td key={type.id}>{renderCell(row.id, type.id)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="matrix__progress">
        {m.filled} of {m.total} cells filled.
      </p>
      {m.score && phase !== 'sorting' && (
        <div className="matrix__result" data-result tabIndex={-1} aria-labelledby={`${base}-result`}>
          <p id={`${base}-result`}>
            <strong>
              {phase === 'solution' ? 'Solution shown. ' : 'Result: '}
              {m.score.correct} of {m.score.total} cells correct ({m.score.percent}%).
            </strong>
          </p>
          {m.wrongCells.length > 0 && (
            <>
              <p>{phase === 'solution' ? 'The cells you missed, and why:' : 'Why the marked cells are different:'}</p>
              <ul>
                {m.wrongCells.map((id) => (
                  <li key={id}>{challenge.explanations[id]}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="matrix__actions">
        {phase === 'sorting' ? (
          <button type="button" className="button" data-action="check" onClick={m.check}>
            Check matrix
          </button>
        ) : (
          <>
            {m.wrongCells.length > 0 && (
              <button type="button" className="button" onClick={() => m.retry('misplaced')}>
                Retry wrong cells
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => m.retry('all')}>
              Start over
            </button>
            {phase === 'checked' && m.wrongCells.length > 0 && (
              <button type="button" className="button button--secondary" onClick={m.showSolution}>
                Show solution
              </button>
            )}
          </>
        )}
      </div>
      {/* While the result panel shows, it says what the status announced: keep the live region for screen readers only. */}
      <p className={m.score && phase !== 'sorting' ? 'matrix__status visually-hidden' : 'matrix__status'} role="status">
        {m.status}
      </p>
    </div>
  );
}
