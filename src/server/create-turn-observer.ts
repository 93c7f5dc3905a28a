import { hash } from 'node:crypto';
import type { TurnObserver } from '../channels/botbuilder/latch-bot';
import { channelLabel } from './channel-label';
import { truncatedForLog } from './truncated-for-log';
import type { Logger } from './create-logger';
import type { ServerMetrics } from './server-metrics';

/**
 * Conversation ids identify a person in Teams; a short hash still lets an operator follow one conversation
 * through the logs without the logs naming anyone.
 */
export function conversationTag(conversationId: unknown): string {
  // Validation keeps ids strings, but this runs in error handlers too, where nothing may throw.
  // The one-shot hash: no Hash object per turn.
  return hash('sha256', typeof conversationId === 'string' ? conversationId : String(conversationId), 'hex').slice(0, 12);
}

/**
 * Each turn counted in the metrics and logged as one line: route, intent, confidence, never the text by
 * default. A failure in here is logged and swallowed: the person has had their answer, and counting it must
 * not turn the turn into an error.
 */
export function createTurnObserver(metrics: ServerMetrics, logger: Logger): TurnObserver {
  const guarded =
    <A extends unknown[]>(what: string, report: (...details: A) => void) =>
    (...details: A) => {
      try {
        report(...details);
      } catch (error) {
        try {
          logger.error({ event: 'observer_failed', what, error: describeError(error) }, 'could not record a turn');
        } catch {
          // Even the logger failed; there is nowhere left to say so.
        }
      }
    };
  return {
    turnCompleted: guarded('turn', (event: Parameters<NonNullable<TurnObserver['turnCompleted']>>[0]) => {
      metrics.recordTurn(event);
      const { trace } = event;
      logger.info(
        {
          event: 'turn',
          channel: channelLabel(event.channelId),
          conversation: conversationTag(event.conversationId),
          route: trace.route,
          intent: trace.intent,
          confidence: Number(trace.confidence.toFixed(3)),
          redFlag: trace.redFlag,
          dialog: trace.dialog && { id: trace.dialog.id, asking: trace.dialog.asking },
          feedback: trace.feedback,
          model: trace.model,
          replies: event.replyKinds,
          durationMs: Number(event.durationMs.toFixed(2)),
          // Set only when the operator turned message logging on; pino leaves out an undefined field.
          text: event.text,
        },
        'turn answered',
      );
    }),
    turnFailed: guarded('turn_failed', (error: unknown, details: Parameters<NonNullable<TurnObserver['turnFailed']>>[1]) => {
      metrics.turnErrors.inc();
      logger.error(
        { event: 'turn_failed', channel: channelLabel(details.channelId), conversation: conversationTag(details.conversationId), durationMs: Number(details.durationMs.toFixed(2)), error: describeError(error) },
        'turn failed; answered with the error message',
      );
    }),
  };
}

/**
 * The error's name, message and stack. Messages may quote client input (an id, a key id from a token), so
 * they are cut short; a value that cannot even be turned into a string is named by its type.
 */
export function describeError(error: unknown): { name: string; message: string; stack?: string } {
  try {
    if (error instanceof Error) return { name: truncatedForLog(error.name, 80), message: truncatedForLog(error.message, 300), stack: truncatedForLog(error.stack, 2000) };
    return { name: typeof error, message: truncatedForLog(String(error), 300) };
  } catch {
    return { name: typeof error, message: 'an error that cannot be described' };
  }
}
