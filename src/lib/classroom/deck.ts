// A lesson as a deck of slides: its sections, then one slide per question of its check and one per exercise.
// The same question and exercise items feed the printed worksheet and answer key, so nothing is typed twice.
import { QUESTION_HINTS } from '../quiz/grading';
import { paginateSection } from './paginate';
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
  rows: readonly { id: string; label: string }[];
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
  rows: { id: string; label: string; cells: { serviceTypeId: string; ownerId: string; ownerLabel: string; explanation: string }[] }[];
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

/** The opening slide: the lesson's title and what comes before its first heading. */
export interface TitleSlide {
  kind: 'title';
  title: string;
  description: string;
  /** The lesson's objectives. */
  objectives: string[];
  html: string;
  notes: string[];
}

/** Any slide. */
export type Slide = TitleSlide | SectionSlide | QuestionItem | SortItem | MatrixItem;


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
 * Builds the slides of a lesson: a title slide, one per section, one per question of each check and one per exercise.
 * Checks and exercises appear where the lesson embeds them; those that belong to the lesson without being embedded
 * come after the last section.
 */
export function buildDeck(input: DeckInput): Slide[] {
  const title: TitleSlide = {
    kind: 'title',
    title: input.title,
    description: input.description,
    objectives: [...input.objectives],
    html: '',
    notes: [],
  };
  const slides: Slide[] = [title];
  const placed = new Set<string>();
  const checkSlides = (check: CheckInput) => questionItems(check);

  for (const chunk of input.chunks) {
    if (chunk.kind === 'section') {
      if (chunk.id === null) {
        title.html = chunk.html;
        title.notes.push(...chunk.notes);
      } else {
        // A long section becomes several slides; each carries the section's notes, so they stay in view throughout.
        const pages = paginateSection(chunk.html);
        pages.forEach((html, index) =>
          slides.push({
            kind: 'section',
            id: index === 0 ? chunk.id : `${chunk.id}--part-${index + 1}`,
            title: chunk.title ?? '',
            html,
            notes: chunk.notes,
            part: index + 1,
            parts: pages.length,
          }),
        );
      }
      continue;
    }
    const key = `${chunk.embed}:${chunk.id}`;
    if (placed.has(key)) continue;
    if (chunk.embed === 'check') {
      const check = input.checks.find((candidate) => candidate.id === chunk.id);
      if (check) {
        placed.add(key);
        slides.push(...checkSlides(check));
      }
    } else {
      const exercise = input.exercises.find((candidate) => candidate.id === chunk.id);
      if (exercise) {
        placed.add(key);
        slides.push(exercise);
      }
    }
  }
  for (const check of input.checks) if (!placed.has(`check:${check.id}`)) slides.push(...checkSlides(check));
  for (const exercise of input.exercises) if (!placed.has(`exercise:${exercise.id}`)) slides.push(exercise);
  return slides;
}

/** How many reveal steps a slide has: for a question, the answer then each option's explanation; for the sorter, each card; for the matrix, each row. */
export function revealSteps(slide: Slide): number {
  switch (slide.kind) {
    case 'question':
      return 1 + slide.options.length;
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
  switch (slide.kind) {
    case 'question':
      return `${slide.checkTitle}: question ${slide.number} of ${slide.of}`;
    case 'section':
      return slide.parts > 1 ? `${slide.title} (part ${slide.part} of ${slide.parts})` : slide.title;
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
    case 'question': {
      const misconceptions = slide.options.flatMap((option) =>
        option.misconception ? [`Watch for (${option.letter}): ${option.misconception}.`] : [],
      );
      return { html: [], lines: [`Answer: ${slide.answer}.`, ...misconceptions] };
    }
    case 'sort':
      return {
        html: [],
        lines: [`Ask for a show of hands per card, then reveal it (${slide.cards.length} cards).`],
      };
    case 'matrix':
      return { html: [], lines: [`Reveal row by row (${slide.rows.length} rows); ask the room before each one.`] };
  }
}
