import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonFiles } from '../../test-support/course-content';

// Objectives with ids and the questions that name them (`objective:`), read straight from the content files.
interface RawQuestion {
  id: string;
  type: string;
  objective?: string;
  review?: { lesson: string };
  options: { id: string; correct?: boolean }[];
}
interface RawCheck {
  kind?: string;
  lesson?: string;
  questions: RawQuestion[];
}
const DIR = 'content/checks';
const ASSESSMENT_ID = 'final-assessment';
const checks = new Map<string, RawCheck>(
  readdirSync(DIR)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.replace(/\.yaml$/, ''), parse(readFileSync(`${DIR}/${file}`, 'utf8')) as RawCheck]),
);
const lessons = lessonFiles();
const assessment = checks.get(ASSESSMENT_ID)!;

describe('objective ids', () => {
  it('are unique across the course', () => {
    const ids = lessons.flatMap((lesson) => lesson.objectiveIds);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('named by a question exist in the course', () => {
    const known = new Set(lessons.flatMap((lesson) => lesson.objectiveIds));
    const unknown = [...checks.entries()].flatMap(([checkId, check]) =>
      check.questions.flatMap((question) => (question.objective && !known.has(question.objective) ? [`${checkId}/${question.id} → ${question.objective}`] : [])),
    );
    expect(unknown).toEqual([]);
  });
});

describe('Beyond the classic chart', () => {
  const lesson = lessons.find((candidate) => candidate.id === 'beyond-the-classic-chart')!;
  const check = checks.get(lesson.id)!;

  it('comes just before the review lesson', () => {
    expect(lessons.at(-1)!.id).toBe('review');
    expect(lessons.at(-2)!.id).toBe(lesson.id);
  });

  it('names an objective in every question of its check and of its block in the assessment', () => {
    const ownAssessmentQuestions = assessment.questions.filter((question) => question.review?.lesson === lesson.id);
    expect(ownAssessmentQuestions.length).toBeGreaterThanOrEqual(lesson.objectiveIds.length);
    for (const question of [...check.questions, ...ownAssessmentQuestions]) expect(question.objective, question.id).toBeDefined();
  });

  it('names only its own objectives in its knowledge check', () => {
    for (const question of check.questions) expect(lesson.objectiveIds, question.id).toContain(question.objective);
  });

  it.each(lesson.objectiveIds)('assesses %s in its knowledge check and in the final assessment', (objectiveId) => {
    expect(check.questions.some((question) => question.objective === objectiveId)).toBe(true);
    expect(assessment.questions.some((question) => question.objective === objectiveId)).toBe(true);
  });

  it('balances its true/false keys', () => {
    const keys = check.questions
      .filter((question) => question.type === 'true-false')
      .map((question) => question.options.find((option) => option.correct)!.id);
    const trueCount = keys.filter((key) => key === 'true').length;
    expect(Math.abs(trueCount - (keys.length - trueCount))).toBeLessThanOrEqual(1);
  });
});
