// A token bucket per connection: a learner taps as fast as they like, a script sending hundreds of messages a second
// is slowed down and then disconnected, and nobody else notices.

/** How fast a connection may send: `rate` messages a second on average, bursts of up to `burst`. */
export interface RateLimit {
  rate: number;
  burst: number;
}

/** The bucket's state: tokens left and when it was last filled (ms). */
export interface Bucket {
  tokens: number;
  at: number;
}

/** A full bucket at time `now`. */
export function fullBucket(limit: RateLimit, now: number): Bucket {
  return { tokens: limit.burst, at: now };
}

/** Takes one token if there is one: whether the message may pass, and the bucket after it. */
export function takeToken(bucket: Bucket, limit: RateLimit, now: number): { allowed: boolean; bucket: Bucket } {
  const refilled = Math.min(limit.burst, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * limit.rate);
  if (refilled < 1) return { allowed: false, bucket: { tokens: refilled, at: now } };
  return { allowed: true, bucket: { tokens: refilled - 1, at: now } };
}
