import type { Express } from 'express';
import { createWebChannel, type WebChannel } from '../channels/web/create-web-channel';
import type { ServerParts } from './create-server';

/** The web chat page and its Direct Line endpoint, running the same LatchBot that serves Teams. */
export function mountWebChat(app: Express, parts: ServerParts): WebChannel {
  const channel = createWebChannel({
    bot: parts.bot,
    config: parts.config.webChat,
    locale: parts.config.locale,
    projectRoot: parts.config.projectRoot,
    messages: parts.engine.knowledgeBase.messages,
    logger: parts.logger,
    shared: parts.shared?.web,
    // The same last line of defence as Teams: counted in /metrics, logged the same way.
    onTurnError: parts.adapter.onTurnError,
  });
  app.use(channel.router);
  return channel;
}
