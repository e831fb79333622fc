// Pure generation of the reading-only lesson that stands for the "reading" page kind. Every lesson of this course
// ends with a knowledge check, so none of them is reading-only; the fixture site (npm run build:fixture) is the course
// plus one lesson made from a real one with its interactive components taken out, so the reading budget measures what
// the lesson template itself ships.
import { renameCheckObjectives, renameLessonObjectives } from './objective-ids.mjs';

/** The MDX components that render an island: a reading-only lesson has none of them. */
export const INTERACTIVE_COMPONENTS = /** @type {const} */ (['KnowledgeCheck', 'MatrixChallenge', 'ResponsibilitySort']);

/** The id (file name) of the reading-only lesson in the fixture site. */
export const READING_LESSON_ID = 'reading-only-sample';

/** The real lesson the reading-only lesson is made from: the course's first lesson. */
export const READING_LESSON_SOURCE = 'why-datacenter-security-is-hard';

/** The copy's objective ids: the source's with the copy's id in front, since an objective id is unique in a course. */
const copyObjective = (/** @type {string} */ id) => `${READING_LESSON_ID}-${id}`;

/**
 * A copy of a lesson's MDX with every interactive component removed, a given `order`, a title that says what it
 * is, and its own objective ids. Throws when the lesson uses an interactive component in a form it cannot remove
 * (with children).
 * @param {string} mdx
 * @param {{ order: number }} options
 */
export function readingOnlyLesson(mdx, { order }) {
  let text = mdx;
  for (const name of INTERACTIVE_COMPONENTS) {
    text = text.replace(new RegExp(`^[ \\t]*<${name}\\b[^>]*/>[ \\t]*\\n?`, 'gm'), '');
    if (new RegExp(`<${name}\\b`).test(text)) {
      throw new Error(`The lesson uses <${name}> in a form the reading-only copy cannot remove (only <${name} … /> on its own line).`);
    }
  }
  const title = /^title:[ \t]*(.+)$/m.exec(text);
  if (!title || !/^order:[ \t]*\d+[ \t]*$/m.test(text)) throw new Error('The lesson has no title or order in its frontmatter.');
  const plainTitle = (title[1] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
  return renameLessonObjectives(
    text
      .replace(/^order:[ \t]*\d+[ \t]*$/m, `order: ${order}`)
      .replace(/^title:[ \t]*.+$/m, `title: ${JSON.stringify(`${plainTitle} (reading-only copy)`)}`),
    copyObjective,
  );
}

/**
 * A copy of the source lesson's check that belongs to the reading-only lesson without being embedded in it: the
 * build requires every objective of every lesson to be assessed by its lesson's check, and the copy keeps that true
 * while the page stays free of islands.
 * @param {string} yaml the check the source lesson embeds
 * @param {string} sourceLessonId
 */
export function readingOnlyCheck(yaml, sourceLessonId) {
  const escaped = sourceLessonId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return renameCheckObjectives(yaml.replace(new RegExp(`^lesson:[ \t]*["']?${escaped}["']?[ \t]*$`, 'm'), `lesson: ${READING_LESSON_ID}`), copyObjective);
}

/** The next free `order` after the given lessons' orders. */
export function nextOrder(/** @type {string[]} */ lessonsMdx) {
  const orders = lessonsMdx.map((mdx) => Number(/^order:[ \t]*(\d+)/m.exec(mdx)?.[1] ?? 0));
  return Math.max(0, ...orders) + 1;
}
