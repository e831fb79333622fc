import { shuffle } from './shuffle';

/**
 * Draws `count` questions from a pool for one attempt, spreading them over groups (e.g. the lesson each question
 * reviews) so that every group is asked about whenever `count` is at least the number of groups. The chosen
 * questions keep the pool's order, which follows the course. The same seed always draws the same questions.
 */
export function drawQuestions<T>(pool: readonly T[], count: number, seed: string, groupOf: (item: T) => string): T[] {
  if (count >= pool.length) return [...pool];
  const groups = new Map<string, T[]>();
  for (const item of shuffle(pool, seed)) {
    const key = groupOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  // Round-robin over the groups in a seeded order, taking one question from each in turn.
  const queues = shuffle([...groups.values()], `${seed}/groups`);
  const picked = new Set<T>();
  while (picked.size < count) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined && picked.size < count) picked.add(next);
    }
  }
  return pool.filter((item) => picked.has(item));
}
