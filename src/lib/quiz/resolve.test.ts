import { describe, expect, it } from 'vitest';
import { CheckSchema } from '../../schemas/check';
import { ContentError } from '../../schemas/content-error';
import { resolveCheck, unknownCheckError, type LessonOutline } from './resolve';

const lessons: LessonOutline[] = [
  { id: 'iaas-in-practice', title: 'IaaS in practice', headings: [{ slug: 'who-patches', text: 'Who patches the guest OS' }] },
  { id: 'review', title: 'Review', headings: [] },
];
const href = (id: string) => `/course/lessons/${id}/`;

function check(review: Record<string, unknown> | undefined, optionReview?: Record<string, unknown>) {
  return CheckSchema.parse({
    lesson: 'iaas-in-practice',
    questions: [
      {
        id: 'q1',
        type: 'single',
        prompt: 'Who?',
        objective: 'iaas-guest-os',
        review,
        options: [
          { id: 'customer', text: 'Customer', correct: true, explanation: 'Yes.' },
          { id: 'provider', text: 'Provider', explanation: 'No.', misconception: 'thinks so', review: optionReview },
        ],
      },
    ],
  });
}

describe('resolveCheck', () => {
  it('turns review links into hrefs with the base path and readable labels', () => {
    const props = resolveCheck('iaas-in-practice', check({ lesson: 'iaas-in-practice', section: 'who-patches' }, { lesson: 'review' }), lessons, href);
    expect(props.questions[0]!.review).toEqual({
      lesson: 'iaas-in-practice',
      href: '/course/lessons/iaas-in-practice/#who-patches',
      label: 'Who patches the guest OS',
      lessonTitle: 'IaaS in practice',
    });
    expect(props.questions[0]!.options[1]!.review).toEqual({ lesson: 'review', href: '/course/lessons/review/', label: 'Review', lessonTitle: 'Review' });
    expect(props).toMatchObject({ checkId: 'iaas-in-practice', kind: 'lesson', shuffle: true, passMark: 0.8, title: 'Check your knowledge' });
  });

  it('names the file and field of a link to a lesson that does not exist', () => {
    expect(() => resolveCheck('iaas-in-practice', check({ lesson: 'nope', section: 'x' }), lessons, href)).toThrow(
      new ContentError(
        'content/checks/iaas-in-practice.yaml has a broken review link:\n  - questions[0].review.lesson: no lesson "nope" in content/lessons (lessons: iaas-in-practice, review)',
      ),
    );
  });

  it('names the file and field of a link to a heading that does not exist, listing the anchors', () => {
    expect(() => resolveCheck('iaas-in-practice', check(undefined, { lesson: 'iaas-in-practice', section: 'gone' }), lessons, href)).toThrow(
      'questions[0].options[1].review.section: lesson "iaas-in-practice" has no heading with the anchor "gone" (anchors: who-patches)',
    );
  });

  it('rejects a check whose lesson does not exist', () => {
    expect(() => resolveCheck('x', check(undefined), [lessons[1]!], href)).toThrow('lesson: no lesson "iaas-in-practice" in content/lessons');
  });
});

describe('unknownCheckError', () => {
  it('names the id, the place it is used and the checks that exist', () => {
    expect(unknownCheckError('iaas', ['review', 'iaas-in-practice'], 'content/lessons/iaas-in-practice.mdx').message).toBe(
      '<KnowledgeCheck id="iaas" /> in content/lessons/iaas-in-practice.mdx: there is no content/checks/iaas.yaml (checks: iaas-in-practice, review)',
    );
  });
});
