import type { Activity, ActivityHandler } from 'botbuilder';
import type { DirectLineTurns, TurnFailureHandling } from '../web/web-bot';
import type { WebConversationStore } from '../web/web-conversation-store';
import { DirectLineAdapter } from './direct-line-adapter';
import { turnErrorHandler } from './turn-error-handler';

/** The bot's turns for the web chat, through the in-process DirectLineAdapter over the web's conversations. */
export function directLineTurns(bot: Pick<ActivityHandler, 'run'>, conversations: WebConversationStore, now: () => number, failures: TurnFailureHandling): DirectLineTurns {
  const adapter = new DirectLineAdapter(conversations, now);
  adapter.onTurnError = turnErrorHandler(failures);
  return {
    // The web's activity is the protocol's JSON with only the fields the routes read typed; its conversation
    // carries the id alone, as Direct Line sends it, which the SDK's type would have with more fields.
    record: (conversationId, activity) => adapter.record(conversationId, activity as Partial<Activity>),
    run: (activity) => adapter.processActivity(activity as Partial<Activity>, (context) => bot.run(context)),
  };
}
