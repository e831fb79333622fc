/** Turns any string into a 32-bit seed (FNV-1a), so seeds can be readable like `iaas-in-practice#2`. */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded random number generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a shuffled copy (Fisher-Yates); the same seed always gives the same order. */
export function shuffle<T>(items: readonly T[], seed: number | string): T[] {
  const random = seededRandom(typeof seed === 'string' ? seedFromString(seed) : seed);
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/**
 * The seed for one attempt at a check. It is derived from the check id and the attempt number, so the order is
 * the same on the server and after hydration and after a reload, and every retry (a new number) gets a new order.
 */
export function attemptSeed(checkId: string, attemptIndex: number): string {
  return `${checkId}#${attemptIndex}`;
}

/**
 * The order in which to show a question's options on attempt `attemptIndex`: a new shuffle for every attempt, never
 * the same as the attempt before (a retry always moves the options). True-false options and unshuffled checks keep
 * the authored order.
 */
export function orderOptions<T>(
  options: readonly T[],
  question: { id: string; type: string },
  shuffleOptions: boolean,
  checkId: string,
  attemptIndex: number,
): T[] {
  if (!shuffleOptions || question.type === 'true-false') return [...options];
  const orderFor = (attempt: number) => shuffle(options, `${attemptSeed(checkId, attempt)}/${question.id}`);
  let order = orderFor(0);
  for (let attempt = 1; attempt <= attemptIndex; attempt += 1) {
    const next = orderFor(attempt);
    // A shuffle that happens to repeat the last order is turned by one place instead.
    order = next.every((option, index) => option === order[index]) ? [...next.slice(1), ...next.slice(0, 1)] : next;
  }
  return order;
}
