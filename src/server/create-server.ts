import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { BotChannel } from '../channels/botbuilder/bot-channel';
import { botConversationStore } from '../channels/botbuilder/bot-conversation-store';
import { createLazyBotChannel } from '../channels/botbuilder/lazy-bot-channel';
import type { BotStorage } from '../channels/botbuilder/bot-storage';
import type { ConversationStore } from '../channels/botbuilder/conversation-store';
import type { SharedStores } from '../stores/shared-stores';
import type { Responder } from '../engine/responder';
import { cacheFirstTurns, isEmbeddedEngine } from '../engine/first-turn-cache';
import type { LatchConfig } from '../config';
import { memoryLimiterFactory } from '../channels/web/limiter';
import { botMessagesEndpoint, botMessagesRoute, sendJson, type BotMessagesEndpoint } from './bot-messages-route';
import { isPlainJsonRequest, readJsonBody } from './read-json-body';
import { channelLabel } from './channel-label';
import { checkCredentials } from './check-credentials';
import { createLogger, type Logger } from './create-logger';
import { conversationTag, createTurnObserver, describeError } from './create-turn-observer';
import { healthRoutes, type Readiness } from './health-routes';
import { ServerMetrics } from './server-metrics';
import { teamsTabRoutes } from '../channels/teams/teams-tab-routes';

/** The pieces a mounted router may reuse, e.g. the web chat's in-process adapter running the same bot. */
export interface ServerParts {
  config: LatchConfig;
  engine: Responder;
  /** The Bot Framework channel: /api/messages's activities, and the same bot for the web chat. */
  botChannel: BotChannel;
  /** Where the bot keeps conversations: bounded memory by default, or the `storage` option. */
  conversations: ConversationStore;
  logger: Logger;
  metrics: ServerMetrics;
  /** The stores several instances share (Redis), when configured; mounted channels keep their state there too. */
  shared?: SharedStores;
}

export interface CreateServerOptions {
  engine: Responder;
  config: LatchConfig;
  logger?: Logger;
  /**
   * Where conversation state lives. Memory (forgotten after `server.idle_expiry_minutes`, at most
   * `server.maximum_conversations`) by default; pass a durable botbuilder Storage (Cosmos DB, Azure Blobs, …)
   * to run several instances behind a load balancer.
   */
  storage?: BotStorage;
  /** Shared stores (Redis, from `connectRedisStores`): state, web conversations, limits. Closed with the server. */
  shared?: SharedStores;
  /**
   * Serve a conversation's first message from the first-turn cache when the same words came on the same
   * day (default true; src/engine/first-turn-cache.ts). False makes every turn run the engine, as
   * bench:server's uncached server does to show what a turn the cache misses costs.
   */
  firstTurnCache?: boolean;
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

/** What a mounted channel may hand back: a way to stop it, and a taker for WebSocket upgrades. */
export interface MountedChannel {
  close(): void;
  /** True when it took the upgrade; other upgrade requests are refused. */
  handleUpgrade?(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
}

/**
 * The express app for Teams and Azure Bot Service: POST /api/messages through CloudAdapter, health, metrics
 * and the Teams tab. Refuses (throws CredentialsError) in production without app credentials.
 */
export function createServer(options: CreateServerOptions): LatchServer {
  const { config } = options;
  // Conversations that open with the same words on the same day share the engine's work (first-turn-cache.ts).
  const engine = options.firstTurnCache !== false && isEmbeddedEngine(options.engine) ? cacheFirstTurns(options.engine) : options.engine;
  const logger = options.logger ?? createLogger(config.server);
  const credentialCheck = checkCredentials(config.server, config.botCredentials);
  if (credentialCheck.warning) logger.warn({ event: 'credentials' }, credentialCheck.warning);

  const { shared } = options;
  // Shared (Redis) or durable state saves with the eTag it read, so two instances never overwrite each
  // other's turn (LatchBot runs the losing turn again); one instance keeps bounded objects in memory.
  const durable = options.storage ?? shared?.storage;
  const conversations = botConversationStore(durable, { idleMs: config.server.idleExpiryMs, maximumConversations: config.server.maximumConversations });
  const metrics = new ServerMetrics(conversations);
  const botChannel = createLazyBotChannel({
    engine,
    conversations,
    credentials: config.botCredentials,
    authenticated: credentialCheck.authenticated,
    server: config.server,
    observer: createTurnObserver(metrics, logger),
    // The last line of defence, for errors outside the engine (storage, sending): the person still hears back.
    failures: {
      message: engine.knowledgeBase.messages.error,
      report(error, where) {
        metrics.turnErrors.inc();
        logger.error({ event: 'turn_error', channel: channelLabel(where.channelId), conversation: conversationTag(where.conversationId ?? ''), error: describeError(error) }, 'unhandled error in a turn');
      },
      reportUnsent: (error) => logger.error({ event: 'turn_error_reply_failed', error: describeError(error) }, 'could not send the error message'),
    },
  });

  const parts: ServerParts = { config, engine, botChannel, conversations, logger, metrics, shared };
  const readiness: Readiness = { accepting: true, storeReachable: shared ? () => shared.isReachable() : undefined };
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy every visitor would share the proxy's address, and its per-address limits.
  if (config.webChat.trustProxy !== undefined) app.set('trust proxy', config.webChat.trustProxy);
  const countResponse = countResponses(metrics, logger);
  app.use((request, response, next) => {
    countResponse(request, response);
    next();
  });
  // The same token buckets as the web chat's limits (or the same purposes in Redis), not a second mechanism.
  const perMinute = config.server.unauthenticatedMessagesPerMinutePerAddress;
  const unauthenticatedLimiter = (shared?.web.limiters ?? memoryLimiterFactory()).create('unauthenticated-messages-per-address', perMinute, perMinute);
  const limiterSweeper = setInterval(() => unauthenticatedLimiter.sweep?.(), 60_000);
  limiterSweeper.unref();
  const messages = botMessagesEndpoint({
    botChannel,
    logger,
    authenticated: credentialCheck.authenticated,
    unauthenticatedLimiter,
    localReplyOrigins: config.server.localReplyOrigins,
    keysRetryAfterSeconds: config.server.openIdMetadata.retryAfterSeconds,
  });
  // Requests the fast path below leaves to express; first, as express tries the routes in order.
  app.post('/api/messages', ...botMessagesRoute(messages, config.server.bodyLimitBytes));
  app.use(healthRoutes(engine.knowledgeBase, readiness, metrics));
  app.use(teamsTabRoutes({ config, knowledgeBase: engine.knowledgeBase, contacts: engine.contacts }));
  const mounted = options.mount?.(app, parts);
  app.use(jsonErrors(logger));
  const handleRequest = messagesBeforeExpress(app, messages, {
    bodyLimitBytes: config.server.bodyLimitBytes,
    // Behind a trusted proxy the client's address is express's to work out (X-Forwarded-For).
    enabled: config.webChat.trustProxy === undefined,
    countResponse,
    logger,
  });

  let httpServer: Server | undefined;
  return {
    ...parts,
    app,
    get httpServer() {
      return httpServer;
    },
    listen(port = config.server.port, host = config.server.host) {
      return new Promise<ListeningAddress>((resolve, reject) => {
        const server = createLimitedHttpServer(handleRequest, config.server);
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
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
      conversations.dispose?.();
      metrics.close();
      clearInterval(limiterSweeper);
      mounted?.close();
      const server = httpServer;
      const closeShared = () => shared?.close() ?? Promise.resolve();
      if (!server?.listening) return closeShared();
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        // A keep-alive connection turns idle when its last response is sent; close it then, not at its timeout.
        const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(idleSweep);
          // Redis last: the requests that were finishing still needed it.
          closeShared().then(resolve, resolve);
        });
        server.closeIdleConnections();
      });
    },
  };
}

const requestStarted = Symbol('latch request started');
type TimedResponse = ServerResponse & { [requestStarted]?: number; req: IncomingMessage & { route?: { path: unknown }; baseUrl?: string } };

/**
 * Every response counted by route and status when it finishes (and logged at debug level), through one
 * listener shared by all responses rather than a closure made for each. The route is express's, or
 * /api/messages for the requests answered before express.
 */
function countResponses(metrics: ServerMetrics, logger: Logger): (request: IncomingMessage, response: ServerResponse) => void {
  const debug = () => logger.isLevelEnabled('debug');
  function finished(this: TimedResponse): void {
    const request = this.req;
    const route = request.route ? `${request.baseUrl ?? ''}${String(request.route.path)}` : (this as { [messagesRoute]?: string })[messagesRoute] ?? 'unmatched';
    metrics.httpRequests.inc({ route, status: String(this.statusCode) });
    const started = this[requestStarted];
    if (started !== undefined) logger.debug({ event: 'http', method: request.method, route, status: this.statusCode, durationMs: Number((performance.now() - started).toFixed(2)) }, 'request');
  }
  return (_request, response) => {
    // Timed only when the debug line will be written; the level is read per request, so it may change.
    if (debug()) (response as TimedResponse)[requestStarted] = performance.now();
    response.once('finish', finished);
  };
}

const messagesRoute = Symbol('latch messages route');

/**
 * POST /api/messages answered on Node's request and response before express sees it: nearly every request
 * is one, and express's routing, request and response objects and body-parser cost more than a third of
 * what a turn costs besides the engine. The same endpoint (limits, token shape, Activity checks,
 * botbuilder) answers; a body express.json reads differently (another charset, compressed) and servers
 * behind a trusted proxy still go through express's route.
 */
function messagesBeforeExpress(
  app: Express,
  endpoint: BotMessagesEndpoint,
  options: { bodyLimitBytes: number; enabled: boolean; countResponse: (request: IncomingMessage, response: ServerResponse) => void; logger: Logger },
): (request: IncomingMessage, response: ServerResponse) => void {
  if (!options.enabled) return app;
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    if (!(await endpoint.beforeBody(request, response))) return;
    const body = await readJsonBody(request, options.bodyLimitBytes);
    if (!body.ok) return sendJson(response, body.status, { error: body.error });
    await endpoint.answer(request, response, body.value);
  };
  return (request, response) => {
    if (request.method !== 'POST' || !isMessagesPath(request.url) || !isPlainJsonRequest(request)) return app(request, response);
    (response as { [messagesRoute]?: string })[messagesRoute] = '/api/messages';
    options.countResponse(request, response);
    answer(request, response).catch((error: unknown) => {
      // As express's error handler (jsonErrors) would.
      options.logger.error({ event: 'http_error', error: describeError(error) }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
    });
  };
}

/** /api/messages, with or without a query, as express's route matches it (case and one trailing slash aside). */
function isMessagesPath(url: string | undefined): boolean {
  return url === '/api/messages' || (url !== undefined && url.startsWith('/api/messages?'));
}

/**
 * An HTTP server with time limits: Node's defaults hold a request whose body never finishes for 5 minutes
 * and check only every 30 s. Each limit is from config (README "Configuration").
 */
function createLimitedHttpServer(handleRequest: (request: IncomingMessage, response: ServerResponse) => void, limits: LatchConfig['server']): Server {
  const server = createHttpServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node looks for requests past headersTimeout or requestTimeout.
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4))),
    },
    handleRequest,
  );
  // A socket with nothing happening on it (no bytes either way) is closed after this long.
  server.setTimeout(limits.idleSocketTimeoutMs, (socket) => socket.destroy());
  server.maxConnections = limits.maximumConnections;
  return server;
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
