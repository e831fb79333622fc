import { z } from 'astro/zod';

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
  /** What the learner can do after the lesson, one sentence each. */
  objectives: z
    .array(z.string().trim().min(1, 'must not be empty'), {
      error: 'is required: a list of learning objectives',
    })
    .min(1, 'needs at least one learning objective'),
  /** Drafts are built in development and left out of production builds. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
});

/** Parsed lesson frontmatter. */
export type LessonData = z.infer<typeof LessonSchema>;
