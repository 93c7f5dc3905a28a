import { randomBytes } from 'node:crypto';
import type { BotStorage } from '../channels/botbuilder/bot-storage';
import type { WebChannelStores } from '../channels/web/create-web-channel';
import type { LatchConfig, RedisSettings } from '../config';
import { connectRedis, redactedUrl, waitUntilReady, type StoreLogger } from './redis-connection';
import { redisConversationStore } from './redis-conversation-store';
import { redisLimiterFactory } from './redis-limiter-factory';
import { RedisStorage } from '../channels/botbuilder/redis-storage';

/**
 * Everything several instances must share: Bot Framework state, the web chat's conversations, limits and
 * token key. Without it each instance keeps its own in memory (the default).
 */
export interface SharedStores {
  /** Bot Framework conversation (and user) state, with eTags and the idle expiry. */
  storage: BotStorage;
  /** The web chat's conversations and token key, and every rate limit (the web chat's and /api/messages'), counted across instances. */
  web: WebChannelStores;
  /** Where it lives, for logs and /readyz (no password). */
  description: string;
  /** False while the store cannot be reached: /readyz answers 503 so a load balancer sends traffic elsewhere. */
  isReachable(): boolean;
  close(): Promise<void>;
}

export interface ConnectRedisOptions {
  settings: RedisSettings;
  config: Pick<LatchConfig, 'server' | 'webChat'>;
  logger?: StoreLogger;
  /** How long start-up waits for Redis before refusing to start. */
  connectTimeoutMs?: number;
  maximumBackoffMs?: number;
}

/** Connects to Redis (waiting for it at start-up, then reconnecting with backoff for as long as it runs). */
export async function connectRedisStores(options: ConnectRedisOptions): Promise<SharedStores> {
  const { settings, config } = options;
  const client = connectRedis({ url: settings.url, logger: options.logger, maximumBackoffMs: options.maximumBackoffMs });
  // Subscribing takes a connection of its own in Redis.
  const subscriber = client.duplicate();
  subscriber.on('error', () => undefined);
  try {
    await Promise.all([waitUntilReady(client, settings.url, options.connectTimeoutMs), waitUntilReady(subscriber, settings.url, options.connectTimeoutMs)]);
  } catch (error) {
    client.disconnect();
    subscriber.disconnect();
    throw error;
  }
  // One signing key for every instance, made by whichever starts first, so a token from one opens the conversation on all.
  const tokenKeyName = `${settings.keyPrefix}dl:token-key`;
  await client.set(tokenKeyName, randomBytes(32).toString('base64url'), 'NX');
  const tokenKey = (await client.get(tokenKeyName)) ?? '';
  // A Redis restarted without its data would let the next instance to start make a different key; the
  // instances already running put theirs back first.
  client.on('ready', () => {
    client.set(tokenKeyName, tokenKey, 'NX').catch(() => undefined);
  });
  const web: WebChannelStores = {
    conversations: redisConversationStore(client, subscriber, {
      keyPrefix: settings.keyPrefix,
      idleMs: config.webChat.idleSeconds * 1000,
      maximumConversations: config.webChat.maximumConversations,
      maximumActivitiesEach: 1000,
    }),
    limiters: redisLimiterFactory(client, settings.keyPrefix),
    tokenKey,
  };
  options.logger?.info({ event: 'redis_connected', redis: redactedUrl(settings.url) }, 'conversations, state and limits are shared through Redis');
  return {
    storage: new RedisStorage(client, { keyPrefix: settings.keyPrefix, idleMs: config.server.idleExpiryMs }),
    web,
    description: redactedUrl(settings.url),
    isReachable: () => client.status === 'ready' && subscriber.status === 'ready',
    async close() {
      await Promise.allSettled([client.quit(), subscriber.quit()]);
      // Only a connection that quit did not end: ioredis's disconnect() on one already ended starts a 2 s
      // timer to destroy a stream that has closed, which nothing clears and which holds the process open.
      for (const connection of [client, subscriber]) if (connection.status !== 'end') connection.disconnect();
    },
  };
}
