import { z } from 'astro/zod';
import { strictObject } from './strict';

/** One learning objective: what the learner can do after the lesson, with the id its questions name. */
export const ObjectiveSchema = strictObject(
  {
    /** Stable id, unique across the course; knowledge-check questions name it in `objective:`. */
    id: z
      .string({ error: 'id is required: a kebab-case name for the objective, e.g. iaas-guest-os-patching' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase words joined by hyphens, e.g. iaas-guest-os-patching'),
    /** The objective as the learner reads it, one sentence. */
    text: z.string({ error: 'text is required: the objective in one sentence' }).trim().min(1, 'text must not be empty'),
  },
  { error: 'must be an object with an id and a text, e.g. { id: iaas-guest-os-patching, text: "Explain who patches…" }' },
);

/** Frontmatter of one lesson in `content/lessons/*.mdx`. */
export const LessonSchema = strictObject({
  /** Lesson title, shown as the page's h1 and in navigation. */
  title: z.string({ error: 'is required: give the lesson a title' }).trim().min(1, 'must not be empty'),
  /** One or two sentences for meta tags and lesson cards. */
  description: z
    .string({ error: 'is required: describe the lesson in a sentence or two' })
    .trim()
    .min(1, 'must not be empty')
    .max(160, 'must be at most 160 characters so search engines show it whole'),
  /**
   * Position in the course: lessons are sorted by it, and every lesson needs its own. Any number above 0, so that a
   * lesson can go between two others (4.5 between 4 and 5) without renumbering the lessons after it; learners'
   * progress is keyed by the lesson's id (its file name), never by its order.
   */
  order: z
    .number({ error: 'is required: a number giving the lesson position, e.g. 3 (or 4.5 to go between 4 and 5)' })
    .positive('must be above 0'),
  /** Honest time to read the lesson and do its activities, in minutes. */
  minutes: z
    .number({ error: 'is required: the estimated minutes to complete the lesson' })
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120; split a longer lesson'),
  /**
   * Minutes to teach the lesson in class, its check and exercises included: the For instructors page and its
   * 50-minute plan are built from it. Optional; without it they show the self-study minutes and say so.
   */
  classMinutes: z
    .number({ error: 'must be a number of minutes, e.g. 15' })
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120; split a longer lesson')
    .optional(),
  /** What the learner can do after the lesson, each with an id that questions name in `objective:`. */
  objectives: z
    .array(ObjectiveSchema, { error: 'is required: a list of learning objectives, each with an id and a text' })
    .min(1, 'needs at least one learning objective')
    .superRefine((objectives, ctx) => {
      const seen = new Set<string>();
      objectives.forEach((objective, index) => {
        if (seen.has(objective.id)) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `objective id "${objective.id}" is used twice in this lesson` });
        }
        seen.add(objective.id);
      });
    }),
  /** Drafts are built in development and left out of production builds. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
});

/** A parsed learning objective. */
export type Objective = z.infer<typeof ObjectiveSchema>;
/** Parsed lesson frontmatter. */
export type LessonData = z.infer<typeof LessonSchema>;
