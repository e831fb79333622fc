import { matrix as courseMatrix, findRow, ownerLabel, ownerOf, serviceTypeLabel } from '../matrix';
import type { Matrix, ServiceTypeId } from '../../schemas/matrix';
import type { MatrixExercise, SortCard, SortExercise } from '../../schemas/exercise';
import { cellId } from './cell-id';
import { CLASSIC_CHART_CAPTION } from '../classic-chart';

/** A zone as the island shows it. */
export interface ZoneView {
  id: string;
  label: string;
}

/** A card as the island shows it; `tag` names the service type in mixed exercises. */
export interface CardView {
  id: string;
  text: string;
  tag?: string;
}

/** Plain, serialisable props for the sorting island, with answers derived from the matrix. */
export interface SortExerciseView {
  id: string;
  title: string;
  instructions: string;
  /** Label of the exercise's service type, or null for mixed exercises. */
  serviceType: string | null;
  zones: ZoneView[];
  cards: CardView[];
  /** Card id → correct zone id. */
  solution: Record<string, string>;
  /** Card id → one line on why the card belongs where it does. */
  explanations: Record<string, string>;
}

/** The service type a card is judged under. */
export function cardServiceType(exercise: SortExercise, card: SortCard): ServiceTypeId {
  if (exercise.serviceType !== 'mixed') return exercise.serviceType;
  if (!card.serviceType) throw new Error(`Card "${card.id}" of a mixed exercise has no serviceType`);
  return card.serviceType;
}

/** The correct zone of one card, read from the matrix. */
export function answerFor(exercise: SortExercise, card: SortCard, source: Matrix = courseMatrix): string {
  return ownerOf(card.row, cardServiceType(exercise, card), source);
}

/** Card id → correct zone id for a whole exercise. */
export function solutionFor(exercise: SortExercise, source: Matrix = courseMatrix): Record<string, string> {
  return Object.fromEntries(exercise.cards.map((card) => [card.id, answerFor(exercise, card, source)]));
}

/** Why a row belongs to its owner under a service type, e.g. "Operating system, IaaS: Customer. The provider …". */
export function reasonFor(rowId: string, serviceType: ServiceTypeId, source: Matrix = courseMatrix, override?: string) {
  const row = findRow(rowId, source);
  if (!row) throw new Error(`No row "${rowId}" in the matrix`);
  const owner = ownerLabel(row.cells[serviceType], source);
  const why = override ?? row.reasons?.[serviceType];
  const head = `${row.label} under ${serviceTypeLabel(serviceType, source)}: ${owner}.`;
  return why ? `${head} ${why}` : head;
}

/** Turns a parsed exercise into the island's props. */
export function prepareSort(id: string, exercise: SortExercise, source: Matrix = courseMatrix): SortExerciseView {
  const mixed = exercise.serviceType === 'mixed';
  return {
    id,
    title: exercise.title,
    instructions: exercise.instructions,
    serviceType: exercise.serviceType === 'mixed' ? null : serviceTypeLabel(exercise.serviceType, source),
    zones: exercise.zones.map((zone) => ({ id: zone, label: ownerLabel(zone, source) })),
    cards: exercise.cards.map((card) => ({
      id: card.id,
      text: card.text,
      ...(mixed ? { tag: serviceTypeLabel(cardServiceType(exercise, card), source) } : {}),
    })),
    solution: solutionFor(exercise, source),
    explanations: Object.fromEntries(
      exercise.cards.map((card) => [
        card.id,
        reasonFor(card.row, cardServiceType(exercise, card), source, card.explanation),
      ]),
    ),
  };
}

/** Plain props for the matrix challenge: one cell per row × service type, with answers and reasons. */
export interface MatrixChallengeView {
  id: string;
  title: string;
  instructions: string;
  /** Caption of the grid: names the chart the answers come from (sent as data, so it costs the island no code). */
  caption: string;
  serviceTypes: { id: string; label: string; name: string }[];
  owners: ZoneView[];
  rows: { id: string; label: string }[];
  /** Cell id (`row--serviceType`) → correct owner id. */
  solution: Record<string, string>;
  /** Cell id → one-line reason. */
  explanations: Record<string, string>;
}

/** Turns the matrix challenge into the island's props, every answer read from the matrix. */
export function prepareMatrixChallenge(
  id: string,
  exercise: MatrixExercise,
  source: Matrix = courseMatrix,
): MatrixChallengeView {
  const solution: Record<string, string> = {};
  const explanations: Record<string, string> = {};
  for (const row of source.rows) {
    for (const type of source.serviceTypes) {
      solution[cellId(row.id, type.id)] = row.cells[type.id];
      explanations[cellId(row.id, type.id)] = reasonFor(row.id, type.id, source);
    }
  }
  return {
    id,
    title: exercise.title,
    instructions: exercise.instructions,
    caption: CLASSIC_CHART_CAPTION,
    serviceTypes: source.serviceTypes.map(({ id: typeId, label, name }) => ({ id: typeId, label, name })),
    owners: source.owners.map(({ id: ownerId, label }) => ({ id: ownerId, label })),
    rows: source.rows.map(({ id: rowId, label }) => ({ id: rowId, label })),
    solution,
    explanations,
  };
}
