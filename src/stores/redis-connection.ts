import Redis from 'ioredis';

/** The part of a pino logger the Redis connection uses. */
export interface StoreLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface RedisConnectionOptions {
  url: string;
  logger?: StoreLogger;
  /** Longest wait between reconnection attempts; they start at 100 ms and double. */
  maximumBackoffMs?: number;
}

/**
 * A Redis connection that reconnects forever with doubling backoff (100 ms up to `maximumBackoffMs`, with
 * jitter so a fleet of instances does not reconnect in step). Commands are never queued while it is down:
 * they fail at once, so a turn answers with the error sentence instead of hanging, and /readyz says why.
 */
export function connectRedis(options: RedisConnectionOptions): Redis {
  const maximumBackoffMs = options.maximumBackoffMs ?? 5_000;
  const client = new Redis(options.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 5_000,
    retryStrategy: (attempt) => Math.min(maximumBackoffMs, 100 * 2 ** Math.min(attempt - 1, 10)) * (0.75 + Math.random() * 0.5),
  });
  let down = false;
  client.on('ready', () => {
    if (down) options.logger?.info({ event: 'redis_ready' }, 'Redis is reachable again');
    down = false;
  });
  client.on('error', (error: Error) => {
    // One line per outage, not one per reconnection attempt.
    if (!down) options.logger?.error({ event: 'redis_unreachable', error: error.message }, 'Redis is unreachable; reconnecting with backoff');
    down = true;
  });
  return client;
}

/** Resolves once the connection is ready, or fails after `timeoutMs` naming the address to check. */
export async function waitUntilReady(client: Redis, url: string, timeoutMs = 10_000): Promise<void> {
  if (client.status === 'ready') return;
  if (client.status === 'wait') client.connect().catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error(`cannot reach Redis at ${redactedUrl(url)} within ${timeoutMs / 1000} s: check LATCH_REDIS_URL (or redis.url in latch.config.yaml) and that Redis 6 or later is running`));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}

/** The address without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unreadable address)';
  }
}
