import { randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { zodIssueText } from '../../knowledge/zod-issue-text';
import { z } from 'zod';
import type { Activity } from './activity';
import { jsonDepth, maximumJsonDepth } from '../json-depth';
import { clientAddress, limited, sendDirectLineError } from './direct-line-error';
import type { DirectLineTokens, TokenClaims } from './direct-line-tokens';
import type { Limiter } from './limiter';
import { isStoreUnavailable } from './store-unavailable';
import type { DirectLineTurns } from './web-bot';
import type { WebConversationRecord, WebConversationStore } from './web-conversation-store';

export interface DirectLineRouterOptions {
  /** The bot's turns over these conversations (channels/botbuilder/direct-line-turns.ts). */
  turns: DirectLineTurns;
  conversations: WebConversationStore;
  tokens: DirectLineTokens;
  limiters: {
    conversationsPerAddress: Limiter;
    messagesPerConversation: Limiter;
    messagesPerAddress: Limiter;
    pollsPerConversation: Limiter;
    refreshesPerConversation: Limiter;
    /** Requests refused for a missing, forged or expired token, by address: guessing tokens costs a 429. */
    refusedPerAddress: Limiter;
  };
  maximumBodyBytes: number;
  maximumTextLength: number;
  botAccount: { id: string; name: string };
  now?: () => number;
}

/**
 * The conversation's WebSocket address, on the host and scheme the client used (behind a proxy, what
 * `trust proxy` makes of X-Forwarded-Proto), so it works wherever the page is served from.
 */
function streamUrl(request: Request, conversationId: string, token: string): string {
  const scheme = request.protocol === 'https' ? 'wss' : 'ws';
  return `${scheme}://${request.get('host')}${request.baseUrl}/conversations/${encodeURIComponent(conversationId)}/stream?watermark=-&t=${encodeURIComponent(token)}`;
}

/** The channel id Web Chat and the bot see, as with Azure's Web Chat channel. */
const webChatChannelId = 'webchat';
const serviceUrl = 'urn:latch:web-chat';

// Deliberately loose: only the fields latch uses are read, so a newer Web Chat adding fields breaks nothing.
const postedActivitySchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(40).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z.array(z.unknown()).optional(),
  localTimestamp: z.string().max(40).optional(),
  localTimezone: z.string().max(80).optional(),
  from: z.looseObject({ name: z.string().max(200).optional() }).optional(),
});

/**
 * The Direct Line 3.0 routes the official Web Chat client polls (webSocket: false), served from the conversation store:
 * start a conversation, post an activity, get activities after a watermark, refresh the token.
 */
export function createDirectLineRouter(options: DirectLineRouterOptions): Router {
  const { turns, conversations, tokens, limiters } = options;
  const now = options.now ?? Date.now;
  const router = express.Router();
  const bot = { id: options.botAccount.id, name: options.botAccount.name, role: 'bot' };
  // Read only after the token is checked, so a request without one costs no parsing.
  const readJson = express.json({ limit: options.maximumBodyBytes });

  /** The token and its claims, or an error already sent: 401 without a token, 403 for a bad or expired one. */
  async function authorise(request: Request, response: Response): Promise<(TokenClaims & { token: string }) | undefined> {
    const match = /^Bearer (\S+)$/.exec(request.get('authorization') ?? '');
    const check = match ? tokens.check(match[1]) : undefined;
    if (!check?.valid && (await limited(response, limiters.refusedPerAddress, clientAddress(request), 'requests without a valid token from this address'))) return undefined;
    if (!match || !check) {
      sendDirectLineError(response, 401, 'missing_token', 'Send "Authorization: Bearer <token>" with a token from POST /web/session.');
      return undefined;
    }
    if (!check.valid) {
      const message = check.reason === 'expired' ? 'The token has expired; get a new one from POST /web/session.' : 'The token is not one this server issued.';
      sendDirectLineError(response, 403, check.reason === 'expired' ? 'token_expired' : 'token_invalid', message);
      return undefined;
    }
    return { ...check.claims, token: match[1] };
  }

  /** The conversation named in the path, if the token opens it and it still exists. */
  async function conversationFor(request: Request, response: Response, claims: TokenClaims): Promise<WebConversationRecord | undefined> {
    const conversationId = String(request.params.conversationId);
    if (conversationId !== claims.conversationId) {
      sendDirectLineError(response, 403, 'token_for_other_conversation', 'This token opens a different conversation.');
      return undefined;
    }
    const conversation = await conversations.get(conversationId);
    if (!conversation) sendDirectLineError(response, 404, 'conversation_not_found', 'This conversation has ended or expired; start a new one.');
    return conversation;
  }

  /** Checks the token before anything else is read; the claims wait in `response.locals` for the handler. */
  async function tokenFirst(request: Request, response: Response, next: NextFunction): Promise<void> {
    const claims = await authorise(request, response);
    if (!claims) return;
    response.locals.claims = claims;
    next();
  }

  const claimsOf = (response: Response) => response.locals.claims as TokenClaims & { token: string };

  function conversationAnswer(claims: TokenClaims, token: string, request: Request) {
    return {
      conversationId: claims.conversationId,
      token,
      expires_in: Math.max(0, claims.expiresAt - Math.floor(now() / 1000)),
      streamUrl: streamUrl(request, claims.conversationId, token),
    };
  }

  router.post('/conversations', tokenFirst, readJson, async (request, response) => {
    const claims = claimsOf(response);
    if (await conversations.get(claims.conversationId)) {
      response.status(200).json(conversationAnswer(claims, claims.token, request));
      return;
    }
    if (await limited(response, limiters.conversationsPerAddress, clientAddress(request), 'new conversations from this address')) return;
    const locale = typeof request.body?.locale === 'string' ? request.body.locale.slice(0, 40) : undefined;
    const conversation = await conversations.create(claims.conversationId, claims.userId, locale);
    if (!conversation) {
      sendDirectLineError(response, 503, 'too_many_conversations', 'The chat is full right now; try again in a minute.', 60);
      return;
    }
    const user = { id: claims.userId, name: '', role: 'user' };
    const update: Partial<Activity> = {
      type: 'conversationUpdate',
      id: randomBytes(8).toString('hex'),
      timestamp: new Date(now()),
      channelId: webChatChannelId,
      serviceUrl,
      conversation: { id: conversation.id },
      from: user,
      recipient: bot,
      membersAdded: [bot, user],
      locale,
    };
    await runTurn(conversation, update);
    response.status(201).json(conversationAnswer(claims, claims.token, request));
  });

  router.get('/conversations/:conversationId', async (request, response) => {
    const claims = await authorise(request, response);
    if (!claims) return;
    const conversation = await conversationFor(request, response, claims);
    if (!conversation || (await limited(response, limiters.pollsPerConversation, conversation.id, 'requests for this conversation'))) return;
    response.json(conversationAnswer(claims, claims.token, request));
  });

  router.get('/conversations/:conversationId/activities', async (request, response) => {
    const claims = await authorise(request, response);
    if (!claims) return;
    const conversation = await conversationFor(request, response, claims);
    if (!conversation || (await limited(response, limiters.pollsPerConversation, conversation.id, 'polls for this conversation'))) return;
    const given = request.query.watermark;
    const watermark = given === undefined || given === '' ? 0 : Number(given);
    if (!Number.isInteger(watermark) || watermark < 0) {
      sendDirectLineError(response, 400, 'invalid_watermark', 'watermark must be the string the previous answer gave (a whole number).');
      return;
    }
    const page = await conversations.since(conversation.id, watermark);
    response.set('Cache-Control', 'no-store').json({ activities: page.activities, watermark: String(page.watermark) });
  });

  router.post('/conversations/:conversationId/activities', tokenFirst, readJson, async (request, response) => {
    const claims = claimsOf(response);
    const conversation = await conversationFor(request, response, claims);
    if (!conversation) return;
    if (await limited(response, limiters.messagesPerConversation, conversation.id, 'messages in this conversation')) return;
    if (await limited(response, limiters.messagesPerAddress, clientAddress(request), 'messages from this address')) return;
    // Stored and sent back on every poll: a 7,000-deep `value` once made each later poll of the conversation fail.
    if (jsonDepth(request.body) > maximumJsonDepth) {
      sendDirectLineError(response, 400, 'too_deep', `The activity nests more than ${maximumJsonDepth} levels deep.`);
      return;
    }
    const parsed = postedActivitySchema.safeParse(request.body);
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) => zodIssueText(issue, 'body')).join('; ');
      sendDirectLineError(response, 400, 'invalid_activity', `The activity is not valid: ${details}.`);
      return;
    }
    const posted = parsed.data;
    if (!['message', 'event', 'typing'].includes(posted.type)) {
      sendDirectLineError(response, 400, 'unsupported_activity_type', `Activities of type "${posted.type}" are not accepted; send "message" or "event".`);
      return;
    }
    if ((posted.text ?? '').length > options.maximumTextLength) {
      sendDirectLineError(response, 400, 'text_too_long', `The text is ${posted.text?.length} characters; at most ${options.maximumTextLength} are accepted.`);
      return;
    }
    if ((posted.attachments ?? []).length > 0) {
      sendDirectLineError(response, 400, 'attachments_not_accepted', 'This chat does not accept files or attachments; send text.');
      return;
    }
    // A typing indicator from the person tells the bot nothing it uses; acknowledge it and move on.
    if (posted.type === 'typing') {
      response.json({ id: '' });
      return;
    }
    await conversations.touch(conversation.id);
    const activity: Partial<Activity> = {
      type: posted.type,
      text: posted.text,
      textFormat: posted.textFormat,
      locale: posted.locale ?? conversation.locale,
      name: posted.name,
      value: posted.value,
      // Web Chat matches its pending message to this echo by channelData.clientActivityID.
      channelData: posted.channelData,
      localTimezone: posted.localTimezone,
      channelId: webChatChannelId,
      serviceUrl,
      conversation: { id: conversation.id },
      // The token decides who is speaking, never the body, so one person cannot write as another.
      from: { id: conversation.userId, name: posted.from?.name ?? '', role: 'user' },
      recipient: bot,
    };
    const id = await turns.record(conversation.id, activity);
    await runTurn(conversation, { ...activity, id, timestamp: new Date(now()) });
    response.json({ id });
  });

  router.post('/tokens/refresh', async (request, response) => {
    const claims = await authorise(request, response);
    if (!claims) return;
    if (!(await conversations.get(claims.conversationId))) {
      sendDirectLineError(response, 404, 'conversation_not_found', 'This conversation has ended or expired; start a new one.');
      return;
    }
    // Web Chat refreshes every 15 minutes; more than a few a minute is a client minting tokens.
    if (await limited(response, limiters.refreshesPerConversation, claims.conversationId, 'token refreshes for this conversation')) return;
    const issued = tokens.issue(claims.conversationId, claims.userId);
    response.json({ conversationId: claims.conversationId, token: issued.token, expires_in: issued.expiresIn });
  });

  router.use((_request, response) => {
    sendDirectLineError(response, 404, 'not_found', 'No such Direct Line route.');
  });

  router.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    const failure = error as { type?: string; status?: number };
    if (response.headersSent) return next(error);
    if (failure.type === 'entity.too.large') {
      sendDirectLineError(response, 413, 'body_too_large', `The request body is larger than ${options.maximumBodyBytes} bytes.`);
    } else if (failure.type === 'entity.parse.failed') {
      sendDirectLineError(response, 400, 'invalid_json', 'The request body is not valid JSON.');
    } else if (typeof failure.status === 'number' && failure.status >= 400 && failure.status < 500) {
      sendDirectLineError(response, failure.status, 'bad_request', 'The request could not be read.');
    } else if ((error as Error | undefined)?.name === 'ConversationGoneError') {
      // It expired between the check and the read (another instance's clock, or the idle limit just passed).
      sendDirectLineError(response, 404, 'conversation_not_found', 'This conversation has ended or expired; start a new one.');
    } else if (isStoreUnavailable(error)) {
      // The shared store (Redis) is down: the client should come back, not give the conversation up.
      sendDirectLineError(response, 503, 'store_unavailable', 'The chat cannot reach its conversation store right now; try again in a few seconds.', 5);
    } else {
      next(error);
    }
  });

  /**
   * One turn at a time per conversation on this instance, so two quick messages cannot race on the bot's
   * state; across instances the state's eTags do the same. The bot's own error handler decides what the
   * person sees on failure.
   */
  const queues = new Map<string, Promise<void>>();
  function runTurn(conversation: WebConversationRecord, activity: Partial<Activity>): Promise<void> {
    // Held from when it is queued, so a conversation waiting for its turn is not evicted at the cap either.
    const release = conversations.holdForTurn(conversation.id);
    const turn = (queues.get(conversation.id) ?? Promise.resolve()).then(() => turns.run(activity)).finally(release);
    const settled = turn.catch(() => undefined);
    queues.set(conversation.id, settled);
    void settled.then(() => {
      if (queues.get(conversation.id) === settled) queues.delete(conversation.id);
    });
    return turn;
  }

  return router;
}
