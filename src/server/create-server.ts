import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, ConversationState, type Storage } from 'botbuilder';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { ExpiringMemoryStorage } from '../channels/botbuilder/expiring-memory-storage';
import { OptimisticConversationState } from '../channels/botbuilder/optimistic-conversation-state';
import type { SharedStores } from '../stores/shared-stores';
import { LatchBot } from '../channels/botbuilder/latch-bot';
import { LatchCloudAdapter } from '../channels/botbuilder/latch-cloud-adapter';
import type { Responder } from '../engine/responder';
import type { LatchConfig } from '../config';
import { botMessagesRoute } from './bot-messages-route';
import { checkCredentials } from './check-credentials';
import { createLogger, type Logger } from './create-logger';
import { conversationTag, createTurnObserver, describeError } from './create-turn-observer';
import { healthRoutes, type Readiness } from './health-routes';
import { ServerMetrics } from './server-metrics';
import { teamsTabRoutes } from './teams-tab-routes';

/** An engine as the server needs it: turns for the bot, the knowledge base for readiness and the tab. */
export type ServedEngine = Responder;

/** The pieces a mounted router may reuse, e.g. the web chat's in-process adapter running the same bot. */
export interface ServerParts {
  config: LatchConfig;
  engine: ServedEngine;
  bot: LatchBot;
  adapter: LatchCloudAdapter;
  conversationState: ConversationState;
  storage: Storage;
  logger: Logger;
  metrics: ServerMetrics;
  /** The stores several instances share (Redis), when configured; mounted channels keep their state there too. */
  shared?: SharedStores;
}

export interface CreateServerOptions {
  engine: ServedEngine;
  config: LatchConfig;
  logger?: Logger;
  /**
   * Where conversation state lives. Memory (forgotten after `server.idle_expiry_minutes`) by default; pass a
   * durable botbuilder Storage (Cosmos DB, Azure Blobs, …) to run several instances behind a load balancer.
   */
  storage?: Storage;
  /** Shared stores (Redis, from `connectRedisStores`): state, web conversations, limits. Closed with the server. */
  shared?: SharedStores;
  /** Extra routes, mounted after latch's own and before the JSON error handler; what they return is closed with the server. */
  mount?: (app: Express, parts: ServerParts) => void | MountedChannel;
}

export interface ListeningAddress {
  host: string;
  port: number;
  url: string;
}

export interface LatchServer extends ServerParts {
  app: Express;
  /** Starts listening; port 0 picks a free port (tests). */
  listen(port?: number, host?: string): Promise<ListeningAddress>;
  /** Stops taking new requests (readyz turns 503), lets requests in flight finish, then closes. */
  close(graceMs?: number): Promise<void>;
  readonly httpServer: Server | undefined;
}

/**
 * The express app for Teams and Azure Bot Service: POST /api/messages through CloudAdapter, health, metrics
 * and the Teams tab. Refuses (throws CredentialsError) in production without app credentials.
 */
/** What a mounted channel may hand back: a way to stop it, and a taker for WebSocket upgrades. */
export interface MountedChannel {
  close(): void;
  /** True when it took the upgrade; other upgrade requests are refused. */
  handleUpgrade?(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
}

export function createServer(options: CreateServerOptions): LatchServer {
  const { config, engine } = options;
  const logger = options.logger ?? createLogger(config.server);
  const credentialCheck = checkCredentials(config.server, config.botCredentials);
  if (credentialCheck.warning) logger.warn({ event: 'credentials' }, credentialCheck.warning);

  const metrics = new ServerMetrics();
  const { shared } = options;
  const ownStorage = options.storage || shared ? undefined : new ExpiringMemoryStorage(config.server.idleExpiryMs);
  const storage: Storage = options.storage ?? shared?.storage ?? ownStorage!;
  // Saves with the eTag read, so with a shared store two instances never overwrite each other's turn.
  const conversationState: ConversationState = new OptimisticConversationState(storage);
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.botCredentials.appId,
    MicrosoftAppPassword: config.botCredentials.appPassword,
    // With no app id botbuilder runs unauthenticated, but only if no tenant-bound app type is named.
    MicrosoftAppType: config.botCredentials.appId ? config.botCredentials.appType : undefined,
    MicrosoftAppTenantId: config.botCredentials.appTenantId,
  });
  const adapter = new LatchCloudAdapter(authentication);
  const bot = new LatchBot(engine, conversationState, {
    idleExpiryMs: config.server.idleExpiryMs,
    typingAfterMs: config.server.typingAfterMs,
    observer: createTurnObserver(metrics, logger),
    includeText: config.server.logMessages,
  });
  // The last line of defence, for errors outside the engine (storage, sending): the person still hears back.
  adapter.onTurnError = async (context, error) => {
    metrics.turnErrors.inc();
    logger.error({ event: 'turn_error', channel: context.activity.channelId, conversation: conversationTag(context.activity.conversation?.id ?? ''), error: describeError(error) }, 'unhandled error in a turn');
    try {
      await context.sendActivity(engine.knowledgeBase.messages.error);
    } catch (sendError) {
      logger.error({ event: 'turn_error_reply_failed', error: describeError(sendError) }, 'could not send the error message');
    }
  };

  const parts: ServerParts = { config, engine, bot, adapter, conversationState, storage, logger, metrics, shared };
  const readiness: Readiness = { accepting: true, storeReachable: shared ? () => shared.isReachable() : undefined };
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy every visitor would share the proxy's address, and its per-address limits.
  if (config.webChat.trustProxy !== undefined) app.set('trust proxy', config.webChat.trustProxy);
  app.use((request, response, next) => {
    const started = performance.now();
    response.on('finish', () => {
      const route = request.route ? `${request.baseUrl}${String(request.route.path)}` : 'unmatched';
      metrics.httpRequests.inc({ route, status: String(response.statusCode) });
      logger.debug({ event: 'http', method: request.method, route, status: response.statusCode, durationMs: Number((performance.now() - started).toFixed(2)) }, 'request');
    });
    next();
  });
  // Only the Bot Framework route: mounted channels (the web chat's Direct Line) parse with their own limits.
  app.use('/api/messages', express.json({ limit: config.server.bodyLimitBytes }));
  app.use(healthRoutes(engine.knowledgeBase, readiness, metrics));
  app.post('/api/messages', botMessagesRoute({ adapter, bot, logger }));
  app.use(teamsTabRoutes({ config, knowledgeBase: engine.knowledgeBase, contacts: engine.contacts }));
  const mounted = options.mount?.(app, parts);
  app.use(jsonErrors(logger));

  let httpServer: Server | undefined;
  return {
    ...parts,
    app,
    get httpServer() {
      return httpServer;
    },
    listen(port = config.server.port, host = config.server.host) {
      return new Promise<ListeningAddress>((resolve, reject) => {
        const server = app.listen(port, host, (error?: Error) => {
          if (error) return reject(error);
          const address = server.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve({ host, port: address.port, url: `http://${shownHost}:${address.port}` });
        });
        server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
          if (mounted?.handleUpgrade?.(request, socket, head)) return;
          socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        });
        httpServer = server;
      });
    },
    close(graceMs = 10_000) {
      readiness.accepting = false;
      ownStorage?.dispose();
      mounted?.close();
      const server = httpServer;
      if (!server?.listening) return shared ? shared.close() : Promise.resolve();
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        // A keep-alive connection turns idle when its last response is sent; close it then, not at its timeout.
        const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(idleSweep);
          // Redis last: the requests that were finishing still needed it.
          (shared ? shared.close() : Promise.resolve()).then(resolve, resolve);
        });
        server.closeIdleConnections();
      });
    },
  };
}

/** Body-parser and other errors as short JSON: 413 for a body over the limit, 400 for malformed JSON. */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; type?: string; message?: string }, _request, response, next) => {
    if (response.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) logger.error({ event: 'http_error', error: describeError(error) }, 'request failed');
    const message = error.type === 'entity.too.large' ? 'the request body is too large' : error.type === 'entity.parse.failed' ? 'the request body is not valid JSON' : status >= 500 ? 'internal error' : (error.message ?? 'bad request');
    response.status(status).json({ error: message });
  };
}
