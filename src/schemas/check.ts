import { z } from 'astro/zod';
import { ServiceTypeIdSchema } from './matrix';
import { strictObject } from './strict';

/** Kinds of question a knowledge check can ask. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
/** Kinds of check: a short one inside a lesson, or the course's final assessment. */
export const CHECK_KINDS = ['lesson', 'assessment'] as const;

const slug = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} must be lowercase words joined by hyphens, e.g. guest-os-patching`);

const text = (what: string) =>
  z.string({ error: `${what} is required` }).trim().min(1, `${what} must not be empty`);

/** The sorted ids of the correct options. */
function correctIds(options: readonly { id: string; correct: boolean }[]): string[] {
  return options.filter((option) => option.correct).map((option) => option.id).sort();
}

/** A pointer to the lesson section that teaches something. */
export const ReviewLinkSchema = strictObject({
  /** Lesson id (file name in content/lessons without .mdx). */
  lesson: slug('review.lesson'),
  /** Heading anchor in that lesson, as Astro slugs the heading text; omit to link to the lesson's start. */
  section: slug('review.section').optional(),
});

/** The matrix cell a question asks about; its correct option id must be the owner id in that cell. */
export const MatrixRefSchema = strictObject({
  /** Row id in content/responsibility-matrix.json, e.g. operating-system. */
  row: slug('matrix.row'),
  /** Service type id: on-premises, iaas, paas or saas. */
  serviceType: ServiceTypeIdSchema,
});

/** One answer option with the feedback it earns. */
export const OptionSchema = strictObject({
  /** Stable id, unique within its question; saved in progress, so never rename it. */
  id: slug('option id'),
  /** What the learner reads next to the radio button or checkbox. */
  text: text('option text'),
  /** Whether choosing this option is right; defaults to false. */
  correct: z.boolean({ error: 'correct must be true or false' }).default(false),
  /** Why this option is right or wrong, shown after checking. Required: its question reports a missing one by name. */
  explanation: z.string({ error: 'explanation must be text' }).trim().optional(),
  /** The mistaken belief that picking (or missing) this option reveals, e.g. "thinks the provider patches the guest OS on IaaS". */
  misconception: text('misconception').optional(),
  /** The lesson section to review when this option is answered wrongly. */
  review: ReviewLinkSchema.optional(),
});

/** One question with its options. */
export const QuestionSchema = strictObject({
    /** Stable id, unique within the check; saved in progress, so never rename it. */
    id: slug('question id'),
    /** single (one answer), multiple (select all that apply) or true-false. */
    type: z.enum(QUESTION_TYPES, { error: () => `type must be one of ${QUESTION_TYPES.join(', ')}` }),
    /** The question as the learner reads it. */
    prompt: text('prompt'),
    /** Id of the learning objective this question assesses (an id from a lesson's `objectives:`). */
    objective: slug('objective'),
    /**
     * True for a scenario: an incident or design decision the lessons do not tell, to be reasoned out. Every wrong
     * option of a scenario names the misconception it reveals, so the assessment's summary stays meaningful.
     */
    scenario: z.boolean({ error: 'scenario must be true or false' }).default(false),
    /** The lesson section that teaches this question; the assessment summary links to it. */
    review: ReviewLinkSchema.optional(),
    /** The matrix cell this question tests, so a unit test can prove the answer against the data file. */
    matrix: MatrixRefSchema.optional(),
    /** Answer options, shown in this order unless the check shuffles them. */
    options: z.array(OptionSchema).min(2, 'a question needs at least two options'),
  })
  .superRefine((question, ctx) => {
    const name = `question "${question.id}"`;
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (seen.has(option.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'id'],
          message: `${name} has two options with id "${option.id}"; option ids must be unique within a question`,
        });
      }
      seen.add(option.id);
      if (!option.explanation) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'explanation'],
          message: `${name}, option "${option.id}" has no explanation; say why this option is right or wrong`,
        });
      }
    });
    // A learner who picks a wrong option of a single-choice or true/false question (or of any scenario) is told the
    // belief it reveals, and the assessment summary gathers them; a wrong option of a multiple-response question may
    // be a slip rather than a belief, so there it is optional.
    const why = question.scenario ? 'is a scenario' : question.type === 'single' ? 'is single choice' : question.type === 'true-false' ? 'is true/false' : undefined;
    if (why) {
      question.options.forEach((option, index) => {
        if (!option.correct && !option.misconception) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', index, 'misconception'],
            message: `${name} ${why}, and its wrong option "${option.id}" names no misconception; say which mistaken belief choosing it reveals`,
          });
        }
      });
    }
    const correct = question.options.filter((option) => option.correct).length;
    if (question.type === 'single' && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `${name} is single choice and needs exactly one option with correct: true (found ${correct})`,
      });
    }
    if (question.type === 'true-false') {
      if (question.options.length !== 2) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `${name} is true-false and needs exactly two options (found ${question.options.length})`,
        });
      }
      if (correct !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `${name} is true-false and needs exactly one option with correct: true (found ${correct})`,
        });
      }
    }
    if (question.type === 'multiple' && correct === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `${name} is multiple response and needs at least one option with correct: true`,
      });
    }
  })
  // Every option has an explanation once the checks above pass.
  .transform((question) => question as Omit<typeof question, 'options'> & { options: (z.infer<typeof OptionSchema> & { explanation: string })[] });

/** A knowledge check: a lesson's short quiz or the final assessment. */
export const CheckSchema = strictObject({
    /** Heading shown above the check. */
    title: text('title').default('Check your knowledge'),
    /** The lesson this check belongs to; omit for the assessment. */
    lesson: slug('lesson').optional(),
    /** lesson (inside a lesson) or assessment (the final assessment page). */
    kind: z.enum(CHECK_KINDS, { error: () => `kind must be one of ${CHECK_KINDS.join(', ')}` }).default('lesson'),
    /** Whether options are shuffled, with a new order on every retry. True-false options never move. */
    shuffle: z.boolean({ error: 'shuffle must be true or false' }).default(true),
    /** Share of questions needed to pass, from 0 to 1; used by the assessment. */
    passMark: z
      .number({ error: 'passMark must be a number between 0 and 1, e.g. 0.8' })
      .gt(0, 'passMark must be above 0')
      .max(1, 'passMark must be at most 1 (it is a share, e.g. 0.8 for 80%)')
      .default(0.8),
    /** Assessment only: how many questions to draw from the pool for each attempt. */
    draw: z.number({ error: 'draw must be a whole number' }).int('draw must be a whole number').positive().optional(),
    /** The questions (for a drawn assessment, the pool). */
    questions: z.array(QuestionSchema).min(1, 'a check needs at least one question'),
    /**
     * Answer keys of earlier versions of the check, newest first: question id → its correct option ids. Learners'
     * attempts are saved by question and option ids, so an attempt made before a question was replaced is graded
     * against the key it was made with and keeps its meaning (see docs/progress.md, "Changing a check or exercise").
     */
    earlierKeys: z
      .array(
        z.record(slug('question id'), z.array(slug('option id')).min(1, 'a question of an earlier key needs its correct option ids')),
        { error: 'earlierKeys must be a list of keys, each mapping question ids to their correct option ids' },
      )
      .default([]),
  })
  .superRefine((check, ctx) => {
    const seen = new Set<string>();
    check.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `two questions have id "${question.id}"; question ids must be unique within a check`,
        });
      }
      seen.add(question.id);
    });
    // A question id that is both current and in an earlier key must have kept its answer: an id that now asks
    // something else would regrade old attempts.
    const current = new Map(check.questions.map((question) => [question.id, correctIds(question.options)]));
    check.earlierKeys.forEach((key, index) => {
      for (const [questionId, optionIds] of Object.entries(key)) {
        const now = current.get(questionId);
        if (now && now.join(' ') !== [...optionIds].sort().join(' ')) {
          ctx.addIssue({
            code: 'custom',
            path: ['earlierKeys', index, questionId],
            message:
              `question "${questionId}" had the correct options ${optionIds.join(', ')} and now has ${now.join(', ')}; ` +
              'give the changed question a new id so that saved attempts keep their meaning',
          });
        }
      }
    });
    if (check.kind === 'lesson' && !check.lesson) {
      ctx.addIssue({ code: 'custom', path: ['lesson'], message: 'a lesson check needs the id of its lesson' });
    }
    if (check.draw !== undefined) {
      if (check.kind !== 'assessment') {
        ctx.addIssue({ code: 'custom', path: ['draw'], message: 'draw is only for kind: assessment' });
      } else if (check.draw > check.questions.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['draw'],
          message: `draw is ${check.draw} but the pool has only ${check.questions.length} questions`,
        });
      }
    }
  });

/** A link to a lesson section. */
export type ReviewLink = z.infer<typeof ReviewLinkSchema>;
/** A parsed answer option (with its explanation, which its question checks). */
export type Option = Question['options'][number];
/** A parsed question. */
export type Question = z.infer<typeof QuestionSchema>;
/** A question type id. */
export type QuestionType = Question['type'];
/** A parsed knowledge check. */
export type Check = z.infer<typeof CheckSchema>;
