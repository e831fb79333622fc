import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MDX_COMPONENT_NAMES } from '../../components/mdx-component-names';
import type { LessonVocabulary } from '../../lib/authoring/lesson-references';

/** The ids of the YAML files in a folder, without `.yaml`. */
function yamlIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''));
}

/** The kind of an exercise file, read leniently: a broken file is reported by its own collection, not here. */
function exerciseKind(path: string): string {
  try {
    const data = parse(readFileSync(path, 'utf8')) as { kind?: unknown } | null;
    return typeof data?.kind === 'string' ? data.kind : 'sort';
  } catch {
    return 'unreadable';
  }
}

/** What lessons may name, read from the content folder as it is now (so `npm run dev` sees files added since). */
export function readLessonVocabulary(contentDir: string): LessonVocabulary {
  const exercisesDir = join(contentDir, 'exercises');
  const exercises = yamlIds(exercisesDir).map((id) => ({ id, kind: exerciseKind(join(exercisesDir, `${id}.yaml`)) }));
  let terms: string[] = [];
  try {
    const glossary = parse(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as Record<string, unknown> | null;
    terms = Object.keys(glossary ?? {});
  } catch {
    // A missing or broken glossary is reported by the glossary collection itself.
  }
  return {
    components: MDX_COMPONENT_NAMES,
    checks: yamlIds(join(contentDir, 'checks')),
    sorts: exercises.filter((exercise) => exercise.kind !== 'matrix').map((exercise) => exercise.id),
    matrixChallenges: exercises.filter((exercise) => exercise.kind === 'matrix').map((exercise) => exercise.id),
    terms,
  };
}
