import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonSchema } from './schemas/lesson';

/** Lessons: one MDX file each in the top-level `content/lessons/` folder; the id is the file name. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: LessonSchema,
});

export const collections = { lessons };
