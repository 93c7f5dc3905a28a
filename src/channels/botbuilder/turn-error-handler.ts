import type { TurnContext } from 'botbuilder';
import type { TurnFailureHandling } from '../web/web-bot';

/**
 * An adapter's `onTurnError`, the last line of defence for errors outside the engine: the person still hears
 * back. Nothing in here may throw: an error handler that fails turns a handled turn into a 500.
 */
export function turnErrorHandler(failures: TurnFailureHandling): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    try {
      failures.report?.(error, { channelId: context.activity?.channelId, conversationId: context.activity?.conversation?.id });
    } catch {
      // Counting and logging are best effort here; the reply below matters more.
    }
    try {
      await context.sendActivity(failures.message);
    } catch (sendError) {
      try {
        failures.reportUnsent?.(sendError);
      } catch {
        // Nowhere left to report it.
      }
    }
  };
}
