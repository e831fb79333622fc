// Pure generation of a synthetic course for the scaling benchmark: copies of the real lessons (and of the
// knowledge check each one embeds) under new ids, until the course has the requested number of lessons. Copying real,
// schema-valid content keeps the synthetic course honest: the same components, the same kinds of check, the same
// prose length, whatever the content format becomes.
import { renameCheckObjectives, renameLessonObjectives } from './objective-ids.mjs';

/** @typedef {{ id: string, mdx: string }} LessonSource */
/** @typedef {{ id: string, yaml: string }} CheckSource */
/** @typedef {{ lessons: LessonSource[], checks: CheckSource[] }} GeneratedContent */

const CHECK_TAG = /<KnowledgeCheck\s+id=["']([^"']+)["']/g;

/** The ids of the knowledge checks a lesson embeds. */
export function embeddedCheckIds(/** @type {string} */ mdx) {
  return [...mdx.matchAll(CHECK_TAG)].map((match) => /** @type {string} */ (match[1]));
}

/**
 * New lessons (and their checks) that bring the course up to `total` lessons. Lesson `i` is a copy of real lesson
 * `i mod n` with id `synthetic-<i>`, a unique `order` after the real ones, its objective ids prefixed with its id (they
 * must be unique in the course) and its checks copied to new ids, their questions naming the renamed objectives.
 * @param {{ lessons: LessonSource[], checks: CheckSource[], total: number }} options
 * @returns {GeneratedContent}
 */
export function generateSyntheticCourse({ lessons, checks, total }) {
  if (lessons.length === 0) throw new Error('The course has no lessons to copy.');
  const checksById = new Map(checks.map((check) => [check.id, check]));
  const generated = /** @type {GeneratedContent} */ ({ lessons: [], checks: [] });
  const firstOrder = 1000;
  for (let index = 0; generated.lessons.length + lessons.length < total; index += 1) {
    const source = /** @type {LessonSource} */ (lessons[index % lessons.length]);
    const id = `synthetic-${String(index + 1).padStart(3, '0')}`;
    const rename = (/** @type {string} */ objective) => `${id}-${objective}`;
    let mdx = renameLessonObjectives(source.mdx.replace(/^order:\s*\d+\s*$/m, `order: ${firstOrder + index}`), rename);
    for (const checkId of embeddedCheckIds(source.mdx)) {
      const check = checksById.get(checkId);
      if (!check) continue;
      const newCheckId = `${id}-${checkId}`;
      mdx = mdx.replaceAll(new RegExp(`(<KnowledgeCheck\\s+id=["'])${escapeRegExp(checkId)}(["'])`, 'g'), `$1${newCheckId}$2`);
      // The check belongs to the new lesson and points its review links there (the sections are the same).
      const yaml = renameCheckObjectives(
        check.yaml.replace(new RegExp(`(\\blesson:\\s*["']?)${escapeRegExp(source.id)}\\b`, 'g'), `$1${id}`),
        rename,
      );
      generated.checks.push({ id: newCheckId, yaml });
    }
    generated.lessons.push({ id, mdx });
  }
  return generated;
}

function escapeRegExp(/** @type {string} */ text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
