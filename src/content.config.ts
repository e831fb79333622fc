import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { CheckSchema } from './schemas/check';
import { LessonSchema } from './schemas/lesson';
import { ExerciseSchema } from './schemas/exercise';
import { GlossaryEntrySchema } from './schemas/glossary';
import { checkLessonReferences } from './lib/authoring/lesson-references';
import { checkedLoader } from './integrations/authoring/checked-loader';
import { readLessonVocabulary } from './integrations/authoring/lesson-vocabulary';

// Every loader is checked (src/integrations/authoring/checked-loader.ts): a mistake stops the build once, naming the
// file, the field and its line, and shows in `npm run dev`'s browser overlay.

/**
 * Lessons: one MDX file each in the top-level `content/lessons/` folder; the id is the file name. Besides the
 * frontmatter, the build checks that every component a lesson uses exists and every id it names has its file.
 */
const lessons = defineCollection({
  loader: checkedLoader(glob({ pattern: '**/*.mdx', base: './content/lessons' }), {
    schema: LessonSchema,
    checkSource: (source, root) => checkLessonReferences(source, readLessonVocabulary(join(root, 'content'))),
  }),
  schema: LessonSchema,
});

/** Glossary: one YAML file, entries keyed by term id; lessons link to them with <Term id>. */
const glossary = defineCollection({
  loader: checkedLoader(file('./content/glossary.yaml'), { schema: GlossaryEntrySchema, pathInFile: (id) => [id] }),
  schema: GlossaryEntrySchema,
});

/** Exercises: sorting exercises and the matrix challenge, one YAML file each; the id is the file name. */
const exercises = defineCollection({
  loader: checkedLoader(glob({ pattern: '**/*.yaml', base: './content/exercises' }), { schema: ExerciseSchema }),
  schema: ExerciseSchema,
});

/** Knowledge checks and the final assessment: one YAML file each in `content/checks/`; the id is the file name. */
const checks = defineCollection({
  loader: checkedLoader(glob({ pattern: '**/*.yaml', base: './content/checks' }), { schema: CheckSchema }),
  schema: CheckSchema,
});

export const collections = { lessons, glossary, checks, exercises };
