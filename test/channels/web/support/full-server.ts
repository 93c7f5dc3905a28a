import type { BotStorage } from '../../../../src/channels/botbuilder/bot-storage';
import { createServer, type LatchServer } from '../../../../src/server/create-server';
import { mountWebChat } from '../../../../src/server/mount-web-chat';
import { connectRedisStores } from '../../../../src/stores/shared-stores';
import { loadConfig } from '../../../../src/config';
import { sharedEngine } from '../../../support/shared-engine';
import '../../../support/load-botbuilder-now';

/**
 * The server `latch serve` runs (LatchBot, Bot Framework route, web chat), on 127.0.0.1 and a free port;
 * with `redisUrl`, as it runs with LATCH_REDIS_URL set, sharing its state with other instances.
 */
export async function startFullServer(options: { storage?: BotStorage; redisUrl?: string } = {}): Promise<{ server: LatchServer; url: string }> {
  const config = loadConfig({ LATCH_LOG_LEVEL: 'silent', ...(options.redisUrl ? { LATCH_REDIS_URL: options.redisUrl } : {}) });
  const shared = options.redisUrl ? await connectRedisStores({ settings: config.redis!, config }) : undefined;
  const server = createServer({ config, engine: sharedEngine(), mount: mountWebChat, storage: options.storage, shared });
  const address = await server.listen(0, '127.0.0.1');
  return { server, url: address.url };
}
