import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { FEELINGS, gradeAnswer } from './grading';

describe('gradeAnswer', () => {
  it('makes every wrong answer Again, whatever it felt like', () => {
    for (const felt of [undefined, 'guessed', 'thought', 'knew']) expect(gradeAnswer(false, felt)).toBe(Rating.Again);
  });

  it('makes a right answer Good by default, Hard when guessed and Easy when known', () => {
    expect(gradeAnswer(true)).toBe(Rating.Good);
    expect(gradeAnswer(true, 'thought')).toBe(Rating.Good);
    expect(gradeAnswer(true, 'guessed')).toBe(Rating.Hard);
    expect(gradeAnswer(true, 'knew')).toBe(Rating.Easy);
  });

  it('reads a feeling it does not know as no feeling', () => {
    expect(gradeAnswer(true, 'ecstatic')).toBe(Rating.Good);
    expect(gradeAnswer(true, 'constructor')).toBe(Rating.Good);
  });

  it('offers every feeling it grades, each with words', () => {
    expect(FEELINGS.map((feeling) => feeling.id)).toEqual(['guessed', 'thought', 'knew']);
    for (const feeling of FEELINGS) expect(feeling.label).not.toBe('');
  });
});
