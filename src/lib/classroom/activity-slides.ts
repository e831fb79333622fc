// Knowledge-check questions and exercises as slides that a room can read: a question's explanations and an
// exercise's cards or rows are shared out over as many slides as they need at projector size, so that everything
// revealed stays on screen at once instead of shrinking or replacing what came before.
import type { ExplanationSlide, MatrixItem, MatrixSlide, QuestionItem, SortItem, SortSlide } from './deck';
import { LINE_CHARS, SLIDE_CAPACITY, SMALL_TEXT, headingLines, smallLines, wrapLines } from './slide-lines';

/** The eyebrow above an activity's heading, in small capitals. */
const EYEBROW_LINES = SMALL_TEXT + 0.4;
/** Characters a line of text holds inside an option or card, beside its letter or number. */
const ITEM_CHARS = LINE_CHARS - 6;
/** Padding, border and gap around an option or card. */
const ITEM_CHROME = 0.45;

/**
 * Puts items on as few slides as hold them in order, each slide within `capacity` lines after its `header` lines; an
 * item too big for a slide gets one of its own.
 */
export function shareOut<T>(items: readonly T[], cost: (item: T) => number, header: number, capacity = SLIDE_CAPACITY): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let used = header;
  for (const item of items) {
    const lines = cost(item);
    if (group.length > 0 && used + lines > capacity) {
      groups.push(group);
      group = [];
      used = header;
    }
    group.push(item);
    used += lines;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Lines the question's own slide takes: its eyebrow, the prompt, the hint and every option. */
export function questionLines(question: QuestionItem): number {
  return (
    EYEBROW_LINES +
    headingLines(question.prompt, 1.25) +
    SMALL_TEXT +
    0.4 +
    question.options.reduce((sum, option) => sum + wrapLines(`${option.text} ✗ Not correct`, ITEM_CHARS) + ITEM_CHROME, 0)
  );
}

/** The slides that explain a question's options, each option with its verdict and why, as many options as fit a slide. */
export function explanationSlides(question: QuestionItem): ExplanationSlide[] {
  const header = EYEBROW_LINES + headingLines(question.prompt, 1);
  const groups = shareOut(
    question.options,
    (option) => wrapLines(`${option.text} ✓ Correct answer`, ITEM_CHARS) + smallLines(option.explanation, ITEM_CHARS) + ITEM_CHROME,
    header,
  );
  return groups.map((options, index) => ({
    kind: 'explanation',
    checkId: question.checkId,
    checkTitle: question.checkTitle,
    id: question.id,
    number: question.number,
    of: question.of,
    prompt: question.prompt,
    options,
    part: index + 1,
    parts: groups.length,
  }));
}

/**
 * A sorting exercise as slides of a few cards each, every card with room for its answer and its reason. The first
 * slide gives the instructions; the others name the zones in their eyebrow.
 */
export function sortSlides(item: SortItem): SortSlide[] {
  const zones = item.zones.map((zone) => zone.label).join(' or ');
  const header = EYEBROW_LINES + headingLines(item.title, 1.4);
  const instructions = smallLines(`${item.instructions} ${zones}.`) + 0.4;
  // The answer ("→ Cloud provider") sits beside the card's text, so the text has a narrower line.
  const cardLines = (card: SortItem['cards'][number]) =>
    wrapLines(`${card.text}${card.tag ? ` (${card.tag})` : ''}`, ITEM_CHARS - 22) + smallLines(card.explanation, ITEM_CHARS) + ITEM_CHROME;
  const first = shareOut(item.cards, cardLines, header + instructions)[0] ?? [];
  const groups = [first, ...shareOut(item.cards.slice(first.length), cardLines, header)];
  return groups.map((cards, index) => ({ ...item, cards, part: index + 1, parts: groups.length, cardCount: item.cards.length }));
}

/** Characters of a row label, and of an owner, on one line of the matrix table at projector size. */
const ROW_LABEL_CHARS = 24;
const OWNER_CHARS = 10;

/**
 * The matrix challenge as slides of one band each (or of a few rows, when the rows carry no band). The first slide
 * gives the instructions.
 */
export function matrixSlides(item: MatrixItem): MatrixSlide[] {
  const header = EYEBROW_LINES + headingLines(item.title, 1.4) + SMALL_TEXT * 2 + 0.4;
  const instructions = smallLines(item.instructions) + 0.4;
  const rowLines = (row: MatrixItem['rows'][number]) =>
    Math.max(wrapLines(row.label, ROW_LABEL_CHARS), ...row.cells.map((cell) => wrapLines(cell.ownerLabel, OWNER_CHARS))) * SMALL_TEXT + 0.4;
  const bands: MatrixItem['rows'][] = [];
  for (const row of item.rows) {
    const last = bands.at(-1);
    if (last && last[0]!.band === row.band) last.push(row);
    else bands.push([row]);
  }
  const groups = bands.flatMap((rows, index) => shareOut(rows, rowLines, index === 0 ? header + instructions : header));
  return groups.map((rows, index) => ({ ...item, rows, part: index + 1, parts: groups.length, band: rows[0]!.band ?? null }));
}

/** An exercise of either kind as slides. */
export function exerciseSlides(item: SortItem | MatrixItem): (SortSlide | MatrixSlide)[] {
  return item.kind === 'sort' ? sortSlides(item) : matrixSlides(item);
}
