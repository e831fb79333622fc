import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CheckSchema } from './schemas/check';

/** Knowledge checks and the final assessment: one YAML file each, id = file name. */
const checks = defineCollection({
  loader: glob({ base: './content/checks', pattern: '**/*.yaml' }),
  schema: CheckSchema,
});

export const collections = { checks };
