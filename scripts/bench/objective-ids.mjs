// Copies of lessons and checks (the synthetic course, the reading-only fixture lesson) must keep the course's rule that
// an objective id means one objective in the whole course, and that each question names an objective of its lesson.
// These rename the objective ids in a copy's lesson frontmatter and in its check's questions, the same way.

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * A lesson's MDX with every objective id in its frontmatter renamed (the frontmatter has no other `id:` key).
 * @param {string} mdx
 * @param {(id: string) => string} rename
 */
export function renameLessonObjectives(mdx, rename) {
  const match = /^---\n([\s\S]*?)\n---/.exec(mdx);
  if (!match) return mdx;
  const frontmatter = (match[1] ?? '').replace(new RegExp(`(\\bid:[ \\t]*)(["']?)(${ID})\\2`, 'g'), (_all, key, quote, id) => `${key}${quote}${rename(id)}${quote}`);
  return `---\n${frontmatter}\n---${mdx.slice(match[0].length)}`;
}

/**
 * A check's YAML with the objective every question names renamed.
 * @param {string} yaml
 * @param {(id: string) => string} rename
 */
export function renameCheckObjectives(yaml, rename) {
  return yaml.replace(new RegExp(`(\\bobjective:[ \\t]*)(["']?)(${ID})\\2`, 'g'), (_all, key, quote, id) => `${key}${quote}${rename(id)}${quote}`);
}
