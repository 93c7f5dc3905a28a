import { RateLimiter, type RateDecision } from './rate-limiter';

/**
 * One purpose's allowance (messages per conversation, polls, unauthenticated Bot Framework requests per
 * address, …): `consume` takes one request from `key`'s. The one way latch limits rates: token buckets in
 * memory, or the same purposes counted in Redis across instances (src/stores/redis-limiter-factory.ts).
 */
export interface Limiter {
  consume(key: string): Promise<RateDecision>;
  /** Whether `key` has used up its allowance, without taking from it. */
  check(key: string): Promise<RateDecision>;
  /** Forgets keys that are back at their full allowance (memory); shared stores expire their own. */
  sweep?(): void;
}

/** Makes a limiter per purpose: `perMinute` on average with bursts of up to `burst`. */
export interface LimiterFactory {
  create(purpose: string, perMinute: number, burst: number): Limiter;
}

/** The default: token buckets in this process's memory. */
export function memoryLimiterFactory(now: () => number = Date.now): LimiterFactory {
  return {
    create(_purpose, perMinute, burst) {
      const buckets = new RateLimiter(perMinute, burst, now);
      return { consume: async (key) => buckets.take(key), check: async (key) => buckets.check(key), sweep: () => buckets.sweep() };
    },
  };
}
