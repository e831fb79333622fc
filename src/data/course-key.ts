import { getOutline } from '~/data/lessons';
import { buildCourseKey } from '~/lib/progress/course-key';
import type { CourseKey } from '~/lib/progress/key';

/** The course as plain data for progress: lessons in order with their checks and exercises, and answer keys. */
export async function getCourseKey(): Promise<CourseKey> {
  const outline = await getOutline();
  return buildCourseKey(outline.lessons, [], []);
}
