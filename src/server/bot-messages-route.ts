import type { Activity } from '../channels/botbuilder/activity';
import express, { type RequestHandler, type Response } from 'express';
import type { BotChannel } from '../channels/botbuilder/bot-channel';
import { clientAddress } from '../channels/web/direct-line-error';
import type { AddressLimiter } from './address-limiter';
import { channelLabel } from './channel-label';
import { truncatedForLog } from './truncated-for-log';
import { activityProblem } from './activity-problem';
import type { Logger } from './create-logger';
import { describeError } from './create-turn-observer';

interface BotMessagesRouteOptions {
  botChannel: BotChannel;
  logger: Logger;
  /** False in local mode (no app id): botbuilder then accepts any request, so latch limits and fences it. */
  authenticated: boolean;
  bodyLimitBytes: number;
  /** Requests without a valid token, by client address (every request in local mode). */
  unauthenticatedLimiter: AddressLimiter;
  /** Local mode posts replies only to loopback addresses and these origins. */
  localReplyOrigins: readonly string[];
  /** Retry-After when the signing keys cannot be fetched and the error does not say. */
  keysRetryAfterSeconds: number;
}

// Three base64url parts; the SDK checks everything else. Anything else is refused before the body is read.
const bearerToken = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function tooMany(response: Response, retryAfterSeconds: number): void {
  response.set('Retry-After', String(retryAfterSeconds)).status(429).json({ error: 'too many requests; try again later' });
}

/**
 * The replies as JSON, written straight to the socket: express's `json` would also hash the body for an
 * ETag, which a POST's answer never uses.
 */
function sendJson(response: Response, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) });
  response.end(json);
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

/**
 * POST /api/messages, as handlers in order: limits and a token shape check before the body is read, the
 * body parsed within its limit, then the Activity's shape checked before botbuilder sees it. Authentication
 * is done here rather than inside `CloudAdapter.process`, which answers some invalid tokens (a bad
 * signature, a wrong algorithm) with 500 instead of 401 and prints them to stderr.
 */
export function botMessagesRoute(options: BotMessagesRouteOptions): RequestHandler[] {
  const { botChannel, logger, unauthenticatedLimiter } = options;

  const beforeBody: RequestHandler = async (request, response, next) => {
    const address = clientAddress(request);
    if (!options.authenticated) {
      const decision = await unauthenticatedLimiter.take(address);
      if (!decision.allowed) return tooMany(response, decision.retryAfterSeconds);
      return next();
    }
    const blocked = await unauthenticatedLimiter.check(address);
    if (!blocked.allowed) return tooMany(response, blocked.retryAfterSeconds);
    if (!bearerToken.test(request.headers.authorization ?? '')) {
      await unauthenticatedLimiter.take(address);
      logger.warn({ event: 'unauthorized', reason: 'no bearer token' }, 'request rejected: invalid or missing token');
      // The body is never read, so the connection cannot be reused for another request.
      response.set('Connection', 'close').status(401).json({ error: 'unauthorized' });
      return;
    }
    next();
  };

  const handle: RequestHandler = async (request, response) => {
    const problem = activityProblem(request.body);
    if (problem) {
      response.status(400).json({ error: `the body is not a Bot Framework Activity latch can serve: ${problem}` });
      return;
    }
    const activity = request.body as Activity;
    if (activity.type === 'invoke') {
      // latch offers no invoke features (task modules, message extensions, Action.Execute); botbuilder would answer 501.
      response.status(400).json({ error: `latch handles no invoke activities (name: ${truncatedForLog(activity.name ?? '', 60)})` });
      return;
    }
    if (typeof activity.timestamp === 'string') activity.timestamp = new Date(activity.timestamp);
    if (!options.authenticated && activity.deliveryMode !== 'expectReplies' && !mayReplyTo(activity.serviceUrl, options.localReplyOrigins)) {
      response.status(400).json({ error: 'without credentials latch replies only to a loopback serviceUrl or one in server.local_reply_origins; or send deliveryMode "expectReplies"' });
      return;
    }
    const outcome = await botChannel.handleActivity(activity, request.headers.authorization ?? '');
    switch (outcome.outcome) {
      case 'processed':
        if (outcome.body !== undefined) sendJson(response, outcome.status, outcome.body);
        else response.status(outcome.status).end();
        return;
      case 'keys_unavailable':
        logger.error({ event: 'auth_unavailable', error: describeError(outcome.error) }, 'cannot verify tokens: signing keys unavailable');
        response.set('Retry-After', String(outcome.retryAfterSeconds ?? options.keysRetryAfterSeconds)).status(503).json({ error: 'cannot verify the token right now' });
        return;
      case 'unauthorized':
        await unauthenticatedLimiter.take(clientAddress(request));
        logger.warn({ event: 'unauthorized', channel: channelLabel(activity.channelId), reason: truncatedForLog(outcome.reason) }, 'request rejected: invalid or missing token');
        response.status(401).json({ error: 'unauthorized' });
        return;
      case 'failed':
        logger.error({ event: 'activity_failed', channel: channelLabel(activity.channelId), error: describeError(outcome.error) }, 'activity could not be processed');
        if (!response.headersSent) response.status(500).json({ error: 'the activity could not be processed' });
    }
  };

  return [beforeBody, express.json({ limit: options.bodyLimitBytes }), handle];
}
