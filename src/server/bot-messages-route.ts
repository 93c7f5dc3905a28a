import type { Activity } from 'botbuilder';
import type { RequestHandler } from 'express';
import type { LatchBot } from '../channels/botbuilder/latch-bot';
import type { LatchCloudAdapter } from '../channels/botbuilder/latch-cloud-adapter';
import type { Logger } from './create-logger';
import { describeError } from './create-turn-observer';

interface BotMessagesRouteOptions {
  adapter: LatchCloudAdapter;
  bot: LatchBot;
  logger: Logger;
}

function isActivity(body: unknown): body is Activity {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}

/**
 * POST /api/messages. Authentication is done here rather than inside `CloudAdapter.process`, which answers
 * some invalid tokens (a bad signature, a wrong algorithm) with 500 instead of 401 and prints them to stderr.
 */
export function botMessagesRoute({ adapter, bot, logger }: BotMessagesRouteOptions): RequestHandler {
  return async (request, response) => {
    const activity: unknown = request.body;
    if (!isActivity(activity)) {
      response.status(400).json({ error: 'the body must be a JSON Bot Framework Activity with a "type"' });
      return;
    }
    if (typeof activity.timestamp === 'string') activity.timestamp = new Date(activity.timestamp);
    const authorization = request.headers.authorization ?? '';
    let authenticated;
    try {
      authenticated = await adapter.authenticate(activity, authorization);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (typeof status === 'number' && status >= 500) {
        // The Bot Framework's signing keys could not be fetched: not the caller's fault, and worth a retry.
        logger.error({ event: 'auth_unavailable', error: describeError(error) }, 'cannot verify tokens: signing keys unavailable');
        response.status(503).json({ error: 'cannot verify the token right now' });
        return;
      }
      logger.warn({ event: 'unauthorized', channel: activity.channelId, reason: (error as Error).message }, 'request rejected: invalid or missing token');
      response.status(401).json({ error: 'unauthorized' });
      return;
    }
    try {
      const invokeResponse = await adapter.processAuthenticated(authenticated, activity, (context) => bot.run(context));
      response.status(invokeResponse?.status ?? 200);
      if (invokeResponse?.body !== undefined) response.json(invokeResponse.body);
      else response.end();
    } catch (error) {
      logger.error({ event: 'activity_failed', error: describeError(error) }, 'activity could not be processed');
      if (!response.headersSent) response.status(500).json({ error: 'the activity could not be processed' });
    }
  };
}
