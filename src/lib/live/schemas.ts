// Every message of a live session, both ways, as zod schemas: the classroom server parses what devices send with
// them and rejects anything else; the unit tests parse everything the session sends with them.
// zod/mini rather than zod: the presenter can parse the server's messages with the same schemas for a few KB.
// The learner's device does not: its page must stay within a quiz page's 80 KB, and it only reads what its own
// server wrote (src/islands/live-learner/read-message.ts checks the type and shape it relies on).
import * as z from 'zod/mini';

/** Limits on what a device may send; anything longer is rejected whole. */
export const LIMITS = {
  /** Largest message in bytes; the server closes a connection that sends more. */
  messageBytes: 8192,
  /** Longest id (item key, option, card or zone id, deck id). */
  id: 200,
  /** Longest display name or join code as typed, before tidying. */
  typed: 200,
  /** Longest presenter key or rejoin token. */
  secret: 200,
  /** Most options in one answer, or cards in one sort answer. */
  choices: 100,
} as const;

const id = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const count = () => z.int().check(z.minimum(0));
const time = () => z.number().check(z.minimum(0));

/** The stages of an item on show: open for answers, locked, the class's answers shown, the right answer shown. */
export const PHASES = ['open', 'locked', 'results', 'answer'] as const;
/** One of PHASES. */
export const PhaseSchema = z.enum(PHASES);
/** The session as a whole: before the presenter starts it, running, or ended. */
export const SessionStatusSchema = z.enum(['waiting', 'live', 'ended']);

/** A learner's answer: options chosen, or a zone per card. */
export const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), options: z.array(id()).check(z.maxLength(LIMITS.choices)) }),
  z.object({
    kind: z.literal('sort'),
    placements: z
      .record(id(), id())
      .check(z.refine((placements) => Object.keys(placements).length <= LIMITS.choices, 'too many cards')),
  }),
]);

const OptionSchema = z.object({
  id: id(),
  letter: z.string(),
  text: z.string(),
  correct: z.boolean(),
  explanation: z.string(),
  misconception: z.optional(z.string()),
});

const ZoneSchema = z.object({ id: id(), label: z.string() });

/** A live item as the build writes it and the presenter receives it: questions and sorts with their answers. */
export const LiveItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('question'),
    key: id(),
    title: z.string(),
    prompt: z.string(),
    hint: z.string(),
    multiple: z.boolean(),
    options: z.array(OptionSchema).check(z.minLength(2)),
  }),
  z.object({
    kind: z.literal('sort'),
    key: id(),
    title: z.string(),
    instructions: z.string(),
    zones: z.array(ZoneSchema).check(z.minLength(2)),
    cards: z
      .array(
        z.object({
          id: id(),
          text: z.string(),
          zoneId: id(),
          explanation: z.string(),
          misconceptions: z.record(z.string(), z.string()),
        }),
      )
      .check(z.minLength(1)),
  }),
]);

/** The course's live items, `live/items.json` in the build. */
export const LiveCourseSchema = z.object({
  version: z.literal(1),
  items: z.record(z.string(), LiveItemSchema),
});

/** An item as a learner's device shows it before the reveal: no answers. */
export const LearnerItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('question'),
    key: id(),
    title: z.string(),
    prompt: z.string(),
    hint: z.string(),
    multiple: z.boolean(),
    options: z.array(z.object({ id: id(), letter: z.string(), text: z.string() })),
  }),
  z.object({
    kind: z.literal('sort'),
    key: id(),
    title: z.string(),
    instructions: z.string(),
    zones: z.array(ZoneSchema),
    cards: z.array(z.object({ id: id(), text: z.string() })),
  }),
]);

/** The right answer and its reasons, sent to learners' devices on reveal. */
export const SolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), correct: z.array(id()), explanations: z.record(z.string(), z.string()) }),
  z.object({ kind: z.literal('sort'), zones: z.record(z.string(), z.string()), explanations: z.record(z.string(), z.string()) }),
]);

/** The class's answers to an item, counted. */
export const TallySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), answered: count(), correct: count(), counts: z.record(z.string(), count()) }),
  z.object({
    kind: z.literal('sort'),
    answered: count(),
    complete: count(),
    cards: z.record(z.string(), z.object({ placed: count(), correct: count(), zones: z.record(z.string(), count()) })),
  }),
]);

/** What every learner's device shows: the session's state and the item on show, if any. */
export const LearnerViewSchema = z.object({
  status: SessionStatusSchema,
  item: z.nullable(LearnerItemSchema),
  phase: z.nullable(PhaseSchema),
  /** Only once the instructor reveals the answer. */
  solution: z.nullable(SolutionSchema),
});

/** What the presenter sees: the join details, who is there, and the item on show with its live counts. */
export const PresenterViewSchema = z.object({
  status: SessionStatusSchema,
  code: z.string(),
  joinUrl: z.string(),
  startedAt: z.nullable(time()),
  endedAt: z.nullable(time()),
  /** Learners who joined this session. */
  joined: count(),
  /** Of those, how many have a device connected right now. */
  connected: count(),
  current: z.nullable(
    z.object({
      item: LiveItemSchema,
      phase: PhaseSchema,
      /** Learners connected now or who answered this item: the "of" in "14 of 22 answered". */
      present: count(),
      tally: TallySchema,
    }),
  ),
});

const WrongAnswerSchema = z.nullable(z.object({ answer: z.string(), count: count(), misconception: z.nullable(z.string()) }));

/** The class report: per question and card, the share correct and the most chosen wrong answer; names optional. */
export const ClassReportSchema = z.object({
  code: z.string(),
  startedAt: z.nullable(time()),
  endedAt: z.nullable(time()),
  generatedAt: time(),
  participants: count(),
  questions: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      prompt: z.string(),
      correctAnswer: z.string(),
      answered: count(),
      correct: count(),
      percentCorrect: count(),
      mostChosenWrong: WrongAnswerSchema,
    }),
  ),
  cards: z.array(
    z.object({
      key: z.string(),
      exercise: z.string(),
      card: z.string(),
      correctAnswer: z.string(),
      answered: count(),
      correct: count(),
      percentCorrect: count(),
      mostChosenWrong: WrongAnswerSchema,
    }),
  ),
  learners: z.array(
    z.object({ name: z.string(), questionsAnswered: count(), questionsRight: count(), cardsPlaced: count(), cardsRight: count() }),
  ),
});

/** What the projector shows when the class's answers are revealed: a bar per option, or per card. */
export const ResultsViewSchema = z.object({
  /** The item the results are for. */
  key: id(),
  kind: z.enum(['question', 'sort']),
  title: z.string(),
  /** The question's prompt, or what the bars of a sort show. */
  heading: z.string(),
  /** What the bars measure, for screen readers. */
  caption: z.string(),
  rows: z.array(
    z.object({
      /** The option's letter, or null for a card. */
      letter: z.nullable(z.string()),
      text: z.string(),
      count: count(),
      percent: count(),
      /** The row as one sentence: the text alternative of its bar. */
      description: z.string(),
      /** The count as the bar labels it, e.g. "12 · 55%". */
      label: z.string(),
    }),
  ),
  /** E.g. "18 answers from 20 learners". */
  summary: z.string(),
  /** Rows left out because the stage has no room for them (the least missed cards of a long exercise). */
  more: count(),
});

/** The join slide's details. */
export const JoinInfoSchema = z.object({ url: z.string(), code: z.string(), joined: count() });

/**
 * What the presenter's window and its projector window say to each other about the live session (over a
 * BroadcastChannel, in the same browser): the presenter tells what to show over the slide; the projector asks for it
 * when it opens, and passes on the instructor's reveal keys pressed in its window.
 */
export const ScreenMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('live-screen'),
    deck: id(),
    /** Whether a live session runs in the presenter's window; false also when that window closes. */
    live: z.boolean(),
    join: z.nullable(JoinInfoSchema),
    results: z.nullable(ResultsViewSchema),
  }),
  z.object({ type: z.literal('live-hello'), deck: id() }),
  z.object({ type: z.literal('live-command'), deck: id(), command: z.enum(['reveal', 'conceal']) }),
]);

/** Why the server turned a message down. */
export const ERROR_CODES = [
  'invalid',
  'unknown-type',
  'too-big',
  'slow-down',
  'wrong-code',
  'full',
  'ended',
  'not-joined',
  'not-open',
  'not-allowed',
  'not-live',
  'unknown-item',
] as const;

/** Every message the server sends. */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('joined'),
    participant: z.object({ id: z.string(), name: z.string() }),
    /** Kept by the device to rejoin as the same participant after a lost connection. */
    token: z.string(),
    view: LearnerViewSchema,
    /** The learner's answer to the item on show, if they gave one before the connection dropped. */
    answer: z.nullable(AnswerSchema),
  }),
  z.object({ type: z.literal('view'), view: LearnerViewSchema }),
  z.object({ type: z.literal('ack'), item: z.string(), answer: AnswerSchema }),
  z.object({ type: z.literal('renamed'), name: z.string() }),
  z.object({ type: z.literal('presenter'), view: PresenterViewSchema }),
  z.object({ type: z.literal('report'), report: ClassReportSchema }),
  z.object({ type: z.literal('error'), code: z.enum(ERROR_CODES), message: z.string() }),
  z.object({ type: z.literal('pong') }),
]);

/** What learners' devices may send. */
export const LearnerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('join'),
    code: z.string().check(z.maxLength(LIMITS.typed)),
    name: z.optional(z.string().check(z.maxLength(LIMITS.typed))),
    token: z.optional(z.string().check(z.maxLength(LIMITS.secret))),
  }),
  z.object({ type: z.literal('answer'), item: id(), answer: AnswerSchema }),
  z.object({ type: z.literal('rename'), name: z.string().check(z.maxLength(LIMITS.typed)) }),
  z.object({ type: z.literal('ping') }),
]);

/** What only the presenter may send (after proving it holds the presenter key). */
export const PresenterMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('presenter-hello'), key: z.string().check(z.maxLength(LIMITS.secret)) }),
  z.object({ type: z.literal('start'), deck: id() }),
  z.object({ type: z.literal('show'), item: z.nullable(id()) }),
  z.object({ type: z.literal('phase'), item: id(), phase: PhaseSchema }),
  z.object({ type: z.literal('end') }),
  z.object({ type: z.literal('report') }),
]);

/** Every message a device may send. */
export const ClientMessageSchema = z.union([LearnerMessageSchema, PresenterMessageSchema]);

/** The message types learners may send. */
export const LEARNER_MESSAGE_TYPES: readonly string[] = ['join', 'answer', 'rename', 'ping'];
/** The message types only the presenter may send. */
export const PRESENTER_MESSAGE_TYPES: readonly string[] = ['presenter-hello', 'start', 'show', 'phase', 'end', 'report'];

/** One of PHASES. */
export type Phase = z.infer<typeof PhaseSchema>;
/** The session's status. */
export type SessionStatus = z.infer<typeof SessionStatusSchema>;
/** What learners' devices show. */
export type LearnerView = z.infer<typeof LearnerViewSchema>;
/** What the presenter sees. */
export type PresenterView = z.infer<typeof PresenterViewSchema>;
/** The class report. */
export type ClassReport = z.infer<typeof ClassReportSchema>;
/** Why the server turned a message down. */
export type ErrorCode = (typeof ERROR_CODES)[number];
/** Any message the server sends. */
export type ServerMessage = z.infer<typeof ServerMessageSchema>;
/** Any message a learner's device sends. */
export type LearnerMessage = z.infer<typeof LearnerMessageSchema>;
/** Any message the presenter sends. */
export type PresenterMessage = z.infer<typeof PresenterMessageSchema>;
/** A question or sort, with its answers, as the build writes it. */
export type LiveItem = z.infer<typeof LiveItemSchema>;
/** A live question. */
export type LiveQuestion = Extract<LiveItem, { kind: 'question' }>;
/** A live sort (an exercise, or the matrix challenge with a card per cell). */
export type LiveSort = Extract<LiveItem, { kind: 'sort' }>;
/** One option of a live question. */
export type LiveOption = LiveQuestion['options'][number];
/** One card of a live sort; `misconceptions` maps a wrong zone id to the misconception placing it there reveals. */
export type LiveCard = LiveSort['cards'][number];
/** The course's live items by key. */
export type LiveCourse = z.infer<typeof LiveCourseSchema>;
/** An item as a learner's device shows it before the reveal. */
export type LearnerItem = z.infer<typeof LearnerItemSchema>;
/** The right answer and its reasons. */
export type Solution = z.infer<typeof SolutionSchema>;
/** A learner's answer. */
export type Answer = z.infer<typeof AnswerSchema>;
/** The class's answers to an item, counted. */
export type Tally = z.infer<typeof TallySchema>;
/** Counts for a question. */
export type QuestionTally = Extract<Tally, { kind: 'question' }>;
/** Counts for a sort. */
export type SortTally = Extract<Tally, { kind: 'sort' }>;
/** Counts for one card of a sort. */
export type CardTally = SortTally['cards'][string];
/** The projector's view of the class's answers. */
export type ResultsView = z.infer<typeof ResultsViewSchema>;
/** One bar of the results. */
export type ResultRow = ResultsView['rows'][number];
/** The join slide's details. */
export type JoinInfo = z.infer<typeof JoinInfoSchema>;
/** A message between the presenter's and the projector's windows. */
export type ScreenMessage = z.infer<typeof ScreenMessageSchema>;
