import { z } from 'astro/zod';

/**
 * One learning objective: a sentence, or `{ id, text }` when questions assess it by id (`objective:` in a check).
 * Both forms parse to `{ id?, text }`.
 */
export const ObjectiveSchema = z.preprocess(
  // A bare sentence is the same as `{ text }`, so that errors always name the field that is wrong.
  (objective) => (typeof objective === 'string' ? { text: objective } : objective),
  z.object(
    {
      /** Stable id, unique across the course, that questions name in `objective:`. */
      id: z
        .string({ error: 'id must be text' })
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens, e.g. place-unnamed-services')
        .optional(),
      /** The objective as the learner reads it. */
      text: z.string({ error: 'text is required: the objective as the learner reads it' }).trim().min(1, 'must not be empty'),
    },
    { error: 'must be a sentence, or { id, text }' },
  ),
);

/** A parsed learning objective. */
export type Objective = z.infer<typeof ObjectiveSchema>;

/** Frontmatter of one lesson in `content/lessons/*.mdx`. */
export const LessonSchema = z.object({
  /** Lesson title, shown as the page's h1 and in navigation. */
  title: z.string({ error: 'is required: give the lesson a title' }).trim().min(1, 'must not be empty'),
  /** One or two sentences for meta tags and lesson cards. */
  description: z
    .string({ error: 'is required: describe the lesson in a sentence or two' })
    .trim()
    .min(1, 'must not be empty')
    .max(160, 'must be at most 160 characters so search engines show it whole'),
  /** Position in the course; every lesson needs its own. */
  order: z
    .number({ error: 'is required: a whole number giving the lesson position, e.g. 3' })
    .int('must be a whole number')
    .positive('must be 1 or more'),
  /** Honest time to read the lesson and do its activities, in minutes. */
  minutes: z
    .number({ error: 'is required: the estimated minutes to complete the lesson' })
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120; split a longer lesson'),
  /** What the learner can do after the lesson, one sentence each; with an id, questions can name it in `objective:`. */
  objectives: z
    .array(ObjectiveSchema, {
      error: 'is required: a list of learning objectives',
    })
    .min(1, 'needs at least one learning objective'),
  /** Drafts are built in development and left out of production builds. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
});

/** Parsed lesson frontmatter. */
export type LessonData = z.infer<typeof LessonSchema>;
