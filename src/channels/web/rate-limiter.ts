import { RecentlyUsed } from '../../engine/recently-used';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Keys held at once per limiter; past it the least recently seen is forgotten (its allowance starts full again). */
const defaultMaximumKeys = 100_000;

/**
 * Token buckets by key: `perMinute` requests a minute on average, with bursts of up to `burst`. They live in
 * the shared RecentlyUsed map: a bucket untouched for as long as it takes to refill is full, so it is
 * forgotten then (nothing changes for its key), and at most `maximumKeys` are held however many addresses
 * write in, so memory follows the busy clients, not every client ever seen.
 */
export class RateLimiter {
  private readonly buckets: RecentlyUsed<Bucket>;
  private readonly perMillisecond: number;

  constructor(
    perMinute: number,
    private readonly burst: number = perMinute,
    private readonly now: () => number = Date.now,
    maximumKeys = defaultMaximumKeys,
  ) {
    this.perMillisecond = perMinute / 60_000;
    this.buckets = new RecentlyUsed(maximumKeys, { idleMs: Math.ceil(burst / this.perMillisecond), now });
  }

  /** Takes one request from `key`'s allowance. */
  take(key: string): RateDecision {
    const time = this.now();
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: this.burst, updatedAt: time };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = this.refilled(bucket, time);
    bucket.updatedAt = time;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return this.refusal(bucket.tokens);
  }

  /** Whether `key` has used up its allowance, without taking from it. */
  check(key: string): RateDecision {
    const bucket = this.buckets.peek(key);
    if (bucket === undefined) return { allowed: true };
    const tokens = this.refilled(bucket, this.now());
    return tokens >= 1 ? { allowed: true } : this.refusal(tokens);
  }

  /** Forgets the buckets that have refilled. */
  sweep(): void {
    this.buckets.sweep();
  }

  private refilled(bucket: Bucket, time: number): number {
    return Math.min(this.burst, bucket.tokens + (time - bucket.updatedAt) * this.perMillisecond);
  }

  private refusal(tokens: number): RateDecision {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMillisecond / 1000)) };
  }
}
