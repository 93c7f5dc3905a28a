import type { ConfigFile } from './config-file-schema';

/**
 * Where Redis is (`LATCH_REDIS_URL` or `redis.url`) and the prefix of every key latch writes there; undefined
 * keeps everything in this process's memory. A redis:// or rediss:// (TLS, as Azure Cache for Redis wants)
 * address, checked at start-up.
 */
export function redisSettings(redis: ConfigFile['redis'], shownPath: string): { url: string; keyPrefix: string } | undefined {
  const { url } = redis;
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`LATCH_REDIS_URL (or redis.url in ${shownPath}) is not an address; expected e.g. redis://127.0.0.1:6379 or rediss://:KEY@NAME.redis.cache.windows.net:6380`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`LATCH_REDIS_URL (or redis.url in ${shownPath}) must start with redis:// or rediss://, not ${parsed.protocol}//`);
  return { url, keyPrefix: redis.key_prefix };
}

export type RedisSettings = NonNullable<ReturnType<typeof redisSettings>>;
