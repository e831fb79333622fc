import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CheckSchema, type Check } from '../../schemas/check';
import { parseContent } from '../../schemas/content-error';
import { OWNER_IDS } from '../../schemas/matrix';
import { ownerOf } from '../matrix';
import { questionsForAttempt } from './attempt';
import { lessonIds } from '../../test-support/course-content';

// The course's lessons in order, read from content/lessons; each must have its own check file named after it.
const LESSON_IDS = lessonIds();
const ASSESSMENT_ID = 'final-assessment';
const DIR = 'content/checks';

const checks = new Map<string, Check>(
  readdirSync(DIR)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const path = `${DIR}/${file}`;
      return [file.replace(/\.yaml$/, ''), parseContent(CheckSchema, parse(readFileSync(path, 'utf8')), path)];
    }),
);
const allQuestions = [...checks.entries()].flatMap(([checkId, check]) =>
  check.questions.map((question) => ({ checkId, question })),
);

describe('question bank', () => {
  it('has one check per lesson plus the final assessment, and nothing else', () => {
    expect([...checks.keys()].sort()).toEqual([...LESSON_IDS, ASSESSMENT_ID].sort());
  });

  it.each(LESSON_IDS)('%s has a lesson check with at least 3 questions', (lessonId) => {
    const check = checks.get(lessonId)!;
    expect(check.kind).toBe('lesson');
    expect(check.lesson).toBe(lessonId);
    expect(check.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('has a final assessment of at least 12 questions per attempt, drawn so that every lesson is asked about', () => {
    const assessment = checks.get(ASSESSMENT_ID)!;
    expect(assessment.kind).toBe('assessment');
    expect(assessment.passMark).toBe(0.8);
    expect(assessment.draw ?? assessment.questions.length).toBeGreaterThanOrEqual(12);
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const asked = questionsForAttempt(assessment, ASSESSMENT_ID, attempt);
      expect(new Set(asked.map((q) => q.review?.lesson))).toEqual(new Set(LESSON_IDS));
    }
  });

  it('uses every question type', () => {
    expect(new Set(allQuestions.map(({ question }) => question.type))).toEqual(new Set(['single', 'multiple', 'true-false']));
  });

  it('tells the Contoso Shipping story in lesson checks and the assessment', () => {
    const scenarios = allQuestions.filter(({ question }) => question.prompt.includes('Contoso'));
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
    expect(checks.get(ASSESSMENT_ID)!.questions.some((q) => q.prompt.includes('Contoso'))).toBe(true);
  });

  it('tags every tempting wrong option of a single-choice question with the misconception it reveals', () => {
    const untagged = allQuestions.flatMap(({ checkId, question }) =>
      question.type === 'multiple'
        ? []
        : question.options
            .filter((option) => !option.correct && !option.misconception)
            .map((option) => `${checkId}/${question.id}/${option.id}`),
    );
    expect(untagged).toEqual([]);
  });

  it('links every assessment question to the lesson that teaches it', () => {
    for (const question of checks.get(ASSESSMENT_ID)!.questions) {
      expect(LESSON_IDS, question.id).toContain(question.review?.lesson);
    }
  });

  it('uses at least one matrix cell of every service type', () => {
    // Since the assessment asks scenarios rather than "who owns cell X" (issue 14), most cell questions are in the
    // lesson checks; each is proven against the matrix below.
    const cells = allQuestions.flatMap(({ question }) => (question.matrix ? [question.matrix] : []));
    expect(cells.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cells.map((cell) => cell.serviceType))).toEqual(new Set(['on-premises', 'iaas', 'paas', 'saas']));
  });
});

describe('answers that come from the responsibility matrix', () => {
  const matrixQuestions = allQuestions.filter(({ question }) => question.matrix);

  it.each(matrixQuestions.map(({ checkId, question }) => [`${checkId}/${question.id}`, question] as const))(
    '%s: the correct option is the owner in content/responsibility-matrix.json',
    (_name, question) => {
      const { row, serviceType } = question.matrix!;
      expect(question.type).toBe('single');
      for (const option of question.options) expect(OWNER_IDS).toContain(option.id);
      const correct = question.options.filter((option) => option.correct).map((option) => option.id);
      expect(correct).toEqual([ownerOf(row, serviceType)]);
    },
  );
});
