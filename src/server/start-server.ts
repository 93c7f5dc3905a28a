import { createLogger } from './create-logger';
import { createServer, type CreateServerOptions, type LatchServer, type ListeningAddress } from './create-server';

export interface StartServerOptions extends CreateServerOptions {
  port?: number;
  host?: string;
}

/** Connects the shared store when one is configured, then createServer and listen; resolves once the port is open. */
export async function startServer(options: StartServerOptions): Promise<{ server: LatchServer; address: ListeningAddress }> {
  const logger = options.logger ?? createLogger(options.config.server);
  // With LATCH_REDIS_URL, wait for Redis before taking requests; an unreachable one stops start-up and says which address.
  const redis = options.config.redis;
  // The Redis stores (ioredis and its limiters, about 20 MB) are loaded only when Redis is configured.
  const shared = options.shared ?? (redis && !options.storage ? await (await import('../stores/shared-stores')).connectRedisStores({ settings: redis, config: options.config, logger }) : undefined);
  let server: LatchServer;
  try {
    server = createServer({ ...options, logger, shared });
  } catch (error) {
    // A refused start (missing credentials) must not leave a Redis connection keeping the process alive.
    if (shared && !options.shared) await shared.close();
    throw error;
  }
  try {
    return { server, address: await server.listen(options.port, options.host) };
  } catch (error) {
    await server.close(0);
    throw error;
  }
}

/**
 * SIGTERM (orchestrators) and SIGINT (Ctrl-C): readyz turns 503, requests in flight finish, then the process
 * ends. A second signal, or the grace period running out, ends it at once.
 */
export function closeOnSignals(server: LatchServer, graceMs = 10_000, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return exit(1);
    closing = true;
    server.logger.info({ event: 'shutdown', signal }, 'shutting down: finishing requests in flight');
    const deadline = setTimeout(() => exit(1), graceMs + 1_000);
    deadline.unref();
    server.close(graceMs).then(
      () => {
        server.logger.info({ event: 'shutdown_complete' }, 'stopped');
        exit(0);
      },
      () => exit(1),
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
