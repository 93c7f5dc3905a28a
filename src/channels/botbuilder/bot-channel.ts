import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { BotCredentials, ServerConfig } from '../../config';
import type { DirectLineTurns, TurnFailureHandling, WebBot } from '../web/web-bot';
import type { WebConversationStore } from '../web/web-conversation-store';
import type { Activity } from './activity';
import type { ConversationStore } from './conversation-store';
import { guardOpenIdMetadata } from './guard-open-id-metadata';
import { LatchBot, type TurnObserver } from './latch-bot';
import { LatchCloudAdapter } from './latch-cloud-adapter';
import { repliesJson, type JsonChunks } from './replies-json';
import { turnErrorHandler } from './turn-error-handler';
// Needs no botbuilder: servers pick their store without loading the channel (see lazy-bot-channel.ts).
export { botConversationStore } from './bot-conversation-store';
import type { Responder } from '../../engine/responder';

/** What became of one POSTed activity; the HTTP route turns each into a status code. */
export type ActivityOutcome =
  /** Processed: the reply to send (with `expectReplies`, the replies are in `body`), and its JSON. */
  | { outcome: 'processed'; status: number; body?: unknown; json?: JsonChunks }
  /** The token is missing or invalid. */
  | { outcome: 'unauthorized'; reason?: string }
  /** The Bot Framework's signing keys could not be fetched: not the caller's fault, and worth a retry. */
  | { outcome: 'keys_unavailable'; error: unknown; retryAfterSeconds?: number }
  /** Authenticated, but the activity could not be processed. */
  | { outcome: 'failed'; error: unknown };

/**
 * The Bot Framework channel as the server sees it: one authenticated activity in, one response out; and the
 * same bot for the web chat. Everything botbuilder is behind it, so its successor replaces this folder only.
 */
export interface BotChannel extends WebBot {
  handleActivity(activity: Activity, authorization: string): Promise<ActivityOutcome>;
}

export interface BotChannelOptions {
  engine: Responder;
  conversations: ConversationStore;
  credentials: BotCredentials;
  /** Whether requests are authenticated (an app id is set); only then are Microsoft's signing keys fetched. */
  authenticated: boolean;
  server: Pick<ServerConfig, 'idleExpiryMs' | 'typingAfterMs' | 'logMessages' | 'openIdMetadata'>;
  observer?: TurnObserver;
  /** For errors outside the engine, on every adapter (Teams and the web chat alike). */
  failures: TurnFailureHandling;
}

export function createBotChannel(options: BotChannelOptions): BotChannel {
  const { credentials, server } = options;
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.appPassword,
    // With no app id botbuilder runs unauthenticated, but only if no tenant-bound app type is named.
    MicrosoftAppType: credentials.appId ? credentials.appType : undefined,
    MicrosoftAppTenantId: credentials.appTenantId,
  });
  // Microsoft's signing keys: fetched with a time limit, one fetch shared by concurrent requests, and a short
  // pause after a failure (503 with Retry-After meanwhile) instead of a fetch per request.
  if (options.authenticated) guardOpenIdMetadata(server.openIdMetadata);
  const adapter = new LatchCloudAdapter(authentication);
  const bot = new LatchBot(options.engine, options.conversations, {
    idleExpiryMs: server.idleExpiryMs,
    typingAfterMs: server.typingAfterMs,
    observer: options.observer,
    includeText: server.logMessages,
  });
  adapter.onTurnError = turnErrorHandler(options.failures);
  const run = (context: Parameters<LatchBot['run']>[0]) => bot.run(context);

  return {
    async handleActivity(activity, authorization) {
      let authenticated;
      try {
        authenticated = await adapter.authenticate(activity, authorization);
      } catch (error) {
        const failure = error as { statusCode?: number; retryAfterSeconds?: number; message?: string };
        if (typeof failure.statusCode === 'number' && failure.statusCode >= 500) return { outcome: 'keys_unavailable', error, retryAfterSeconds: failure.retryAfterSeconds };
        return { outcome: 'unauthorized', reason: failure.message };
      }
      try {
        const invokeResponse = await adapter.processAuthenticated(authenticated, activity, run);
        const body = invokeResponse?.body;
        return { outcome: 'processed', status: invokeResponse?.status ?? 200, body, json: body === undefined ? undefined : repliesJson(body) };
      } catch (error) {
        return { outcome: 'failed', error };
      }
    },
    // The web chat's turns share this channel's failure handling (counted and logged the same way), whatever it asks for.
    directLineTurns(conversations: WebConversationStore, now: () => number): DirectLineTurns {
      return bot.directLineTurns(conversations, now, options.failures);
    },
  };
}
