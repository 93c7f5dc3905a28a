import type { ContentProblem } from '../knowledge/content-error';
import type { YamlSource } from '../knowledge/yaml-source';
import { ConfigError } from './config-error';
import type { ConfigFile } from './config-file-schema';

/**
 * Where Redis is (`LATCH_REDIS_URL` or `redis.url`) and the prefix of every key latch writes there; undefined
 * keeps everything in this process's memory. A redis:// or rediss:// (TLS, as Azure Cache for Redis wants)
 * address, checked at start-up; a wrong one names the variable, or the file and line, it came from (never the
 * address itself, which may carry a password).
 */
export function redisSettings(redis: ConfigFile['redis'], where: { shownPath: string; source?: YamlSource }, fromEnvironment: boolean): { url: string; keyPrefix: string } | undefined {
  const { url } = redis;
  if (!url) return undefined;
  const problem = (message: string): ConfigError => {
    const found: ContentProblem = fromEnvironment
      ? { file: 'LATCH_REDIS_URL', line: undefined, path: '', message }
      : { file: where.shownPath, line: where.source?.lineOf(['redis', 'url']), path: 'redis.url', message };
    return new ConfigError([found]);
  };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw problem('is not an address; expected e.g. redis://127.0.0.1:6379 or rediss://:KEY@NAME.redis.cache.windows.net:6380');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw problem(`must start with redis:// or rediss://, not ${parsed.protocol}//`);
  return { url, keyPrefix: redis.key_prefix };
}

export type RedisSettings = NonNullable<ReturnType<typeof redisSettings>>;
