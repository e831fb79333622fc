import { describe, expect, it } from 'vitest';
import { drawQuestions } from './draw';
import { questionsAnswered, questionsForAttempt } from './attempt';

const pool = Array.from({ length: 20 }, (_, n) => ({ id: `q${n}`, review: { lesson: `lesson-${n % 8}` } }));
const groupOf = (q: (typeof pool)[number]) => q.review.lesson;

describe('drawQuestions', () => {
  it('draws the requested number of distinct questions in pool order', () => {
    const drawn = drawQuestions(pool, 15, 'final#0', groupOf);
    expect(drawn).toHaveLength(15);
    expect(new Set(drawn).size).toBe(15);
    const positions = drawn.map((q) => pool.indexOf(q));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('is stable for a seed and changes with the seed', () => {
    const ids = (seed: string) => drawQuestions(pool, 15, seed, groupOf).map((q) => q.id);
    expect(ids('final#0')).toEqual(ids('final#0'));
    const distinct = new Set(Array.from({ length: 8 }, (_, n) => ids(`final#${n}`).join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('covers every group whenever the count allows', () => {
    for (let n = 0; n < 50; n += 1) {
      const lessons = new Set(drawQuestions(pool, 8, `final#${n}`, groupOf).map(groupOf));
      expect(lessons.size).toBe(8);
    }
  });

  it('returns the whole pool when asked for as many or more', () => {
    expect(drawQuestions(pool, 20, 's', groupOf)).toEqual(pool);
    expect(drawQuestions(pool, 25, 's', groupOf)).toEqual(pool);
  });
});

describe('questionsForAttempt and questionsAnswered', () => {
  it('asks every question of a check without draw', () => {
    expect(questionsForAttempt({ questions: pool }, 'c', 4)).toEqual(pool);
    expect(questionsAnswered({ questions: pool }, {})).toEqual(pool);
  });

  it('draws the same questions for the same attempt number', () => {
    const check = { draw: 15, questions: pool };
    expect(questionsForAttempt(check, 'final', 2)).toEqual(questionsForAttempt(check, 'final', 2));
    expect(questionsForAttempt(check, 'final', 2)).toHaveLength(15);
  });

  it('scores a drawn attempt only on the questions it asked', () => {
    const check = { draw: 2, questions: pool };
    expect(questionsAnswered(check, { q3: ['a'], q7: [] }).map((q) => q.id)).toEqual(['q3', 'q7']);
  });
});
