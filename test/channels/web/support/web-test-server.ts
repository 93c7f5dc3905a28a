import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { LatchBot } from '../../../../src/channels/botbuilder/latch-bot';
import { MemoryConversationStore } from '../../../../src/channels/botbuilder/memory-conversation-store';
import { loadConfig, type WebChatConfig } from '../../../../src/config';
import { createWebChannel, type WebChannel } from '../../../../src/channels/web/create-web-channel';
import type { WebBot } from '../../../../src/channels/web/web-bot';
import type { SystemMessages } from '../../../../src/knowledge/content-schema';
import type { Responder } from '../../../../src/engine/responder';

export interface WebTestServer {
  url: string;
  channel: WebChannel;
  close(): Promise<void>;
}

/** The memory store of each bot latchBot made, stopped when the test server over that bot closes. */
const storeOfBot = new WeakMap<WebBot, MemoryConversationStore>();

/** The real LatchBot over an engine, with memory state, as the server builds it. */
export function latchBot(engine: Responder): LatchBot {
  const store = new MemoryConversationStore({ idleMs: 60 * 60_000, maximumConversations: 1_000 });
  const bot = new LatchBot(engine, store);
  storeOfBot.set(bot, store);
  return bot;
}

/** A real HTTP server on 127.0.0.1 and a free port, serving only the web channel, with settings and a clock of the test's choosing. */
export async function startWebTestServer(options: {
  bot: WebBot;
  messages: SystemMessages;
  webChat?: Partial<WebChatConfig>;
  now?: () => number;
}): Promise<WebTestServer> {
  const config = loadConfig({});
  const channel = createWebChannel({
    bot: options.bot,
    config: { ...config.webChat, ...options.webChat },
    locale: config.locale,
    projectRoot: config.projectRoot,
    messages: options.messages,
    now: options.now,
  });
  const app = express();
  app.use(channel.router);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    channel,
    close: () =>
      new Promise<void>((resolve, reject) => {
        channel.close();
        // Its sweeper timer, left running, would keep the test file's modules alive in the jest worker (the
        // server's own close disposes its store the same way).
        storeOfBot.get(options.bot)?.dispose();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What the page does first: ask the server for a conversation token. */
export async function startSession(url: string): Promise<{ token: string; conversationId: string; domain: string }> {
  const response = await fetch(`${url}/web/session`, { method: 'POST' });
  if (!response.ok) throw new Error(`POST /web/session answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { token: string; conversationId: string; domain: string };
}
