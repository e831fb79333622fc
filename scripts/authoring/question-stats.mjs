// Figures about the course's questions that the item-writing rules are about, for authors and reviewers:
//   node scripts/authoring/question-stats.mjs [checks-folder] [lessons-folder]
// (defaults: content/checks and content/lessons). Point it at an older copy of the folders to compare before and after.
// It reports the number of questions by type; per check and in total, the single-choice questions whose key is the
// longest option (strictly, and by the lint's clear margin) and the true/false keys; the assessment pool's size, draw
// and scenarios, its prompt closest to a lesson question and the lessons a draw spreads over; and objectives no
// question assesses. It reads the files as they are and never changes them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { keyIsLongest, wordOverlap } from '../../src/lib/authoring/item-lint.ts';

const [checksDir = 'content/checks', lessonsDir = 'content/lessons'] = process.argv.slice(2);

/** The checks in a folder, by id, as authored (YAML). */
function readChecks(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, file), 'utf8')) }));
}

/** Each lesson's objective ids (an objective written as a bare sentence has none). */
function readObjectives(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
      const objectives = parse(frontmatter).objectives ?? [];
      return { lesson: file.replace(/\.mdx$/, ''), ids: objectives.map((objective) => objective?.id).filter(Boolean) };
    });
}

const isStrictlyLongest = (question) => {
  const key = question.options.find((option) => option.correct);
  if (!key) return false;
  return question.options.every((option) => option === key || option.text.trim().length < key.text.trim().length);
};
const normalised = (question) => ({ ...question, options: question.options.map((option) => ({ ...option, correct: option.correct === true })) });
const trueKey = (question) => question.options.find((option) => option.correct)?.id === 'true';
const percent = (part, whole) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

const checks = readChecks(checksDir);
const rows = [];
const total = { singles: 0, strict: 0, margin: 0, tf: 0, trues: 0 };
for (const check of checks) {
  const singles = check.questions.filter((question) => question.type === 'single').map(normalised);
  const tf = check.questions.filter((question) => question.type === 'true-false');
  const strict = singles.filter(isStrictlyLongest).length;
  const margin = singles.filter(keyIsLongest).length;
  const trues = tf.filter(trueKey).length;
  rows.push([check.id, `${strict}/${singles.length} (${percent(strict, singles.length)})`, `${margin}/${singles.length}`, `${trues} true, ${tf.length - trues} false`]);
  total.singles += singles.length;
  total.strict += strict;
  total.margin += margin;
  total.tf += tf.length;
  total.trues += trues;
}
rows.push(['all checks', `${total.strict}/${total.singles} (${percent(total.strict, total.singles)})`, `${total.margin}/${total.singles} (${percent(total.margin, total.singles)})`, `${total.trues} true, ${total.tf - total.trues} false (${percent(total.trues, total.tf)} true)`]);

const header = ['check', 'key is the longest option', 'by a clear margin', 'true/false keys'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
const countOf = (type) => checks.reduce((sum, check) => sum + check.questions.filter((question) => question.type === type).length, 0);
const questionCount = checks.reduce((sum, check) => sum + check.questions.length, 0);
console.log(`Questions in ${checksDir}: ${questionCount} (single choice ${countOf('single')}, multiple response ${countOf('multiple')}, true/false ${countOf('true-false')})\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));

const assessment = checks.find((check) => check.kind === 'assessment');
if (assessment) {
  const pool = assessment.questions;
  const scenarios = pool.filter((question) => question.scenario === true);
  const tf = pool.filter((question) => question.type === 'true-false');
  const groups = new Map();
  for (const question of pool) groups.set(question.review?.lesson ?? '(none)', (groups.get(question.review?.lesson ?? '(none)') ?? 0) + 1);
  console.log(`\nFinal assessment (${assessment.id}): pool ${pool.length}, draw ${assessment.draw ?? 'all'}`);
  console.log(`  scenario questions: ${scenarios.length} of ${pool.length} (${percent(scenarios.length, pool.length)})`);
  console.log(`  true/false in the pool: ${tf.filter(trueKey).length} true, ${tf.filter((question) => !trueKey(question)).length} false`);
  const lessonPrompts = checks.filter((check) => check.kind === 'lesson').flatMap((check) => check.questions.map((question) => ({ id: `${check.id}/${question.id}`, prompt: question.prompt })));
  const closest = pool
    .flatMap((question) => lessonPrompts.map((lesson) => ({ pair: `${question.id} ~ ${lesson.id}`, overlap: wordOverlap(question.prompt, lesson.prompt) })))
    .reduce((best, pair) => (pair.overlap > best.overlap ? pair : best), { pair: '–', overlap: 0 });
  console.log(`  closest to a lesson-check prompt: word overlap ${closest.overlap.toFixed(2)} (${closest.pair})`);
  console.log(`  a draw spreads over ${groups.size} lessons (questions per lesson: ${[...groups].map(([lesson, count]) => `${lesson} ${count}`).join(', ')})`);
}

const lessons = readObjectives(lessonsDir);
if (lessons.some((lesson) => lesson.ids.length > 0)) {
  const named = new Set(checks.flatMap((check) => check.questions.map((question) => question.objective).filter(Boolean)));
  const byLessonCheck = new Set(checks.filter((check) => check.kind === 'lesson').flatMap((check) => check.questions.map((question) => question.objective)));
  const byAssessment = new Set((assessment?.questions ?? []).map((question) => question.objective));
  const all = lessons.flatMap((lesson) => lesson.ids.map((id) => `${lesson.lesson}: ${id}`));
  const unassessed = lessons.flatMap((lesson) => lesson.ids.filter((id) => !named.has(id)).map((id) => `${lesson.lesson}: ${id}`));
  const notInLessonCheck = lessons.flatMap((lesson) => lesson.ids.filter((id) => !byLessonCheck.has(id)).map((id) => `${lesson.lesson}: ${id}`));
  const notInAssessment = lessons.flatMap((lesson) => lesson.ids.filter((id) => !byAssessment.has(id)).map((id) => `${lesson.lesson}: ${id}`));
  console.log(`\nObjectives: ${all.length}`);
  console.log(`  assessed by no question: ${unassessed.length}${unassessed.length ? ` (${unassessed.join('; ')})` : ''}`);
  console.log(`  not assessed by its lesson's check: ${notInLessonCheck.length}${notInLessonCheck.length ? ` (${notInLessonCheck.join('; ')})` : ''}`);
  console.log(`  not in the assessment pool: ${notInAssessment.length}${notInAssessment.length ? ` (${notInAssessment.join('; ')})` : ''}`);
} else {
  console.log('\nObjectives: the lessons give their objectives no ids, so no question can name the one it assesses.');
}
