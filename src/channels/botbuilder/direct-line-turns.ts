import type { ActivityHandler } from 'botbuilder';
import type { DirectLineTurns, TurnFailureHandling } from '../web/web-bot';
import type { WebConversationStore } from '../web/web-conversation-store';
import { DirectLineAdapter } from './direct-line-adapter';
import { turnErrorHandler } from './turn-error-handler';

/** The bot's turns for the web chat, through the in-process DirectLineAdapter over the web's conversations. */
export function directLineTurns(bot: Pick<ActivityHandler, 'run'>, conversations: WebConversationStore, now: () => number, failures: TurnFailureHandling): DirectLineTurns {
  const adapter = new DirectLineAdapter(conversations, now);
  adapter.onTurnError = turnErrorHandler(failures);
  return {
    record: (conversationId, activity) => adapter.record(conversationId, activity),
    run: (activity) => adapter.processActivity(activity, (context) => bot.run(context)),
  };
}
