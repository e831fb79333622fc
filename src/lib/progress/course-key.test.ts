import { describe, expect, it } from 'vitest';
import { buildCourseKey, type KeyCheck } from './course-key';

const lessons = [
  { id: 'iaas-in-practice', title: 'IaaS in practice', order: 4 },
  { id: 'security-is-shared', title: 'Security is shared', order: 2 },
];
const question = { id: 'q1', options: [{ id: 'a', correct: false }, { id: 'b', correct: true }, { id: 'c', correct: true }] };
const iaasCheck: KeyCheck = { id: 'iaas', title: 'Check: IaaS', lesson: 'iaas-in-practice', kind: 'lesson', passMark: 0.8, questions: [question] };
const finalCheck: KeyCheck = { id: 'final', title: 'Final assessment', kind: 'assessment', passMark: 0.75, draw: 1, questions: [question] };
const exercise = { id: 'iaas-duties', title: 'Sort: IaaS', lesson: 'iaas-in-practice', solution: { 'patch-guest-os': 'customer' } };

describe('buildCourseKey', () => {
  it('orders lessons and attaches the checks and exercises that name them', () => {
    const key = buildCourseKey(lessons, [iaasCheck, finalCheck], [exercise, { ...exercise, id: 'matrix', lesson: undefined }]);
    expect(key.lessons).toEqual([
      { id: 'security-is-shared', title: 'Security is shared', order: 2, checkIds: [], exerciseIds: [] },
      { id: 'iaas-in-practice', title: 'IaaS in practice', order: 4, checkIds: ['iaas'], exerciseIds: ['iaas-duties'] },
    ]);
    expect(key.checks.iaas).toEqual({ title: 'Check: IaaS', lessonId: 'iaas-in-practice', passMark: 0.8, questions: [{ id: 'q1', correctOptionIds: ['b', 'c'] }] });
    expect(key.checks.final).toMatchObject({ lessonId: null, passMark: 0.75, draw: 1 });
    expect(key.exercises.matrix).toEqual({ title: 'Sort: IaaS', lessonId: null, solution: { 'patch-guest-os': 'customer' } });
    expect(key.assessmentId).toBe('final');
  });

  it('keeps an assessment out of its lesson’s completion rule even when it names a lesson', () => {
    const key = buildCourseKey(lessons, [{ ...finalCheck, lesson: 'iaas-in-practice' }], []);
    expect(key.lessons[1]?.checkIds).toEqual([]);
  });

  it('is plain data that survives JSON', () => {
    const key = buildCourseKey(lessons, [iaasCheck, finalCheck], [exercise]);
    expect(JSON.parse(JSON.stringify(key))).toEqual(key);
  });

  it('names content that points at a lesson the course does not have', () => {
    expect(() => buildCourseKey(lessons, [{ ...iaasCheck, lesson: 'nope' }], [{ ...exercise, lesson: 'gone' }])).toThrow(
      /content\/checks\/iaas\.yaml: lesson "nope".*\n.*content\/exercises\/iaas-duties\.yaml: lesson "gone"/,
    );
  });

  it('accepts content for a draft lesson that production leaves out', () => {
    const key = buildCourseKey(lessons, [{ ...iaasCheck, lesson: 'draft-lesson' }], [], ['draft-lesson', ...lessons.map((lesson) => lesson.id)]);
    expect(key.lessons.flatMap((lesson) => lesson.checkIds)).toEqual([]);
  });

  it('refuses two final assessments', () => {
    expect(() => buildCourseKey(lessons, [finalCheck, { ...finalCheck, id: 'final-2' }], [])).toThrow('found final, final-2');
  });
});
