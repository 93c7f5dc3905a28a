import type { LatchConfig } from '../src/config';
import { createServer } from '../src/server/create-server';
import { mountWebChat } from '../src/server/mount-web-chat';
import type { Responder } from '../src/engine/responder';

export interface FuzzTarget {
  url: string;
  /** Errors that escaped every handler while the target ran: each would have crashed `latch serve`. */
  crashes(): number;
  close(): Promise<void>;
}

const generous = 1_000_000;

/**
 * The server `latch serve` runs (Bot Framework route, web chat, tab, health), with the per-client limits
 * raised so malformed requests reach the handlers behind them instead of stopping at a 429.
 */
export async function startFuzzTarget(config: LatchConfig, engine: Responder): Promise<FuzzTarget> {
  const limits = { messagesPerMinutePerConversation: generous, messagesPerMinutePerAddress: generous, conversationsPerMinutePerAddress: generous, pollsPerMinutePerConversation: generous, refreshesPerMinutePerConversation: generous };
  const server = createServer({
    config: {
      ...config,
      server: { ...config.server, logLevel: 'silent', unauthenticatedMessagesPerMinutePerAddress: generous },
      webChat: { ...config.webChat, rateLimits: limits },
    },
    engine,
    mount: mountWebChat,
  });
  let crashes = 0;
  const countCrash = () => {
    crashes++;
  };
  process.on('uncaughtException', countCrash);
  process.on('unhandledRejection', countCrash);
  const address = await server.listen(0, '127.0.0.1');
  return {
    url: address.url,
    crashes: () => crashes,
    async close() {
      await server.close(100);
      process.off('uncaughtException', countCrash);
      process.off('unhandledRejection', countCrash);
    },
  };
}
