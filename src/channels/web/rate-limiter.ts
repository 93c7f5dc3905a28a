export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Token buckets by key: `perMinute` requests a minute on average, with bursts of up to `burst`. Full buckets
 * are forgotten on `sweep()`, so memory follows the number of busy clients, not of all clients ever seen.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private readonly perMillisecond: number;

  constructor(
    perMinute: number,
    private readonly burst: number = perMinute,
    private readonly now: () => number = Date.now,
  ) {
    this.perMillisecond = perMinute / 60_000;
  }

  take(key: string): RateDecision {
    const time = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: time };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (time - bucket.updatedAt) * this.perMillisecond);
    bucket.updatedAt = time;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMillisecond / 1000)) };
  }

  sweep(): void {
    const time = this.now();
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (time - bucket.updatedAt) * this.perMillisecond >= this.burst) this.buckets.delete(key);
    }
  }
}
