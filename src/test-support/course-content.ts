// Tests read the course's own content files, so that adding a lesson or an exercise never means editing a list in a
// test. Node only: unit tests (Vitest) and Playwright specs import this, pages never do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const CONTENT = join(import.meta.dirname, '../../content');

/** A lesson as its frontmatter names it: what tests need to find it and check it. */
export interface LessonFile {
  /** File name without `.mdx`: the lesson's id and URL segment. */
  id: string;
  /** The lesson's title, its page's h1. */
  title: string;
  /** Position in the course. */
  order: number;
  /** Objective ids the frontmatter gives (objectives written as bare sentences have none). */
  objectiveIds: string[];
}

/** The published lessons (drafts left out) in course order, read from content/lessons/*.mdx. */
export function lessonFiles(): LessonFile[] {
  const dir = join(CONTENT, 'lessons');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
      if (!frontmatter) throw new Error(`content/lessons/${file} has no frontmatter`);
      const data = parse(frontmatter) as { title: string; order: number; draft?: boolean; objectives: (string | { id?: string })[] };
      return { file, data };
    })
    .filter(({ data }) => !data.draft)
    .map(({ file, data }) => ({
      id: file.replace(/\.mdx$/, ''),
      title: data.title,
      order: data.order,
      objectiveIds: data.objectives.flatMap((objective) => (typeof objective === 'object' && objective.id ? [objective.id] : [])),
    }))
    .sort((a, b) => a.order - b.order);
}

/** The ids of the lessons in course order. */
export function lessonIds(): string[] {
  return lessonFiles().map((lesson) => lesson.id);
}

/** An answer option as a check's YAML file gives it. */
export interface CheckOption {
  id: string;
  text: string;
  correct?: boolean;
  explanation: string;
  misconception?: string;
}

/** A question as a check's YAML file gives it. */
export interface CheckQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  options: CheckOption[];
}

/** A knowledge check's questions (or the final assessment's pool), read from content/checks/<id>.yaml. */
export function checkQuestions(id: string): CheckQuestion[] {
  return (parse(readFileSync(join(CONTENT, 'checks', `${id}.yaml`), 'utf8')) as { questions: CheckQuestion[] }).questions;
}

/** The ids of every exercise in content/exercises, sorting exercises and the matrix challenge alike. */
export function exerciseIds(): string[] {
  return readdirSync(join(CONTENT, 'exercises'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .sort();
}
