import { getCollection } from 'astro:content';
import { getOutline } from '~/data/lessons';
import { buildCourseKey } from '~/lib/progress/course-key';
import type { CourseKey } from '~/lib/progress/key';
import { prepareMatrixChallenge, solutionFor } from '~/lib/sort/answers';
import type { MatrixExercise, SortExercise } from '~/schemas/exercise';

/**
 * The course as plain data for progress: lessons in order with the checks and exercises that name them (the
 * `lesson:` field of their YAML), every answer key (exercise answers derived from the matrix), and the assessment.
 */
export async function getCourseKey(): Promise<CourseKey> {
  const [outline, lessonEntries, checkEntries, exerciseEntries] = await Promise.all([
    getOutline(),
    getCollection('lessons'),
    getCollection('checks'),
    getCollection('exercises'),
  ]);
  const checks = checkEntries.map((entry) => ({ id: entry.id, ...entry.data }));
  const exercises = exerciseEntries.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    lesson: entry.data.lesson,
    solution:
      entry.data.kind === 'matrix'
        ? prepareMatrixChallenge(entry.id, entry.data as MatrixExercise).solution
        : solutionFor(entry.data as SortExercise),
  }));
  return buildCourseKey(outline.lessons, checks, exercises, lessonEntries.map((entry) => entry.id));
}
