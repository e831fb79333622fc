// Saved progress must never be lost or lowered by a change of content. fixtures/finished-before-issue-14.json is the
// progress of a learner who finished the course as it was before its questions and cards were rewritten (recorded
// from commit 9854fb8): every lesson read, each check tried once with a mistake and once without, each sort checked
// twice, the final assessment failed once and then passed with its second draw of fifteen. Its question and card ids
// are those of that course, many of which no longer exist. Graded against today's content, it must keep every
// status, score and pass, in the progress page and on every page's lesson statuses (what the LMS is told:
// src/lib/lms/content-change.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CheckSchema } from '../../schemas/check';
import { parseContent } from '../../schemas/content-error';
import { ExerciseSchema, type MatrixExercise, type SortExercise } from '../../schemas/exercise';
import { LessonSchema } from '../../schemas/lesson';
import { prepareMatrixChallenge, solutionFor } from '../sort/answers';
import { decodeProgress } from './codec';
import { buildCourseKey } from './course-key';
import { checkQuestionIds, summariseCourse, type CourseKey } from './derive';
import { lessonStatus } from './model';

const read = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(ext))
    .map((file) => ({ id: file.slice(0, -ext.length), file: `${dir}/${file}`, text: readFileSync(`${dir}/${file}`, 'utf8') }));

/** The course key exactly as the build makes it (src/data/course-key.ts), from today's content files. */
function todaysCourseKey(): CourseKey {
  const lessons = read('content/lessons', '.mdx').map(({ id, file, text }) => {
    const data = parseContent(LessonSchema, parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!), file);
    return { id, title: data.title, order: data.order };
  });
  const checks = read('content/checks', '.yaml').map(({ id, file, text }) => ({ id, ...parseContent(CheckSchema, parse(text), file) }));
  const exercises = read('content/exercises', '.yaml').map(({ id, file, text }) => {
    const data = parseContent(ExerciseSchema, parse(text), file);
    return data.kind === 'matrix'
      ? { id, title: data.title, lesson: data.lesson, solution: prepareMatrixChallenge(id, data as MatrixExercise).solution }
      : { id, title: data.title, lesson: data.lesson, solution: solutionFor(data as SortExercise), earlierSolutions: (data as SortExercise).earlierKeys };
  });
  return buildCourseKey(lessons, checks, exercises);
}

const saved = decodeProgress(readFileSync('src/lib/progress/fixtures/finished-before-issue-14.json', 'utf8'));
const key = todaysCourseKey();
// Lessons added since the fixture was recorded ("Beyond the classic chart") are honestly not started; every lesson the
// learner had finished must stay complete.
const finishedIds = new Set(Object.keys(saved.progress.lessons));
const addedIds = key.lessons.map((lesson) => lesson.id).filter((id) => !finishedIds.has(id));

/** The same key without the answer keys of earlier versions: what the change would do without them. */
function withoutEarlierKeys(course: CourseKey): CourseKey {
  return {
    ...course,
    checks: Object.fromEntries(Object.entries(course.checks).map(([id, { earlierKeys: _gone, ...check }]) => [id, check])),
    exercises: Object.fromEntries(Object.entries(course.exercises).map(([id, { earlierSolutions: _gone, ...exercise }]) => [id, exercise])),
  };
}

describe('progress saved before the questions and cards were rewritten', () => {
  it('is read without a problem', () => {
    expect(saved.status).toBe('ok');
  });

  it('keeps every lesson complete, the assessment passed and the course finished on the progress page', () => {
    const summary = summariseCourse(key, saved.progress);
    // Every lesson of the fixture is still in the course; any other lesson was added since.
    expect([...finishedIds].filter((id) => !key.lessons.some((lesson) => lesson.id === id))).toEqual([]);
    expect(addedIds).toContain('beyond-the-classic-chart');
    expect(summary.lessons.map((lesson) => [lesson.id, lesson.status])).toEqual(
      summary.lessons.map((lesson) => [lesson.id, addedIds.includes(lesson.id) ? 'not-started' : 'complete']),
    );
    expect(summary.assessment).toMatchObject({ attempts: 2, passed: true, best: { correct: 15, total: 15, percent: 100 } });
    expect(summary.assessment?.last).toEqual({ correct: 15, total: 15, percent: 100 });
    // The course grew by a lesson, so it is not finished until that lesson is done.
    expect(summary.finished).toBe(false);
  });

  it('keeps the scores it had: each check and sort 100% at best, the first attempts as they were', () => {
    const summary = summariseCourse(key, saved.progress);
    for (const lesson of summary.lessons.filter((lesson) => finishedIds.has(lesson.id))) {
      for (const activity of lesson.activities) {
        expect(activity.best?.percent, `${lesson.id}/${activity.id}`).toBe(100);
        expect(activity.attempts, `${lesson.id}/${activity.id}`).toBeGreaterThan(0);
      }
    }
    // The first attempt at the IaaS sort misplaced one of its ten cards (two of which have since been replaced).
    const iaas = summary.lessons.find((lesson) => lesson.id === 'iaas-in-practice')!.activities.find((a) => a.id === 'iaas-duties')!;
    expect(iaas).toMatchObject({ attempts: 2, best: { correct: 10, total: 10 } });
  });

  it('keeps every lesson complete in the statuses every page shows (the tracker’s rule and data)', () => {
    const questionIds = checkQuestionIds(key);
    for (const lesson of key.lessons.filter((lesson) => finishedIds.has(lesson.id))) expect(lessonStatus(lesson, saved.progress, questionIds), lesson.id).toBe('complete');
  });

  it('would lose its statuses and its pass without the earlier answer keys, which is what the test guards', () => {
    const bare = withoutEarlierKeys(key);
    const summary = summariseCourse(bare, saved.progress);
    expect(summary.lessons.filter((lesson) => lesson.status !== 'complete').length).toBeGreaterThan(0);
    expect(summary.assessment?.passed).toBe(false);
  });
});

// fixtures/finished-at-issue-14-merge.json: a learner who finished the course as it was when the rewritten questions
// and lesson 8 were merged (recorded from commit 230e28d, before the review that replaced some of their questions):
// all nine lessons read, each lesson check tried once with its first answer wrong and once without, each sort and the
// matrix checked once, and the assessment passed with its first draw of fifteen. That draw and several checks asked
// questions that have since been replaced, so only the newest earlier answer keys keep its statuses and its pass.
const finishedAtMerge = decodeProgress(readFileSync('src/lib/progress/fixtures/finished-at-issue-14-merge.json', 'utf8'));

/** The same key with only the newest earlier answer key of each check dropped: the review's change without its keys. */
function withoutNewestEarlierKeys(course: CourseKey): CourseKey {
  return {
    ...course,
    checks: Object.fromEntries(Object.entries(course.checks).map(([id, check]) => [id, { ...check, earlierKeys: check.earlierKeys?.slice(1) }])),
  };
}

// The nine lessons the course had then; a lesson added since (an author may add one at any time) is not in it.
const knewAtMerge = new Set(Object.keys(finishedAtMerge.progress.lessons));

describe('progress saved when lesson 8 and the rewritten questions were merged', () => {
  it('keeps every lesson complete, the assessment passed at 100% and the course finished', () => {
    expect(finishedAtMerge.status).toBe('ok');
    expect(knewAtMerge.size).toBe(9);
    const summary = summariseCourse(key, finishedAtMerge.progress);
    // Lessons added since are honestly not started, and only they keep the course from being finished.
    expect(summary.lessons.map((lesson) => [lesson.id, lesson.status])).toEqual(
      key.lessons.map((lesson) => [lesson.id, knewAtMerge.has(lesson.id) ? 'complete' : 'not-started']),
    );
    expect(summary.assessment).toMatchObject({ attempts: 1, passed: true, best: { correct: 15, total: 15, percent: 100 } });
    expect(summary.finished).toBe(key.lessons.every((lesson) => knewAtMerge.has(lesson.id)));
    for (const lesson of summary.lessons.filter((lesson) => knewAtMerge.has(lesson.id))) {
      for (const activity of lesson.activities) expect(activity.best?.percent, `${lesson.id}/${activity.id}`).toBe(100);
    }
    const questionIds = checkQuestionIds(key);
    for (const lesson of key.lessons.filter((lesson) => knewAtMerge.has(lesson.id))) {
      expect(lessonStatus(lesson, finishedAtMerge.progress, questionIds), lesson.id).toBe('complete');
    }
  });

  it('would lose lesson statuses and the pass without the newest earlier answer keys', () => {
    const summary = summariseCourse(withoutNewestEarlierKeys(key), finishedAtMerge.progress);
    // The choosing-services attempt still answers all of that check's November questions, so it stays complete anyway.
    expect(summary.lessons.filter((lesson) => knewAtMerge.has(lesson.id) && lesson.status !== 'complete').map((lesson) => lesson.id)).toEqual([
      'why-datacenter-security-is-hard',
      'iaas-in-practice',
      'beyond-the-classic-chart',
    ]);
    expect(summary.assessment?.passed).toBe(false);
  });
});
