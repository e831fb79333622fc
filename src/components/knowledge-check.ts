import { getCollection, getEntry, render } from 'astro:content';
import { resolveCheck, unknownCheckError, type LessonOutline } from '../lib/quiz/resolve';
import type { KnowledgeCheckProps } from '../islands/knowledge-check/types';
import { withBase } from '../lib/urls';

let outlines: Promise<LessonOutline[]> | undefined;

/** Every lesson's id, title and heading anchors, read once per build. */
function lessonOutlines(): Promise<LessonOutline[]> {
  outlines ??= getCollection('lessons').then((lessons) =>
    Promise.all(
      lessons.map(async (lesson) => ({
        id: lesson.id,
        title: lesson.data.title,
        headings: (await render(lesson)).headings,
      })),
    ),
  );
  return outlines;
}

/** Loads a check by id as island props; stops the build with a clear message for an unknown id or a broken link. */
export async function loadKnowledgeCheck(checkId: string, usedIn: string): Promise<KnowledgeCheckProps> {
  const entry = await getEntry('checks', checkId);
  if (!entry) {
    const known = (await getCollection('checks')).map((check) => check.id);
    throw unknownCheckError(checkId, known, usedIn);
  }
  return resolveCheck(checkId, entry.data, await lessonOutlines(), (lessonId) => withBase(`/lessons/${lessonId}/`));
}
