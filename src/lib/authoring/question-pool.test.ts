// The course's own questions against the item-writing rules, and the final assessment against section 3 of the
// authoring rules: scenarios the learner has not seen, no near-copies of lesson questions, every objective covered.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CheckSchema, type Check } from '../../schemas/check';
import { parseContent } from '../../schemas/content-error';
import { LessonSchema, type LessonData } from '../../schemas/lesson';
import { lintCourse, wordOverlap } from './item-lint';

/**
 * Highest word overlap allowed between an assessment prompt and any lesson-check prompt (Jaccard index of their
 * content-word stems). The pool this rule replaced had near-copies at 0.41 to 0.80 (the same cell asked in the same
 * scene, e.g. "Contoso’s drone telemetry app runs on PaaS. Who keeps the operating system underneath it patched?"
 * against the lesson's "…runs on a PaaS offering. A security patch comes out for the operating system underneath it");
 * distinct questions that merely share Contoso's setting and a row's name score up to 0.30. 0.35 sits between.
 */
const MAX_PROMPT_OVERLAP = 0.35;

const CHECKS = 'content/checks';
const LESSONS = 'content/lessons';
const checks = new Map<string, Check>(
  readdirSync(CHECKS)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file.replace(/\.yaml$/, ''), parseContent(CheckSchema, parse(readFileSync(`${CHECKS}/${file}`, 'utf8')), file)]),
);
const lessons = new Map<string, LessonData>(
  readdirSync(LESSONS)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${LESSONS}/${file}`, 'utf8'))![1]!;
      return [file.replace(/\.mdx$/, ''), parseContent(LessonSchema, parse(frontmatter), file)];
    }),
);
const [assessmentId, assessment] = [...checks.entries()].find(([, check]) => check.kind === 'assessment')!;
const lessonQuestions = [...checks.entries()]
  .filter(([, check]) => check.kind === 'lesson')
  .flatMap(([checkId, check]) => check.questions.map((question) => ({ checkId, question })));

describe('the course’s questions', () => {
  it('pass the item-writing lint that the build runs', () => {
    const problems = lintCourse(
      [...lessons.entries()].map(([id, lesson]) => ({ id, objectives: lesson.objectives })),
      [...checks.entries()].map(([id, check]) => ({ id, ...check })),
    );
    expect(problems.map((problem) => `${problem.file} ${problem.subject}: ${problem.message}`)).toEqual([]);
  });
});

describe('the final assessment', () => {
  const scenarios = assessment.questions.filter((question) => question.scenario);

  it('is at least half scenarios: incidents and design decisions the lessons do not tell', () => {
    expect(scenarios.length * 2).toBeGreaterThanOrEqual(assessment.questions.length);
  });

  it('has scenarios on-premises and under each of IaaS, PaaS and SaaS', () => {
    const settings = new Set(scenarios.map((question) => question.review?.lesson));
    for (const lesson of ['why-datacenter-security-is-hard', 'iaas-in-practice', 'paas-in-practice', 'saas-in-practice']) {
      expect(settings, lesson).toContain(lesson);
    }
  });

  it('names the misconception behind every wrong option of a scenario, so its summary stays meaningful', () => {
    const untagged = scenarios.flatMap((question) =>
      question.options.filter((option) => !option.correct && !option.misconception).map((option) => `${question.id}/${option.id}`),
    );
    expect(untagged).toEqual([]);
  });

  it('covers every objective of every lesson', () => {
    const assessed = new Set(assessment.questions.map((question) => question.objective));
    const missing = [...lessons.entries()].flatMap(([id, lesson]) =>
      lesson.objectives.filter((objective) => !assessed.has(objective.id)).map((objective) => `${id}: ${objective.id}`),
    );
    expect(missing).toEqual([]);
  });

  it(`has no prompt that nearly copies a lesson question (word overlap above ${MAX_PROMPT_OVERLAP})`, () => {
    const copies = assessment.questions.flatMap((question) =>
      lessonQuestions
        .map(({ checkId, question: lesson }) => ({ pair: `${assessmentId}/${question.id} ~ ${checkId}/${lesson.id}`, overlap: wordOverlap(question.prompt, lesson.prompt) }))
        .filter(({ overlap }) => overlap > MAX_PROMPT_OVERLAP)
        .map(({ pair, overlap }) => `${pair}: ${overlap.toFixed(2)}`),
    );
    expect(copies).toEqual([]);
  });

  it('would have caught the near-copies of the pool it replaced', () => {
    const before = 'Contoso’s drone telemetry app runs on PaaS. Who keeps the operating system underneath it patched?';
    const lesson = 'Contoso’s drone telemetry app runs on a PaaS offering. A security patch comes out for the operating system underneath it. Who applies it?';
    expect(wordOverlap(before, lesson)).toBeGreaterThan(MAX_PROMPT_OVERLAP);
  });
});
