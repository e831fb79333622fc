import { z } from 'astro/zod';
import { matrix } from '../lib/matrix';
import { strictObject } from './strict';
import { OWNER_IDS, OwnerIdSchema, SERVICE_TYPE_IDS, ServiceTypeIdSchema, type Matrix } from './matrix';

/** Service types a sorting exercise can be set in; `mixed` means every card names its own. */
export const EXERCISE_SERVICE_TYPES = [...SERVICE_TYPE_IDS, 'mixed'] as const;

const idText = z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase words joined by hyphens, e.g. patch-guest-os');
const text = (what: string) => z.string({ error: () => `${what} is required` }).trim().min(1, `${what} must not be empty`);

/** One duty the learner sorts into a zone. Its correct zone is derived from the matrix, never typed. */
export const SortCardSchema = strictObject({
  /** Stable id, unique within the exercise; saved progress is keyed by it. */
  id: idText,
  /** The duty in plain words, e.g. "Apply security updates to the guest operating system". */
  text: text('text'),
  /** Id of the matrix row this duty belongs to, e.g. `operating-system`. */
  row: z.string({ error: () => 'row is required: the id of a row in content/responsibility-matrix.json' }),
  /** Service type of this card; required in `mixed` exercises and not allowed elsewhere. */
  serviceType: ServiceTypeIdSchema.optional(),
  /** Optional one-line feedback that replaces the row's reason from the matrix. */
  explanation: text('explanation').optional(),
});

/** A sorting exercise: cards dragged (or moved) into owner zones under one or more service types. */
export const SortExerciseSchema = strictObject({
  /** Kind of exercise; `sort` is the default and may be left out. */
  kind: z.literal('sort').optional(),
  /** Heading shown above the exercise. */
  title: text('title'),
  /** What the learner should do, in one or two sentences. */
  instructions: text('instructions'),
  /** Id of the lesson that embeds this exercise, if any. */
  lesson: idText.optional(),
  /** Service type every card is judged under, or `mixed` when each card names its own. */
  serviceType: z.enum(EXERCISE_SERVICE_TYPES, {
    error: () => `must be one of ${EXERCISE_SERVICE_TYPES.join(', ')}`,
  }),
  /** Owner zones offered, in display order; must include every owner the cards need. */
  zones: z.array(OwnerIdSchema).min(2, 'offer at least two zones'),
  /** The duties to sort. */
  cards: z.array(SortCardSchema).min(1, 'add at least one card'),
  /**
   * Solutions of earlier versions of the exercise, newest first: card id → the zone that was right. Saved attempts
   * are keyed by card id, so an attempt made before a card was replaced is scored against its own version.
   */
  earlierKeys: z
    .array(z.record(idText, OwnerIdSchema), { error: () => 'earlierKeys must be a list of solutions, each mapping card ids to zones' })
    .default([]),
});

/** The "build the whole matrix" challenge: the learner picks an owner for every row × service type cell. */
export const MatrixExerciseSchema = strictObject({
  /** Always `matrix` for this kind. */
  kind: z.literal('matrix'),
  /** Heading shown above the challenge. */
  title: text('title'),
  /** What the learner should do, in one or two sentences. */
  instructions: text('instructions'),
  /** Id of the lesson that embeds this challenge, if any. */
  lesson: idText.optional(),
});

/** Checks the parts of an exercise that depend on the matrix: rows exist and every answer zone is offered. */
function checkAgainstMatrix(exercise: z.infer<typeof SortExerciseSchema>, ctx: z.RefinementCtx, source: Matrix) {
  const rowIds = source.rows.map((row) => row.id);
  const seenZones = new Set<string>();
  exercise.zones.forEach((zone, index) => {
    if (seenZones.has(zone)) ctx.addIssue({ code: 'custom', path: ['zones', index], message: `zone "${zone}" is listed twice` });
    seenZones.add(zone);
  });
  const seenCards = new Set<string>();
  exercise.cards.forEach((card, index) => {
    const at = (field: string) => ['cards', index, field];
    const name = `card "${card.id}"`;
    if (seenCards.has(card.id)) ctx.addIssue({ code: 'custom', path: at('id'), message: `${name} is a duplicate id` });
    seenCards.add(card.id);
    const row = source.rows.find((candidate) => candidate.id === card.row);
    if (!row) {
      ctx.addIssue({
        code: 'custom',
        path: at('row'),
        message: `${name} points at row "${card.row}", which is not in content/responsibility-matrix.json (rows: ${rowIds.join(', ')})`,
      });
    }
    if (exercise.serviceType === 'mixed' && !card.serviceType) {
      ctx.addIssue({ code: 'custom', path: at('serviceType'), message: `${name} needs a serviceType because the exercise is mixed` });
    }
    if (exercise.serviceType !== 'mixed' && card.serviceType) {
      ctx.addIssue({
        code: 'custom',
        path: at('serviceType'),
        message: `${name} sets serviceType, which only mixed exercises allow (this exercise is ${exercise.serviceType})`,
      });
    }
    const serviceType = exercise.serviceType === 'mixed' ? card.serviceType : exercise.serviceType;
    if (row && serviceType) {
      const answer = row.cells[serviceType];
      exercise.earlierKeys.forEach((key, keyIndex) => {
        const before = Object.hasOwn(key, card.id) ? key[card.id] : undefined;
        if (before !== undefined && before !== answer) {
          ctx.addIssue({
            code: 'custom',
            path: ['earlierKeys', keyIndex, card.id],
            message: `${name} belonged in "${before}" and now belongs in "${answer}"; give the changed card a new id so that saved attempts keep their meaning`,
          });
        }
      });
      if (!exercise.zones.includes(answer)) {
        ctx.addIssue({
          code: 'custom',
          path: at('row'),
          message: `${name} belongs in zone "${answer}" (${row.label} under ${serviceType}), which the exercise does not offer; add it to zones`,
        });
      }
    }
  });
}

/** Builds the exercise schema against a given matrix (the real one in content, a variant in tests). */
export function exerciseSchemaFor(source: Matrix) {
  return z.discriminatedUnion(
    'kind',
    [SortExerciseSchema.superRefine((exercise, ctx) => checkAgainstMatrix(exercise, ctx, source)), MatrixExerciseSchema],
    { error: () => 'kind must be "sort" (the default, may be left out) or "matrix"' },
  );
}

/** Schema of `content/exercises/*.yaml`, checked against the course's responsibility matrix. */
export const ExerciseSchema = exerciseSchemaFor(matrix);

/** A parsed sorting exercise. */
export type SortExercise = z.infer<typeof SortExerciseSchema>;
/** A parsed sorting card. */
export type SortCard = z.infer<typeof SortCardSchema>;
/** A parsed matrix challenge. */
export type MatrixExercise = z.infer<typeof MatrixExerciseSchema>;
/** Any parsed exercise. */
export type Exercise = SortExercise | MatrixExercise;
/** Owner ids an exercise may offer as zones. */
export type ZoneId = (typeof OWNER_IDS)[number];
