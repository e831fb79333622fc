import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CheckSchema } from './schemas/check';
import { LessonSchema } from './schemas/lesson';
import { ExerciseSchema } from './schemas/exercise';
import { GlossaryEntrySchema } from './schemas/glossary';

/** Lessons: one MDX file each in the top-level `content/lessons/` folder; the id is the file name. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: LessonSchema,
});

/** Glossary: one YAML file, entries keyed by term id; lessons link to them with <Term id>. */
const glossary = defineCollection({ loader: file('./content/glossary.yaml'), schema: GlossaryEntrySchema });

/** Exercises: sorting exercises and the matrix challenge, one YAML file each; the id is the file name. */
const exercises = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/exercises' }),
  schema: ExerciseSchema,
});

/** Knowledge checks and the final assessment: one YAML file each in `content/checks/`; the id is the file name. */
const checks = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/checks' }),
  schema: CheckSchema,
});

export const collections = { lessons, glossary, checks, exercises };
