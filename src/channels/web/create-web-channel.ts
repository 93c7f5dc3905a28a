import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import express, { type Router } from 'express';
import type { WebChatConfig } from '../../config';
import type { SystemMessages } from '../../knowledge/content-schema';
import { AzureDirectLineError, generateAzureDirectLineToken } from './azure-direct-line';
import { clientAddress, limited, sendDirectLineError } from './direct-line-error';
import { createDirectLineRouter } from './direct-line-router';
import { createDirectLineStream } from './direct-line-stream';
import { compressedAsset, type CompressedAsset } from './compressed-asset';
import { createDirectLineTokens } from './direct-line-tokens';
import { memoryLimiterFactory, type LimiterFactory } from './limiter';
import { securityHeaders } from './security-headers';
import type { DirectLineTurns, WebBot } from './web-bot';
import { renderBrandingStylesheet, renderWebChatPage } from './web-chat-page';
import { WebConversations } from './web-conversations';
import { memoryConversationStore, type WebConversationStore } from './web-conversation-store';

/** The part of a pino logger the web channel uses. */
export interface WebChannelLogger {
  error(details: object, message: string): void;
}

export interface WebChannelOptions {
  /** The same bot that serves Teams (LatchBot, or the server's BotChannel), run in-process. */
  bot: WebBot;
  config: WebChatConfig;
  locale: string;
  projectRoot: string;
  messages: SystemMessages;
  logger?: WebChannelLogger;
  now?: () => number;
  /** Shared stores for several instances (Redis); by default everything is in this process's memory. */
  shared?: WebChannelStores;
}

/** Where conversations, limits and the token key live when several instances serve one site. */
export interface WebChannelStores {
  conversations: WebConversationStore;
  limiters: LimiterFactory;
  /** The key every instance signs conversation tokens with, when LATCH_WEB_CHAT_TOKEN_KEY is not set. */
  tokenKey: string;
}

export interface WebChannel {
  /** Mount at the site root: serves `/`, `/web/…` and `/directline/…`. */
  router: Router;
  /** The bot's turns over this channel's conversations. */
  turns: DirectLineTurns;
  /** The in-memory conversations (empty when `shared` stores are used). */
  conversations: WebConversations;
  /** Where the routes keep conversations: `conversations` behind the store's interface, or the shared store. */
  store: WebConversationStore;
  /** Takes the HTTP upgrade of a Direct Line stream (WebSocket); false when the request is for something else. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Stops the timer that forgets idle conversations and closes open streams. */
  close(): void;
}

/** The browser's own files; resolved from the project root so the same folder serves `src` and `dist` builds. */
const publicDirectory = (projectRoot: string) => join(projectRoot, 'src', 'channels', 'web', 'public');
const azureOrigin = (endpoint: string) => new URL(endpoint).origin;
const newUserId = () => `dl_${randomBytes(12).toString('base64url')}`;

/**
 * Web Chat with no cloud account: the page at `/`, Web Chat's own bundle, and a Direct Line-compatible
 * endpoint backed by an in-process adapter. With an Azure Direct Line secret configured the page talks to
 * Azure instead, and the server only hands the browser a token.
 */
// The package's `exports` hides dist/, so the bundle is found next to its main file, once at start-up.
const webChatPackage = join(dirname(require.resolve('botframework-webchat')), '..');

/**
 * Web Chat's bundle, compressed and kept in node_modules/.cache/latch; `npm test` makes the compressed
 * forms before jest starts (scripts/prepare-tests.js), beside the type check.
 */
export function webChatBundleAsset(projectRoot: string): CompressedAsset {
  return compressedAsset(join(webChatPackage, 'dist', 'webchat.js'), 'application/javascript; charset=utf-8', join(projectRoot, 'node_modules', '.cache', 'latch'));
}

export function createWebChannel(options: WebChannelOptions): WebChannel {
  const { config, messages } = options;
  const now = options.now ?? Date.now;
  // A conversation longer than 1000 activities is far past any real chat; older ones are dropped to bound memory.
  const conversations = new WebConversations(
    { idleSeconds: config.idleSeconds, maximumConversations: config.maximumConversations, maximumActivitiesEach: 1000 },
    now,
  );
  const store = options.shared?.conversations ?? memoryConversationStore(conversations);
  const turns = options.bot.directLineTurns(store, now, {
    message: messages.error,
    report: (error) => options.logger?.error({ err: error, channel: 'webchat' }, 'turn failed'),
  });
  const tokens = createDirectLineTokens({ key: config.tokenKey ?? options.shared?.tokenKey, lifetimeSeconds: config.tokenLifetimeSeconds, now });
  const webChatBundle = webChatBundleAsset(options.projectRoot);
  // The bundle's address carries its version, so browsers may keep it for a year and still get a new one on upgrade.
  const webChatVersion = (JSON.parse(readFileSync(join(webChatPackage, 'package.json'), 'utf8')) as { version: string }).version;
  const limits = config.rateLimits;
  const limiterFactory = options.shared?.limiters ?? memoryLimiterFactory(now);
  const limiters = {
    sessionsPerAddress: limiterFactory.create('sessions-per-address', limits.conversationsPerMinutePerAddress, limits.conversationsPerMinutePerAddress),
    conversationsPerAddress: limiterFactory.create('conversations-per-address', limits.conversationsPerMinutePerAddress, limits.conversationsPerMinutePerAddress),
    messagesPerConversation: limiterFactory.create('messages-per-conversation', limits.messagesPerMinutePerConversation, Math.ceil(limits.messagesPerMinutePerConversation / 2)),
    messagesPerAddress: limiterFactory.create('messages-per-address', limits.messagesPerMinutePerAddress, limits.messagesPerMinutePerAddress),
    pollsPerConversation: limiterFactory.create('polls-per-conversation', limits.pollsPerMinutePerConversation, Math.ceil(limits.pollsPerMinutePerConversation / 4)),
    refreshesPerConversation: limiterFactory.create('refreshes-per-conversation', limits.refreshesPerMinutePerConversation, limits.refreshesPerMinutePerConversation),
    refusedPerAddress: limiterFactory.create('refused-per-address', limits.messagesPerMinutePerAddress, limits.messagesPerMinutePerAddress),
  };

  const logo = resolveLogo(config.logo, options.projectRoot);
  const azure = config.azureDirectLine;
  const policy = {
    connectOrigins: azure ? [azureOrigin(azure.endpoint), azureOrigin(azure.endpoint).replace(/^https:/, 'wss:')] : [],
    imageOrigins: logo?.remoteOrigin ? [logo.remoteOrigin] : [],
    frameAncestors: config.embedOrigins,
  };
  const page = renderWebChatPage({ clinicName: config.clinicName, locale: options.locale, colours: config.colours, logoSource: logo?.source, messages, webChatVersion });
  const branding = renderBrandingStylesheet(config.colours);

  const router = express.Router();
  router.use(securityHeaders(policy));
  // Compressed in the background from the start when not on disk yet, off the main thread, so even the first visitor gets it at once.
  setImmediate(() => void webChatBundle.warm());
  router.get('/', (_request, response) => {
    response.set('Cache-Control', 'no-cache').type('html').send(page);
  });
  router.get('/web/branding.css', (_request, response) => {
    response.set('Cache-Control', 'no-cache').type('css').send(branding);
  });
  router.get('/web/webchat.js', (request, response, next) => {
    webChatBundle.send(request, response).catch(next);
  });
  if (logo?.file) {
    const file = logo.file;
    router.get(`/${logo.source}`, (_request, response) => response.sendFile(file, { maxAge: '1h' }));
  }
  router.use('/web', express.static(publicDirectory(options.projectRoot), { index: false, maxAge: '10m' }));

  router.post('/web/session', async (request, response) => {
    if (await limited(response, limiters.sessionsPerAddress, clientAddress(request), 'new chats from this address')) return;
    response.set('Cache-Control', 'no-store');
    const userId = newUserId();
    if (azure) {
      try {
        const generated = await generateAzureDirectLineToken(azure, userId);
        response.json({ domain: azure.endpoint, token: generated.token, conversationId: generated.conversationId, expires_in: generated.expiresIn, webSocket: true });
      } catch (error) {
        options.logger?.error({ err: error, status: error instanceof AzureDirectLineError ? error.status : undefined }, 'Azure Direct Line token exchange failed');
        sendDirectLineError(response, 502, 'direct_line_unavailable', 'Azure Direct Line did not give a token; try again in a minute.');
      }
      return;
    }
    // The conversation itself is only created when the browser starts it, so a token costs no memory.
    const conversationId = `latch-${randomBytes(16).toString('base64url')}`;
    const issued = tokens.issue(conversationId, userId);
    // Streaming: replies reach the page over a WebSocket as soon as they exist; polling still works.
    response.json({ domain: 'directline', token: issued.token, conversationId, expires_in: issued.expiresIn, webSocket: true });
  });

  router.use(
    '/directline',
    createDirectLineRouter({
      turns,
      conversations: store,
      tokens,
      limiters,
      maximumBodyBytes: config.maximumBodyBytes,
      maximumTextLength: config.maximumTextLength,
      botAccount: { id: 'latch', name: config.clinicName },
      now,
    }),
  );

  const sweeper = setInterval(() => {
    store.sweep();
    for (const limiter of Object.values(limiters)) limiter.sweep?.();
  }, 60_000);
  sweeper.unref();

  const stream = createDirectLineStream({ conversations: store, tokens, basePath: '/directline', refusedPerAddress: limiters.refusedPerAddress });
  return {
    router,
    turns,
    conversations,
    store,
    handleUpgrade: (request, socket, head) => stream.handleUpgrade(request, socket, head),
    close: () => {
      clearInterval(sweeper);
      stream.close();
    },
  };
}

/** A logo file is served by latch under web/logo.<ext> (relative, like every address on the page); an https address is linked and allowed by the CSP. */
function resolveLogo(logo: string | undefined, projectRoot: string): { source: string; file?: string; remoteOrigin?: string } | undefined {
  if (!logo) return undefined;
  if (/^https:\/\//.test(logo)) return { source: logo, remoteOrigin: new URL(logo).origin };
  const file = resolve(projectRoot, logo);
  if (!existsSync(file)) throw new Error(`web_chat.logo names ${file}, which does not exist (give a file below ${projectRoot} or an https:// address)`);
  return { source: `web/logo${extname(file).toLowerCase()}`, file };
}
