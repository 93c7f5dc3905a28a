import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimiterFactory } from '../channels/web/limiter';

/**
 * Limits shared by every instance, counted in Redis by rate-limiter-flexible. Its windows are fixed, so a
 * purpose allowing `perMinute` with bursts of `burst` becomes `burst` requests per `burst / perMinute`
 * minutes: the same average and the same largest burst. While Redis is down each instance counts in its own
 * memory instead (the library's insurance limiter), so limits still hold, per instance.
 */
export function redisLimiterFactory(client: Redis, keyPrefix: string): LimiterFactory {
  return {
    create(purpose, perMinute, burst) {
      const points = Math.max(1, Math.round(burst));
      const limiter = redisRateLimiter(client, keyPrefix, purpose, points, Math.max(1, Math.round((points * 60) / perMinute)));
      return {
        async consume(key) {
          try {
            await limiter.consume(key);
            return { allowed: true };
          } catch (rejection) {
            if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
            throw rejection;
          }
        },
        async check(key) {
          let state: RateLimiterRes | null;
          try {
            state = await limiter.get(key);
          } catch {
            // A store that cannot answer is not the client's fault: let the request through to its checks.
            return { allowed: true };
          }
          if (!state || state.consumedPoints < points) return { allowed: true };
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) };
        },
      };
    },
  };
}

/** `points` requests per `durationSeconds` by key, counted in Redis, with this process's memory as insurance. */
export function redisRateLimiter(client: Redis, keyPrefix: string, purpose: string, points: number, durationSeconds: number): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: client,
    keyPrefix: `${keyPrefix}limit:${purpose}`,
    points,
    duration: durationSeconds,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${keyPrefix}limit:${purpose}`, points, duration: durationSeconds }),
  });
}
