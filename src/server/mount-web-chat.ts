import type { Express } from 'express';
import { createWebChannel, type WebChannel } from '../channels/web/create-web-channel';
import type { ServerParts } from './create-server';

/** The web chat page and its Direct Line endpoint, running the same LatchBot that serves Teams. */
export function mountWebChat(app: Express, parts: ServerParts): WebChannel {
  // Behind a reverse proxy every visitor would share the proxy's address and its rate limit.
  if (parts.config.webChat.trustProxy !== undefined) app.set('trust proxy', parts.config.webChat.trustProxy);
  const channel = createWebChannel({
    bot: parts.bot,
    config: parts.config.webChat,
    locale: parts.config.locale,
    projectRoot: parts.config.projectRoot,
    messages: parts.engine.knowledgeBase.messages,
    logger: parts.logger,
  });
  app.use(channel.router);
  return channel;
}
