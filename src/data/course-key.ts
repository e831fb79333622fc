import { getCollection } from 'astro:content';
import { getExerciseKeys } from '~/data/exercises';
import { getOutline } from '~/data/lessons';
import { buildCourseKey } from '~/lib/progress/course-key';
import type { CourseKey } from '~/lib/progress/key';

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
  ]);
  const checks = checkEntries.map((entry) => ({ id: entry.id, ...entry.data }));
  return buildCourseKey(outline.lessons, checks, exercises, lessonEntries.map((entry) => entry.id));
}
