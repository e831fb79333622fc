import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN, assessmentClassMinutes, formatPlanTime, lessonClassMinutes, planClasses, type PlanLesson } from './class-plan';

const lesson = (id: string, classMinutes: number | null, minutes = 8): PlanLesson => ({ id, title: `Lesson ${id}`, classMinutes, minutes });

describe('planClasses', () => {
  it('fills each 50-minute class with whole lessons in course order, after a few minutes of opening', () => {
    const plans = planClasses([lesson('a', 10), lesson('b', 12), lesson('c', 25), lesson('d', 15), lesson('e', 16), lesson('f', 15)]);
    expect(plans.map((plan) => plan.items.map((item) => item.lesson?.id ?? item.kind))).toEqual([
      ['opening', 'a', 'b', 'c'],
      ['opening', 'd', 'e', 'f'],
    ]);
    expect(plans[0]!.items.map((item) => [item.start, item.minutes])).toEqual([
      [0, 3],
      [3, 10],
      [13, 12],
      [25, 25],
    ]);
    expect(plans.map((plan) => plan.minutes)).toEqual([50, 49]);
    expect(plans[1]!.items[1]!.lesson).toEqual({ id: 'd', number: 4, title: 'Lesson d', timed: true });
  });

  it('names spare time of five minutes or more', () => {
    const [plan] = planClasses([lesson('a', 20), lesson('b', 20)]);
    expect(plan!.items.at(-1)).toEqual({ kind: 'spare', start: 43, minutes: 7 });
    expect(plan!.minutes).toBe(50);
  });

  it('uses the self-study time of a lesson that gives no classroom timing, and says so', () => {
    const [plan] = planClasses([lesson('a', null, 9)]);
    expect(plan!.items[1]).toMatchObject({ minutes: 9, lesson: { timed: false } });
    expect(lessonClassMinutes(lesson('a', null, 9))).toBe(9);
  });

  it('ends with the final assessment when it is taught in class', () => {
    const plans = planClasses([lesson('a', 30), lesson('b', 15)], { ...DEFAULT_PLAN, assessmentMinutes: 15 });
    expect(plans.map((plan) => plan.items.map((item) => item.lesson?.id ?? item.kind))).toEqual([
      ['opening', 'a', 'b'],
      ['opening', 'assessment', 'spare'],
    ]);
  });

  it('gives a lesson longer than a class a class of its own', () => {
    const plans = planClasses([lesson('a', 10), lesson('long', 60), lesson('b', 10)]);
    expect(plans.map((plan) => [plan.items.map((item) => item.lesson?.id ?? item.kind), plan.minutes])).toEqual([
      [['opening', 'a', 'spare'], 50],
      [['opening', 'long'], 63],
      [['opening', 'b', 'spare'], 50],
    ]);
  });

  it('plans nothing for a course without lessons', () => {
    expect(planClasses([])).toEqual([]);
  });
});

describe('assessmentClassMinutes and formatPlanTime', () => {
  it('allows about a minute a question, in steps of five', () => {
    expect([1, 5, 6, 15, 16].map(assessmentClassMinutes)).toEqual([5, 5, 10, 15, 20]);
  });

  it('reads like a clock', () => {
    expect([0, 3, 47, 75].map(formatPlanTime)).toEqual(['0:00', '0:03', '0:47', '1:15']);
  });
});
