// The class's answers to one live item, counted: what the presenter sees live and the projector shows on reveal.
import { gradeAnswer } from './answers.ts';
import { itemSolution } from './items.ts';
import type { Answer, LiveItem, LiveQuestion, LiveSort, QuestionTally, ResultsView, SortTally, Tally } from './schemas.ts';

export type { CardTally, QuestionTally, ResultRow, ResultsView, SortTally, Tally } from './schemas.ts';

function tallyQuestion(item: LiveQuestion, answers: readonly Answer[]): QuestionTally {
  const counts: Record<string, number> = Object.fromEntries(item.options.map((option) => [option.id, 0]));
  const solution = itemSolution(item);
  let correct = 0;
  for (const answer of answers) {
    if (answer.kind !== 'question') continue;
    for (const id of answer.options) if (Object.hasOwn(counts, id)) counts[id]! += 1;
    if (gradeAnswer(solution, answer).correct) correct += 1;
  }
  return { kind: 'question', answered: answers.length, correct, counts };
}

function tallySort(item: LiveSort, answers: readonly Answer[]): SortTally {
  const cards: SortTally['cards'] = {};
  for (const card of item.cards) {
    cards[card.id] = { placed: 0, correct: 0, zones: Object.fromEntries(item.zones.map((zone) => [zone.id, 0])) };
  }
  let complete = 0;
  for (const answer of answers) {
    if (answer.kind !== 'sort') continue;
    let placedAll = true;
    for (const card of item.cards) {
      const zone = Object.hasOwn(answer.placements, card.id) ? answer.placements[card.id] : undefined;
      const counts = cards[card.id]!;
      if (zone === undefined || !Object.hasOwn(counts.zones, zone)) {
        placedAll = false;
        continue;
      }
      counts.placed += 1;
      counts.zones[zone]! += 1;
      if (zone === card.zoneId) counts.correct += 1;
    }
    if (placedAll) complete += 1;
  }
  return { kind: 'sort', answered: answers.length, complete, cards };
}

/** Counts the given answers (one per learner, none empty) to an item. */
export function tallyAnswers(item: LiveItem, answers: readonly Answer[]): Tally {
  return item.kind === 'question' ? tallyQuestion(item, answers) : tallySort(item, answers);
}

/** A whole-number percentage of `part` in `whole`, 0 when there is no whole. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The most bars the projector shows; a longer sort (the whole matrix has 32 cells) shows its most missed cards. */
export const MAX_RESULT_ROWS = 16;

/**
 * The results of an item for the projector: for a question a bar per option (in the slide's order, count and share of
 * those who answered); for a sort a bar per card with the share who placed it correctly, the most missed first.
 */
export function resultsView(item: LiveItem, tally: Tally, present: number): ResultsView {
  const summary = `${plural(tally.answered, 'answer')} from ${plural(present, 'learner')}`;
  if (item.kind === 'question' && tally.kind === 'question') {
    return {
      key: item.key,
      kind: 'question',
      title: item.title,
      heading: item.prompt,
      caption: 'How the class answered',
      summary,
      more: 0,
      rows: item.options.map((option) => {
        const count = tally.counts[option.id] ?? 0;
        const percent = percentOf(count, tally.answered);
        return {
          letter: option.letter,
          text: option.text,
          count,
          percent,
          description: `${option.letter}: ${option.text}. ${plural(count, 'learner')}, ${percent}%.`,
          label: `${count} · ${percent}%`,
        };
      }),
    };
  }
  const cards = item.kind === 'sort' && tally.kind === 'sort' ? item.cards : [];
  const rows = cards
    .map((card, order) => {
      const counts = tally.kind === 'sort' ? tally.cards[card.id] : undefined;
      const count = counts?.correct ?? 0;
      const percent = percentOf(count, tally.answered);
      return {
        order,
        row: {
          letter: null,
          text: card.text,
          count,
          percent,
          description: `${card.text}: placed correctly by ${count} of ${tally.answered}, ${percent}%.`,
          label: `${count} of ${tally.answered} · ${percent}%`,
        },
      };
    })
    .sort((a, b) => a.row.count - b.row.count || a.order - b.order)
    .map(({ row }) => row);
  const more = Math.max(0, rows.length - MAX_RESULT_ROWS);
  return {
    key: item.key,
    kind: 'sort',
    title: item.title,
    heading: 'Cards placed correctly, most missed first',
    caption: 'Share of the class that placed each card correctly',
    summary: `${plural(tally.answered, 'learner')} sorted, of ${plural(present, 'learner')}${more ? `; ${plural(more, 'card')} more in the class report` : ''}`,
    rows: rows.slice(0, MAX_RESULT_ROWS),
    more,
  };
}
