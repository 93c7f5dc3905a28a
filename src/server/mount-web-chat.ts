import type { Express } from 'express';
import { createWebChannel, type WebChannel } from '../channels/web/create-web-channel';
import type { ServerParts } from './create-server';

/** The web chat page and its Direct Line endpoint, running the same bot that serves Teams (and failing the same way: counted in /metrics, logged alike). */
export function mountWebChat(app: Express, parts: ServerParts): WebChannel {
  const channel = createWebChannel({
    bot: parts.botChannel,
    config: parts.config.webChat,
    locale: parts.config.locale,
    projectRoot: parts.config.projectRoot,
    messages: parts.engine.knowledgeBase.messages,
    logger: parts.logger,
    shared: parts.shared?.web,
  });
  app.use(channel.router);
  return channel;
}
