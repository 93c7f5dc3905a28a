import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity } from '../channels/botbuilder/activity';
import express, { type RequestHandler } from 'express';
import type { BotChannel } from '../channels/botbuilder/bot-channel';
import type { JsonChunks } from '../channels/botbuilder/replies-json';
import type { Limiter } from '../channels/web/limiter';
import { channelLabel } from './channel-label';
import { truncatedForLog } from './truncated-for-log';
import { activityProblem } from './activity-problem';
import type { Logger } from './create-logger';
import { describeError } from './create-turn-observer';

export interface BotMessagesEndpointOptions {
  botChannel: BotChannel;
  logger: Logger;
  /** False in local mode (no app id): botbuilder then accepts any request, so latch limits and fences it. */
  authenticated: boolean;
  /** Requests without a valid token, by client address (every request in local mode). */
  unauthenticatedLimiter: Limiter;
  /** Local mode posts replies only to loopback addresses and these origins. */
  localReplyOrigins: readonly string[];
  /** Retry-After when the signing keys cannot be fetched and the error does not say. */
  keysRetryAfterSeconds: number;
}

// Three base64url parts; the SDK checks everything else. Anything else is refused before the body is read.
const bearerToken = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Express's `request.ip` where express has seen the request (it honours `trust proxy`), else the socket's. */
const clientAddress = (request: IncomingMessage & { ip?: string }) => request.ip ?? request.socket.remoteAddress ?? 'unknown';

/**
 * A JSON answer written straight to the socket, with one JSON.stringify: express's `json` would also hash
 * the body for an ETag, which a POST's answer never uses. The string itself is handed to `end`: Node then
 * writes headers and body as one string in one write, where a Buffer (a reply card is over 4 KB, past
 * Node's buffer pool, so a fresh allocation outside the heap each time) was a copy and a second chunk.
 */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  sendJsonText(response, status, JSON.stringify(body), headers);
}

/**
 * `sendJson` for a body the channel serialised, in pieces (a shared card's bytes as they were made): written
 * corked, so headers and pieces leave in one write.
 */
export function sendJsonText(response: ServerResponse, status: number, json: string | JsonChunks, headers?: Record<string, string>): void {
  const chunks = typeof json === 'string' ? [json] : json;
  let length = 0;
  for (const chunk of chunks) length += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  const jsonHeaders = { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': length };
  response.writeHead(status, headers ? { ...headers, ...jsonHeaders } : jsonHeaders);
  if (chunks.length === 1) {
    response.end(chunks[0]);
    return;
  }
  // end() uncorks: the pieces go out together.
  response.cork();
  for (let index = 0; index < chunks.length - 1; index++) response.write(chunks[index]);
  response.end(chunks[chunks.length - 1]);
}

function tooMany(response: ServerResponse, retryAfterSeconds: number): void {
  sendJson(response, 429, { error: 'too many requests; try again later' }, { 'Retry-After': String(retryAfterSeconds) });
}

/** A loopback host (the Bot Framework Emulator, a local test) or one of the allowed origins. */
function mayReplyTo(serviceUrl: string, allowedOrigins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(url.protocol)) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host) || allowedOrigins.includes(url.origin);
}

/** POST /api/messages in two steps on Node's own request and response, so express may be skipped. */
export interface BotMessagesEndpoint {
  /** Limits and the token's shape, before the body is read; false when it has answered (401, 429). */
  beforeBody(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** The parsed body: checked as an Activity, run through botbuilder, answered. */
  answer(request: IncomingMessage, response: ServerResponse, body: unknown): Promise<void>;
}

/**
 * POST /api/messages: limits and a token shape check before the body is read, then the Activity's shape
 * checked before botbuilder sees it. Authentication is done here rather than inside `CloudAdapter.process`,
 * which answers some invalid tokens (a bad signature, a wrong algorithm) with 500 instead of 401 and prints
 * them to stderr.
 */
export function botMessagesEndpoint(options: BotMessagesEndpointOptions): BotMessagesEndpoint {
  const { botChannel, logger, unauthenticatedLimiter } = options;

  async function beforeBody(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const address = clientAddress(request);
    if (!options.authenticated) {
      const decision = await unauthenticatedLimiter.consume(address);
      if (!decision.allowed) tooMany(response, decision.retryAfterSeconds);
      return decision.allowed;
    }
    const blocked = await unauthenticatedLimiter.check(address);
    if (!blocked.allowed) {
      tooMany(response, blocked.retryAfterSeconds);
      return false;
    }
    if (!bearerToken.test(request.headers.authorization ?? '')) {
      await unauthenticatedLimiter.consume(address);
      logger.warn({ event: 'unauthorized', reason: 'no bearer token' }, 'request rejected: invalid or missing token');
      // The body is never read, so the connection cannot be reused for another request.
      sendJson(response, 401, { error: 'unauthorized' }, { Connection: 'close' });
      return false;
    }
    return true;
  }

  async function answer(request: IncomingMessage, response: ServerResponse, body: unknown): Promise<void> {
    const problem = activityProblem(body);
    if (problem) return sendJson(response, 400, { error: `the body is not a Bot Framework Activity latch can serve: ${problem}` });
    const activity = body as Activity;
    if (activity.type === 'invoke') {
      // latch offers no invoke features (task modules, message extensions, Action.Execute); botbuilder would answer 501.
      return sendJson(response, 400, { error: `latch handles no invoke activities (name: ${truncatedForLog(activity.name ?? '', 60)})` });
    }
    if (typeof activity.timestamp === 'string') activity.timestamp = new Date(activity.timestamp);
    if (!options.authenticated && activity.deliveryMode !== 'expectReplies' && !mayReplyTo(activity.serviceUrl, options.localReplyOrigins)) {
      return sendJson(response, 400, { error: 'without credentials latch replies only to a loopback serviceUrl or one in server.local_reply_origins; or send deliveryMode "expectReplies"' });
    }
    const outcome = await botChannel.handleActivity(activity, request.headers.authorization ?? '');
    switch (outcome.outcome) {
      case 'processed':
        if (outcome.json !== undefined) sendJsonText(response, outcome.status, outcome.json);
        else if (outcome.body !== undefined) sendJson(response, outcome.status, outcome.body);
        else response.writeHead(outcome.status).end();
        return;
      case 'keys_unavailable':
        logger.error({ event: 'auth_unavailable', error: describeError(outcome.error) }, 'cannot verify tokens: signing keys unavailable');
        return sendJson(response, 503, { error: 'cannot verify the token right now' }, { 'Retry-After': String(outcome.retryAfterSeconds ?? options.keysRetryAfterSeconds) });
      case 'unauthorized':
        await unauthenticatedLimiter.consume(clientAddress(request));
        logger.warn({ event: 'unauthorized', channel: channelLabel(activity.channelId), reason: truncatedForLog(outcome.reason) }, 'request rejected: invalid or missing token');
        return sendJson(response, 401, { error: 'unauthorized' });
      case 'failed':
        logger.error({ event: 'activity_failed', channel: channelLabel(activity.channelId), error: describeError(outcome.error) }, 'activity could not be processed');
        if (!response.headersSent) sendJson(response, 500, { error: 'the activity could not be processed' });
    }
  }

  return { beforeBody, answer };
}

/**
 * The endpoint as express handlers, for the requests `create-server.ts` does not answer before express:
 * bodies express.json reads differently (another charset, compressed) and servers behind a trusted proxy,
 * whose client address express works out.
 */
export function botMessagesRoute(endpoint: BotMessagesEndpoint, bodyLimitBytes: number): RequestHandler[] {
  return [
    (request, response, next) => endpoint.beforeBody(request, response).then((allowed) => allowed && next(), next),
    express.json({ limit: bodyLimitBytes }),
    (request, response, next) => endpoint.answer(request, response, request.body).catch(next),
  ];
}
