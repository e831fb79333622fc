import { getCollection, type CollectionEntry } from 'astro:content';
import { buildOutline, type CourseOutline } from '~/lib/course';

/** Whether draft lessons are shown: in development only. */
const includeDrafts = import.meta.env.DEV;

/** Published lesson entries in course order (drafts too while developing). */
export async function getLessonEntries(): Promise<CollectionEntry<'lessons'>[]> {
  const outline = await getOutline();
  const entries = await getCollection('lessons');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return outline.lessons.map((lesson) => byId.get(lesson.id)!);
}

/** The course outline: ordered lessons and total minutes; fails the build on a duplicated order. */
export async function getOutline(): Promise<CourseOutline> {
  return buildOutline(await getCollection('lessons'), { includeDrafts });
}

/** getStaticPaths for a page per lesson: `[lesson]` is the lesson id, and the entry is passed as a prop. */
export async function lessonPaths(): Promise<{ params: { lesson: string }; props: { entry: CollectionEntry<'lessons'> } }[]> {
  const entries = await getLessonEntries();
  return entries.map((entry) => ({ params: { lesson: entry.id }, props: { entry } }));
}
