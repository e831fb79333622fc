// What a live class session asks: the course's questions and sorting exercises as plain items keyed by a stable
// string, built once with the course (src/pages/live/items.json.ts) and read by the classroom server.
// Every module in src/lib/live imports its siblings with the .ts extension and nothing else from src by value:
// the classroom server (scripts/classroom/) runs these files in Node, which strips the types and resolves no aliases.
import type { MatrixItem, QuestionItem, SortItem } from '../classroom/deck';
import type { LearnerItem, LiveItem, LiveQuestion, LiveSort, Solution } from './schemas.ts';

export type { LearnerItem, LiveCard, LiveCourse, LiveItem, LiveOption, LiveQuestion, LiveSort, Solution } from './schemas.ts';

/** The key of a knowledge-check question, e.g. `q:iaas-in-practice/open-ports`. */
export function questionKey(checkId: string, questionId: string): string {
  return `q:${checkId}/${questionId}`;
}

/** The key of an exercise, e.g. `x:iaas-duties`. */
export function exerciseKey(exerciseId: string): string {
  return `x:${exerciseId}`;
}

/** A matrix cell as questions and cards refer to it. */
export interface CellRef {
  row: string;
  serviceType: string;
}

/** A question's matrix cell and options, as the misconception index reads them. */
export interface MisconceptionSource {
  matrix?: CellRef;
  options: readonly { id: string; misconception?: string }[];
}

const cellKey = (cell: CellRef, ownerId: string) => `${cell.row}|${cell.serviceType}|${ownerId}`;

/**
 * Misconceptions by matrix cell and wrong owner, from the questions that test a cell: their option ids are owner ids,
 * so "placed Operating system (IaaS) with the provider" finds the misconception the course wrote for that choice.
 */
export function cellMisconceptions(questions: readonly MisconceptionSource[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const question of questions) {
    if (!question.matrix) continue;
    for (const option of question.options) {
      const key = cellKey(question.matrix, option.id);
      if (option.misconception && !found.has(key)) found.set(key, option.misconception);
    }
  }
  return found;
}

function misconceptionsFor(cell: CellRef | undefined, zones: readonly { id: string }[], correct: string, index: Map<string, string>) {
  const result: Record<string, string> = {};
  if (!cell) return result;
  for (const zone of zones) {
    const text = zone.id === correct ? undefined : index.get(cellKey(cell, zone.id));
    if (text) result[zone.id] = text;
  }
  return result;
}

/** A deck's question item as a live question. */
export function liveQuestion(item: QuestionItem): LiveQuestion {
  return {
    kind: 'question',
    key: questionKey(item.checkId, item.id),
    title: `${item.checkTitle} · Question ${item.number} of ${item.of}`,
    prompt: item.prompt,
    hint: item.hint,
    multiple: item.multiple,
    options: item.options.map((option) => ({
      id: option.id,
      letter: option.letter,
      text: option.text,
      correct: option.correct,
      explanation: option.explanation,
      ...(option.misconception ? { misconception: option.misconception } : {}),
    })),
  };
}

/** A deck's sorting item as a live sort; `cells` names each card's matrix cell, for its misconceptions. */
export function liveSort(item: SortItem, cells: Readonly<Record<string, CellRef>>, index: Map<string, string>): LiveSort {
  return {
    kind: 'sort',
    key: exerciseKey(item.id),
    title: item.title,
    instructions: item.instructions,
    zones: item.zones.map(({ id, label }) => ({ id, label })),
    cards: item.cards.map((card) => ({
      id: card.id,
      text: card.tag ? `${card.text} (${card.tag})` : card.text,
      zoneId: card.zoneId,
      explanation: card.explanation,
      misconceptions: misconceptionsFor(cells[card.id], item.zones, card.zoneId, index),
    })),
  };
}

/** The matrix challenge as a live sort: one card per cell ("Operating system · IaaS"), the owners as zones. */
export function liveMatrix(
  item: MatrixItem,
  owners: readonly { id: string; label: string }[],
  cellId: (row: string, serviceType: string) => string,
  index: Map<string, string>,
): LiveSort {
  const typeLabel = (id: string) => item.serviceTypes.find((type) => type.id === id)?.label ?? id;
  return {
    kind: 'sort',
    key: exerciseKey(item.id),
    title: item.title,
    instructions: item.instructions,
    zones: owners.map(({ id, label }) => ({ id, label })),
    cards: item.rows.flatMap((row) =>
      row.cells.map((cell) => ({
        id: cellId(row.id, cell.serviceTypeId),
        text: `${row.label} · ${typeLabel(cell.serviceTypeId)}`,
        zoneId: cell.ownerId,
        explanation: cell.explanation,
        misconceptions: misconceptionsFor({ row: row.id, serviceType: cell.serviceTypeId }, owners, cell.ownerId, index),
      })),
    ),
  };
}

/** The item as a learner's device shows it while answering. */
export function learnerItem(item: LiveItem): LearnerItem {
  if (item.kind === 'question') {
    const { key, title, prompt, hint, multiple } = item;
    return { kind: 'question', key, title, prompt, hint, multiple, options: item.options.map(({ id, letter, text }) => ({ id, letter, text })) };
  }
  const { key, title, instructions, zones } = item;
  return { kind: 'sort', key, title, instructions, zones, cards: item.cards.map(({ id, text }) => ({ id, text })) };
}

/** The solution of an item. */
export function itemSolution(item: LiveItem): Solution {
  if (item.kind === 'question') {
    return {
      kind: 'question',
      correct: item.options.filter((option) => option.correct).map((option) => option.id),
      explanations: Object.fromEntries(item.options.map((option) => [option.id, option.explanation])),
    };
  }
  return {
    kind: 'sort',
    zones: Object.fromEntries(item.cards.map((card) => [card.id, card.zoneId])),
    explanations: Object.fromEntries(item.cards.map((card) => [card.id, card.explanation])),
  };
}
