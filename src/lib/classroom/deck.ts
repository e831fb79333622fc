// A lesson as a deck of slides: its sections, then one slide per question of its check and one per exercise.
// The same question and exercise items feed the printed worksheet and answer key, so nothing is typed twice.
import { QUESTION_HINTS } from '../quiz/grading';
import { exerciseSlides, explanationSlides } from './activity-slides';
import { paginateSection, topLevelBlocks } from './paginate';
import { LINE_CHARS, SLIDE_CAPACITY, SMALL_TEXT, blockLines as blockLinesOf, headingLines, isWideBlock, wrapLines } from './slide-lines';
import type { LessonChunk } from './split-lesson';

/** Letters shown next to options for a show of hands: A, B, C… (then AA, AB… past Z). */
export function optionLetter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < letters.length
    ? letters[index]!
    : `${optionLetter(Math.floor(index / letters.length) - 1)}${letters[index % letters.length]}`;
}

/** What the deck needs from one knowledge-check question (structurally the quiz's parsed question). */
export interface QuestionInput {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  options: readonly { id: string; text: string; correct: boolean; explanation: string; misconception?: string }[];
}

/** What the deck needs from one knowledge check. */
export interface CheckInput {
  id: string;
  title: string;
  questions: readonly QuestionInput[];
}

/** What the deck needs from a sorting exercise (structurally the sorter's prepared view). */
export interface SortInput {
  id: string;
  title: string;
  instructions: string;
  /** Service type label, or null when every card names its own. */
  serviceType: string | null;
  zones: readonly { id: string; label: string }[];
  cards: readonly { id: string; text: string; tag?: string }[];
  /** Card id → correct zone id, derived from the matrix. */
  solution: Readonly<Record<string, string>>;
  /** Card id → why it belongs there. */
  explanations: Readonly<Record<string, string>>;
}

/** What the deck needs from the whole-matrix challenge (structurally the sorter's prepared view). */
export interface MatrixChallengeInput {
  id: string;
  title: string;
  instructions: string;
  serviceTypes: readonly { id: string; label: string }[];
  owners: readonly { id: string; label: string }[];
  /** Rows in matrix order, each with the label of its band when the matrix groups rows into bands. */
  rows: readonly { id: string; label: string; band?: string }[];
  /** Cell id → correct owner id. */
  solution: Readonly<Record<string, string>>;
  /** Cell id → reason. */
  explanations: Readonly<Record<string, string>>;
}

/** An exercise of either kind. */
export type ExerciseInput = ({ kind: 'sort' } & SortInput) | ({ kind: 'matrix' } & MatrixChallengeInput);

/** A question ready to show, print or reveal. */
export interface QuestionItem {
  kind: 'question';
  checkId: string;
  checkTitle: string;
  id: string;
  /** Position in its check, from 1. */
  number: number;
  /** How many questions the check has. */
  of: number;
  prompt: string;
  /** Instruction under the prompt, e.g. "Select all that apply." */
  hint: string;
  /** Whether more than one option may be chosen (checkboxes rather than radio buttons). */
  multiple: boolean;
  options: { id: string; letter: string; text: string; correct: boolean; explanation: string; misconception?: string }[];
  /** Letters of the correct options, e.g. "B" or "A, C". */
  answer: string;
}

/** A sorting exercise ready to show, print or reveal. */
export interface SortItem {
  kind: 'sort';
  id: string;
  title: string;
  instructions: string;
  serviceType: string | null;
  zones: { id: string; label: string }[];
  cards: { id: string; number: number; text: string; tag?: string; zoneId: string; zoneLabel: string; explanation: string }[];
}

/** The matrix challenge ready to show, print or reveal. */
export interface MatrixItem {
  kind: 'matrix';
  id: string;
  title: string;
  instructions: string;
  serviceTypes: { id: string; label: string }[];
  rows: {
    id: string;
    label: string;
    band?: string;
    cells: { serviceTypeId: string; ownerId: string; ownerLabel: string; explanation: string }[];
  }[];
}

/** A slide of lesson prose: a whole section, or one part of a section too long for one slide. */
export interface SectionSlide {
  kind: 'section';
  id: string | null;
  title: string;
  html: string;
  notes: string[];
  /** Which part of its section this slide is, from 1, and of how many. */
  part: number;
  parts: number;
}

/** The opening slide: the lesson's title, its description and what comes before its first heading. */
export interface TitleSlide {
  kind: 'title';
  title: string;
  description: string;
  html: string;
  notes: string[];
}

/** The lesson's objectives, on the slide after the title. */
export interface ObjectivesSlide {
  kind: 'objectives';
  /** The lesson's title, for the presenter's list of slides. */
  lesson: string;
  objectives: string[];
}

/** A question's options with why each is right or wrong, on a slide (or a few) after the question itself. */
export interface ExplanationSlide extends Omit<QuestionItem, 'kind' | 'hint' | 'multiple' | 'answer'> {
  kind: 'explanation';
  /** Which part of the question's explanations this slide shows, from 1, and of how many. */
  part: number;
  parts: number;
}

/** Some of a sorting exercise's cards: a slide holds only as many as it can show with their reasons. */
export interface SortSlide extends SortItem {
  part: number;
  parts: number;
  /** How many cards the whole exercise has. */
  cardCount: number;
}

/** Some rows of the matrix challenge: one band of the matrix per slide. */
export interface MatrixSlide extends MatrixItem {
  part: number;
  parts: number;
  /** The band these rows belong to, or null when the rows carry none. */
  band: string | null;
}

/** Any slide; a check's or exercise's first slide may carry the notes of the section that introduced it. */
export type Slide = TitleSlide | ObjectivesSlide | SectionSlide | ((QuestionItem | ExplanationSlide | SortSlide | MatrixSlide) & { notes?: string[] });

/** One item per question of a check, with letters and the answer spelled out. */
export function questionItems(check: CheckInput): QuestionItem[] {
  return check.questions.map((question, index) => {
    const options = question.options.map((option, optionIndex) => ({
      id: option.id,
      letter: optionLetter(optionIndex),
      text: option.text,
      correct: option.correct,
      explanation: option.explanation,
      ...(option.misconception ? { misconception: option.misconception } : {}),
    }));
    return {
      kind: 'question',
      checkId: check.id,
      checkTitle: check.title,
      id: question.id,
      number: index + 1,
      of: check.questions.length,
      prompt: question.prompt,
      hint: QUESTION_HINTS[question.type],
      multiple: question.type === 'multiple',
      options,
      answer: options
        .filter((option) => option.correct)
        .map((option) => option.letter)
        .join(', '),
    };
  });
}

/** A sorting exercise with each card's correct zone (from the exercise's matrix-derived solution). */
export function sortItem(exercise: SortInput): SortItem {
  const zoneLabel = (zoneId: string) => exercise.zones.find((zone) => zone.id === zoneId)?.label ?? zoneId;
  return {
    kind: 'sort',
    id: exercise.id,
    title: exercise.title,
    instructions: exercise.instructions,
    serviceType: exercise.serviceType,
    zones: exercise.zones.map(({ id, label }) => ({ id, label })),
    cards: exercise.cards.map((card, index) => {
      const zoneId = exercise.solution[card.id];
      if (!zoneId) throw new Error(`Exercise "${exercise.id}" has no answer for card "${card.id}"`);
      return {
        id: card.id,
        number: index + 1,
        text: card.text,
        ...(card.tag ? { tag: card.tag } : {}),
        zoneId,
        zoneLabel: zoneLabel(zoneId),
        explanation: exercise.explanations[card.id] ?? '',
      };
    }),
  };
}

/** The matrix challenge with every cell's owner, row by row. `cellId` builds the solution's keys. */
export function matrixItem(exercise: MatrixChallengeInput, cellId: (rowId: string, serviceTypeId: string) => string): MatrixItem {
  const ownerLabel = (ownerId: string) => exercise.owners.find((owner) => owner.id === ownerId)?.label ?? ownerId;
  return {
    kind: 'matrix',
    id: exercise.id,
    title: exercise.title,
    instructions: exercise.instructions,
    serviceTypes: exercise.serviceTypes.map(({ id, label }) => ({ id, label })),
    rows: exercise.rows.map((row) => ({
      id: row.id,
      label: row.label,
      ...(row.band ? { band: row.band } : {}),
      cells: exercise.serviceTypes.map((type) => {
        const key = cellId(row.id, type.id);
        const ownerId = exercise.solution[key];
        if (!ownerId) throw new Error(`Exercise "${exercise.id}" has no answer for cell "${key}"`);
        return { serviceTypeId: type.id, ownerId, ownerLabel: ownerLabel(ownerId), explanation: exercise.explanations[key] ?? '' };
      }),
    })),
  };
}

/** Items for an exercise of either kind. */
export function exerciseItem(exercise: ExerciseInput, cellId: (rowId: string, serviceTypeId: string) => string): SortItem | MatrixItem {
  return exercise.kind === 'matrix' ? matrixItem(exercise, cellId) : sortItem(exercise);
}

/** What a lesson deck is built from. */
export interface DeckInput {
  title: string;
  description: string;
  objectives: readonly string[];
  chunks: readonly LessonChunk[];
  /** Checks that belong to the lesson, embedded or not. */
  checks: readonly CheckInput[];
  /** Exercise items that belong to the lesson, embedded or not. */
  exercises: readonly (SortItem | MatrixItem)[];
}

/**
 * Builds the slides of a lesson: a title slide, the objectives, the sections (split into parts where one slide cannot
 * hold them at projector size), then for each question of a check the question and the slides that explain its
 * options, and for each exercise as many slides as its cards or rows need. Checks and exercises appear where the
 * lesson embeds them; those that belong to the lesson without being embedded come after the last section.
 */
export function buildDeck(input: DeckInput): Slide[] {
  const title: TitleSlide = { kind: 'title', title: input.title, description: input.description, html: '', notes: [] };
  const opening: Slide[] = [title];
  const slides: Slide[] = [];
  const placed = new Set<string>();

  for (const chunk of input.chunks) {
    if (chunk.kind === 'section') {
      if (chunk.id === null) {
        title.notes.push(...chunk.notes);
        // The lesson's opening lines join the title when there is room, and follow it on a slide of their own if not.
        if (titleLines(title) + paginatedLines(chunk.html) <= SLIDE_CAPACITY) title.html = chunk.html;
        else opening.push(...sectionSlides({ ...chunk, title: input.title }, null, chunk.notes, 1));
      } else {
        slides.push(...sectionSlides(chunk, chunk.id, chunk.notes, 0));
      }
      continue;
    }
    const key = `${chunk.embed}:${chunk.id}`;
    if (placed.has(key)) continue;
    const check = chunk.embed === 'check' ? input.checks.find((candidate) => candidate.id === chunk.id) : undefined;
    const exercise = chunk.embed === 'exercise' ? input.exercises.find((candidate) => candidate.id === chunk.id) : undefined;
    const made: Slide[] = check ? checkSlides(check) : exercise ? exerciseSlides(exercise) : [];
    if (made.length === 0) continue;
    placed.add(key);
    const [first, ...rest] = made;
    slides.push(chunk.notes?.length ? ({ ...first, notes: chunk.notes } as Slide) : first!, ...rest);
  }
  for (const check of input.checks) if (!placed.has(`check:${check.id}`)) slides.push(...checkSlides(check));
  for (const exercise of input.exercises) if (!placed.has(`exercise:${exercise.id}`)) slides.push(...exerciseSlides(exercise));
  const objectives: Slide[] = input.objectives.length > 0 ? [{ kind: 'objectives', lesson: input.title, objectives: [...input.objectives] }] : [];
  return [...opening, ...objectives, ...slides];
}

/** Lines the title slide's own parts take: the eyebrow, the title in large type and the description. */
function titleLines(slide: TitleSlide): number {
  return SMALL_TEXT + 0.4 + headingLines(slide.title, 1.75) + wrapLines(slide.description, Math.floor(LINE_CHARS / 1.1)) * 1.1 + 0.5;
}

/** Lines a fragment of prose takes on a slide; a diagram never shares the title slide. */
function paginatedLines(html: string): number {
  const blocks = topLevelBlocks(html);
  return blocks.some(isWideBlock) ? Infinity : blocks.reduce((sum, block) => sum + blockLinesOf(block), 0);
}

/** A check as slides: each question, then the slides that explain its options. */
function checkSlides(check: CheckInput): Slide[] {
  return questionItems(check).flatMap((question) => [question, ...explanationSlides(question)]);
}

/**
 * A section as slides: one per page of its prose, each carrying the section's notes so that they stay in view
 * throughout. `partsBefore` counts slides of the same section already shown (the title slide, for a lesson's opening).
 */
function sectionSlides(chunk: { id: string | null; title: string | null; html: string }, id: string | null, notes: string[], partsBefore: number): SectionSlide[] {
  // What the heading leaves of the slide: a long title takes two lines, "(continued)" included.
  const pages = paginateSection(chunk.html, SLIDE_CAPACITY - headingLines(`${chunk.title ?? ''} (continued)`, 1.4));
  const parts = pages.length + partsBefore;
  return pages.map((html, index) => {
    const part = index + 1 + partsBefore;
    return { kind: 'section', id: id === null ? null : part === 1 ? id : `${id}--part-${part}`, title: chunk.title ?? '', html, notes, part, parts };
  });
}

/** How many reveal steps a slide has: the answer of a question, each option's explanation, each card, each row. */
export function revealSteps(slide: Slide): number {
  switch (slide.kind) {
    case 'question':
      return 1;
    case 'explanation':
      return slide.options.length;
    case 'sort':
      return slide.cards.length;
    case 'matrix':
      return slide.rows.length;
    default:
      return 0;
  }
}

/** The slide's title as the presenter lists it. */
export function slideTitle(slide: Slide): string {
  const partOf = (part: number, parts: number) => (parts > 1 ? ` (part ${part} of ${parts})` : '');
  switch (slide.kind) {
    case 'question':
      return `${slide.checkTitle}: question ${slide.number} of ${slide.of}`;
    case 'explanation':
      return `Question ${slide.number} of ${slide.of}: the answers explained${partOf(slide.part, slide.parts)}`;
    case 'objectives':
      return `${slide.lesson}: objectives`;
    case 'section':
      return `${slide.title}${partOf(slide.part, slide.parts)}`;
    case 'sort':
    case 'matrix':
      return `${slide.title}${partOf(slide.part, slide.parts)}`;
    default:
      return slide.title;
  }
}

/** Presenter notes of a slide as plain data: authored notes for prose, the answer and misconceptions for questions. */
export function slideNotes(slide: Slide): { html: string[]; lines: string[] } {
  switch (slide.kind) {
    case 'title':
    case 'section':
      return { html: slide.notes, lines: [] };
    case 'objectives':
      return { html: [], lines: [] };
    case 'question': {
      const misconceptions = slide.options.flatMap((option) =>
        option.misconception ? [`Watch for (${option.letter}): ${option.misconception}.`] : [],
      );
      return { html: slide.notes ?? [], lines: [`Answer: ${slide.answer}.`, ...misconceptions] };
    }
    case 'explanation':
      return { html: slide.notes ?? [], lines: [`Press R to show why each option is right or wrong, one at a time (${slide.options.map((option) => option.letter).join(', ')}).`] };
    case 'sort': {
      const first = slide.cards[0]?.number ?? 1;
      const last = slide.cards.at(-1)?.number ?? first;
      return {
        html: slide.notes ?? [],
        lines: [
          first === last
            ? `Ask for a show of hands, then reveal the card (card ${first} of ${slide.cardCount}).`
            : `Ask for a show of hands per card, then reveal it (cards ${first}–${last} of ${slide.cardCount}).`,
          ...slide.cards.map((card) => `${card.number}. ${card.text}: ${card.zoneLabel}.`),
        ],
      };
    }
    case 'matrix':
      return {
        html: slide.notes ?? [],
        lines: [
          `Reveal row by row (${slide.rows.length} rows${slide.band ? `: ${slide.band}` : ''}); ask the room before each one.`,
          ...slide.rows.map((row) => `${row.label}: ${row.cells.map((cell) => cell.ownerLabel).join(', ')}.`),
        ],
      };
  }
}
