import { describe, expect, it } from 'vitest';
import { summarizeAttempt } from './summary';

const questions = [
  {
    id: 'os-iaas',
    prompt: 'Who patches the guest OS on IaaS?',
    review: { lesson: 'iaas-in-practice', section: 'the-guest-os' },
    options: [
      { id: 'customer', correct: true, misconception: 'thinks the provider patches the guest OS on IaaS' },
      { id: 'provider', correct: false, misconception: 'thinks the provider patches the guest OS on IaaS' },
      { id: 'shared', correct: false, misconception: 'thinks OS patching is split on IaaS', review: { lesson: 'security-is-shared', section: 'shared' } },
    ],
  },
  {
    id: 'always-customer',
    prompt: 'Which rows stay with the customer?',
    options: [
      { id: 'data', correct: true, misconception: 'thinks the provider protects the data in SaaS' },
      { id: 'devices', correct: true },
      { id: 'os', correct: false, misconception: 'thinks the OS is always the customer’s', review: { lesson: 'the-model-layer-by-layer', section: 'operating-system' } },
    ],
  },
  {
    id: 'physical',
    prompt: 'The provider secures the datacenter under IaaS.',
    options: [
      { id: 'true', correct: true },
      { id: 'false', correct: false, misconception: 'thinks the customer guards the building on IaaS' },
    ],
  },
];

describe('summarizeAttempt', () => {
  it('reports a perfect attempt with nothing to review', () => {
    const summary = summarizeAttempt(questions, { 'os-iaas': ['customer'], 'always-customer': ['data', 'devices'], physical: ['true'] }, { passMark: 0.8 });
    expect(summary).toEqual({ score: { correct: 3, total: 3, percent: 100 }, passed: true, missed: [], misconceptions: [], reviews: [] });
  });

  it('lists missed questions with the misconceptions of wrong choices and of missed correct options', () => {
    const summary = summarizeAttempt(questions, { 'os-iaas': ['provider'], 'always-customer': ['devices', 'os'], physical: ['true'] }, { passMark: 0.8 });
    expect(summary.score).toEqual({ correct: 1, total: 3, percent: 33 });
    expect(summary.passed).toBe(false);
    expect(summary.missed).toEqual([
      {
        questionId: 'os-iaas',
        prompt: 'Who patches the guest OS on IaaS?',
        // The correct option left out and the wrong one chosen carry the same tag: listed once.
        misconceptions: ['thinks the provider patches the guest OS on IaaS'],
        reviews: [{ lesson: 'iaas-in-practice', section: 'the-guest-os' }],
      },
      {
        questionId: 'always-customer',
        prompt: 'Which rows stay with the customer?',
        misconceptions: ['thinks the provider protects the data in SaaS', 'thinks the OS is always the customer’s'],
        reviews: [{ lesson: 'the-model-layer-by-layer', section: 'operating-system' }],
      },
    ]);
    expect(summary.misconceptions).toHaveLength(3);
    expect(summary.reviews).toHaveLength(2);
  });

  it('treats unanswered questions as missed, revealing the misconceptions of the correct options left out', () => {
    const summary = summarizeAttempt(questions, {});
    expect(summary.passed).toBeNull();
    expect(summary.missed.map((m) => m.questionId)).toEqual(['os-iaas', 'always-customer', 'physical']);
    expect(summary.missed[2]!.misconceptions).toEqual([]);
  });

  it('does not blame options the learner answered rightly in a partly right question', () => {
    const summary = summarizeAttempt(questions, { 'os-iaas': ['customer'], 'always-customer': ['data'], physical: ['true'] });
    expect(summary.missed).toHaveLength(1);
    expect(summary.missed[0]!.misconceptions).toEqual([]);
  });

  it('dedupes review links with the given key', () => {
    const linked = questions.map((q) => ({ ...q, review: { lesson: 'same', section: 'same' } }));
    const summary = summarizeAttempt(linked, {}, { reviewKey: (r) => `${r.lesson}#${r.section}` });
    expect(summary.reviews.filter((r) => r.lesson === 'same')).toHaveLength(1);
  });
});
