import { getCollection } from 'astro:content';
import { getExerciseKeys } from '~/data/exercises';
import { getOutline } from '~/data/lessons';
import { formatLintProblems, lintCourse } from '~/lib/authoring/item-lint';
import { buildCourseKey } from '~/lib/progress/course-key';
import type { CourseKey } from '~/lib/progress/key';
import { ContentError } from '~/schemas/content-error';

/**
 * Runs the item-writing lint over every lesson and check and stops the build with one line per problem. Every page
 * asks for the course key, so every build (and every page in development) runs it; it takes a few milliseconds.
 */
async function lintContent(): Promise<void> {
  const [lessons, checks] = await Promise.all([getCollection('lessons'), getCollection('checks')]);
  const problems = lintCourse(
    lessons.map((entry) => ({ id: entry.id, objectives: entry.data.objectives })),
    checks.map((entry) => ({ id: entry.id, kind: entry.data.kind, lesson: entry.data.lesson, questions: entry.data.questions })),
  );
  if (problems.length > 0) {
    // Located at the first problem's question or objective, so that `Location:` and the dev overlay open its line.
    const first = problems[0]!;
    const subjectId = /"([^"]+)"/.exec(first.subject)?.[1];
    const check = checks.find((entry) => `content/checks/${entry.id}.yaml` === first.file);
    const lesson = lessons.find((entry) => `content/lessons/${entry.id}.mdx` === first.file);
    const path = check
      ? ['questions', check.data.questions.findIndex((question) => question.id === subjectId)]
      : lesson
        ? ['objectives', lesson.data.objectives.findIndex((objective) => objective.id === subjectId), 'id']
        : [];
    throw new ContentError(formatLintProblems(problems), { file: first.file, path: path.includes(-1) ? [] : path });
  }
}

/**
 * The course as plain data for progress: lessons in order with the checks and exercises that name them (the
 * `lesson:` field of their YAML), every answer key (exercise answers derived from the matrix), and the assessment.
 */
export async function getCourseKey(): Promise<CourseKey> {
  const [outline, lessonEntries, checkEntries, exercises] = await Promise.all([
    getOutline(),
    getCollection('lessons'),
    getCollection('checks'),
    getExerciseKeys(),
    lintContent(),
  ]);
  const checks = checkEntries.map((entry) => ({ id: entry.id, ...entry.data }));
  return buildCourseKey(outline.lessons, checks, exercises, lessonEntries.map((entry) => entry.id));
}
