// The class report the instructor takes away: per question and per card, how many answered, the share correct and
// the most chosen wrong answer with the misconception the course wrote for it; per learner only when names are wanted.
import { gradeAnswer } from './answers.ts';
import { itemSolution } from './items.ts';
import { tallyAnswers, percentOf } from './tally.ts';
import type { ClassReport, LiveCourse, LiveQuestion, LiveSort } from './schemas.ts';
import type { ItemRun, SessionState } from './session.ts';

type QuestionRow = ClassReport['questions'][number];
type CardRow = ClassReport['cards'][number];

function questionRow(item: LiveQuestion, run: ItemRun): QuestionRow {
  const tally = tallyAnswers(item, Object.values(run.responses));
  const counts = tally.kind === 'question' ? tally.counts : {};
  const correct = tally.kind === 'question' ? tally.correct : 0;
  let wrong: QuestionRow['mostChosenWrong'] = null;
  for (const option of item.options) {
    const count = counts[option.id] ?? 0;
    if (option.correct || count === 0 || (wrong && wrong.count >= count)) continue;
    wrong = { answer: `${option.letter}. ${option.text}`, count, misconception: option.misconception ?? null };
  }
  return {
    key: item.key,
    title: item.title,
    prompt: item.prompt,
    correctAnswer: item.options
      .filter((option) => option.correct)
      .map((option) => `${option.letter}. ${option.text}`)
      .join('; '),
    answered: tally.answered,
    correct,
    percentCorrect: percentOf(correct, tally.answered),
    mostChosenWrong: wrong,
  };
}

function cardRows(item: LiveSort, run: ItemRun): CardRow[] {
  const tally = tallyAnswers(item, Object.values(run.responses));
  const zoneLabel = (id: string) => item.zones.find((zone) => zone.id === id)?.label ?? id;
  return item.cards.map((card) => {
    const counts = tally.kind === 'sort' ? tally.cards[card.id] : undefined;
    let wrong: CardRow['mostChosenWrong'] = null;
    for (const zone of item.zones) {
      const count = counts?.zones[zone.id] ?? 0;
      if (zone.id === card.zoneId || count === 0 || (wrong && wrong.count >= count)) continue;
      wrong = { answer: zone.label, count, misconception: Object.hasOwn(card.misconceptions, zone.id) ? card.misconceptions[zone.id]! : null };
    }
    const correct = counts?.correct ?? 0;
    return {
      key: `${item.key}#${card.id}`,
      exercise: item.title,
      card: card.text,
      correctAnswer: zoneLabel(card.zoneId),
      answered: tally.answered,
      correct,
      percentCorrect: percentOf(correct, tally.answered),
      mostChosenWrong: wrong,
    };
  });
}

/** The report of a session at time `now`: every item shown, in the order it was first shown. */
export function classReport(state: SessionState, course: LiveCourse, now: number): ClassReport {
  const questions: QuestionRow[] = [];
  const cards: CardRow[] = [];
  const shown = state.runOrder.flatMap((key) => (Object.hasOwn(course.items, key) && Object.hasOwn(state.runs, key) ? [{ item: course.items[key]!, run: state.runs[key]! }] : []));
  for (const { item, run } of shown) {
    if (item.kind === 'question') questions.push(questionRow(item, run));
    else cards.push(...cardRows(item, run));
  }
  const learners = state.participantOrder.map((id) => {
    const row = { name: state.participants[id]!.name, questionsAnswered: 0, questionsRight: 0, cardsPlaced: 0, cardsRight: 0 };
    for (const { item, run } of shown) {
      if (!Object.hasOwn(run.responses, id)) continue;
      const graded = gradeAnswer(itemSolution(item), run.responses[id]!);
      if (item.kind === 'question') {
        row.questionsAnswered += 1;
        if (graded.correct) row.questionsRight += 1;
      } else {
        const marks = Object.values(graded.cards);
        row.cardsPlaced += marks.filter((mark) => mark !== 'unplaced').length;
        row.cardsRight += marks.filter((mark) => mark === 'right').length;
      }
    }
    return row;
  });
  return {
    code: state.code,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    generatedAt: now,
    participants: state.participantOrder.length,
    questions,
    cards,
    learners,
  };
}

/** How long the session ran, in whole minutes (to its end, or to when the report was made). */
export function sessionMinutes(report: ClassReport): number {
  if (report.startedAt === null) return 0;
  return Math.max(0, Math.round(((report.endedAt ?? report.generatedAt) - report.startedAt) / 60_000));
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula
 * (a learner could name themselves "=HYPERLINK(…)") starts with an apostrophe instead.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Options for the CSV: whether to list learners by name, and how to write a time. */
export interface CsvOptions {
  includeNames: boolean;
  formatTime: (ms: number) => string;
}

/** The report as CSV (RFC 4180, CRLF line ends): the session, one row per question and card, then learners if wanted. */
export function reportCsv(report: ClassReport, options: CsvOptions): string {
  const rows: (string | number | null)[][] = [
    ['Class report', 'Cloud Security: Who Secures What'],
    ['Session code', report.code],
    ['Started', report.startedAt === null ? null : options.formatTime(report.startedAt)],
    ['Ended', report.endedAt === null ? 'still running' : options.formatTime(report.endedAt)],
    ['Duration (minutes)', sessionMinutes(report)],
    ['Participants', report.participants],
    [],
    ['Kind', 'Item', 'Question or card', 'Correct answer', 'Answered', 'Correct', 'Share correct (%)', 'Most chosen wrong answer', 'Chosen by', 'Misconception it reveals'],
    ...report.questions.map((row) => [
      'Question',
      row.title,
      row.prompt,
      row.correctAnswer,
      row.answered,
      row.correct,
      row.percentCorrect,
      row.mostChosenWrong?.answer ?? null,
      row.mostChosenWrong?.count ?? null,
      row.mostChosenWrong?.misconception ?? null,
    ]),
    ...report.cards.map((row) => [
      'Card',
      row.exercise,
      row.card,
      row.correctAnswer,
      row.answered,
      row.correct,
      row.percentCorrect,
      row.mostChosenWrong?.answer ?? null,
      row.mostChosenWrong?.count ?? null,
      row.mostChosenWrong?.misconception ?? null,
    ]),
  ];
  if (options.includeNames) {
    rows.push([], ['Learner', 'Questions answered', 'Questions right', 'Cards placed', 'Cards right']);
    for (const learner of report.learners) {
      rows.push([learner.name || '(no name given)', learner.questionsAnswered, learner.questionsRight, learner.cardsPlaced, learner.cardsRight]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
