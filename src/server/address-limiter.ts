import type * as RateLimiterFlexible from 'rate-limiter-flexible';

// The two classes used here, loaded on their own: the package's index also loads a limiter for every store it
// supports (Mongo, MySQL, Postgres, DynamoDB, ...), about 8 MB and a quarter of a second at every start.
const RateLimiterMemory: typeof RateLimiterFlexible.RateLimiterMemory = require('rate-limiter-flexible/lib/RateLimiterMemory');
const RateLimiterRes: typeof RateLimiterFlexible.RateLimiterRes = require('rate-limiter-flexible/lib/RateLimiterRes');
type RateLimiterAbstract = RateLimiterFlexible.RateLimiterAbstract;

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Requests a minute by key (a client address), on rate-limiter-flexible: its memory store now, and the same
 * interface on Redis when several instances share limits.
 */
export class AddressLimiter {
  private readonly limiter: RateLimiterAbstract;

  /** `shared`: the same allowance counted in Redis (from SharedStores.createRateLimiter), for every instance. */
  constructor(
    private readonly perMinute: number,
    shared?: RateLimiterAbstract,
  ) {
    this.limiter = shared ?? new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Takes one request from `key`'s allowance. */
  async take(key: string): Promise<LimitDecision> {
    try {
      await this.limiter.consume(key);
      return { allowed: true };
    } catch (rejection) {
      return refused(rejection);
    }
  }

  /** Whether `key` has used up its allowance, without taking from it. */
  async check(key: string): Promise<LimitDecision> {
    let state: RateLimiterFlexible.RateLimiterRes | null;
    try {
      state = await this.limiter.get(key);
    } catch (error) {
      return refused(error);
    }
    if (!state || state.consumedPoints < this.perMinute) return { allowed: true };
    return refused(state);
  }
}

function refused(rejection: unknown): LimitDecision {
  // A store error (not possible in memory, possible in Redis) is not the client's fault: let it through.
  if (!(rejection instanceof RateLimiterRes)) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
}
