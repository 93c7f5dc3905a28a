import { createHash } from 'node:crypto';
import type { TurnObserver } from '../channels/botbuilder/latch-bot';
import type { Logger } from './create-logger';
import type { ServerMetrics } from './server-metrics';

/**
 * Conversation ids identify a person in Teams; a short hash still lets an operator follow one conversation
 * through the logs without the logs naming anyone.
 */
export function conversationTag(conversationId: string): string {
  return createHash('sha256').update(conversationId).digest('hex').slice(0, 12);
}

/** Each turn counted in the metrics and logged as one line: route, intent, confidence, never the text by default. */
export function createTurnObserver(metrics: ServerMetrics, logger: Logger): TurnObserver {
  return {
    turnCompleted(event) {
      metrics.recordTurn(event);
      const { trace } = event;
      logger.info(
        {
          event: 'turn',
          channel: event.channelId,
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
    },
    turnFailed(error, details) {
      metrics.turnErrors.inc();
      logger.error(
        { event: 'turn_failed', channel: details.channelId, conversation: conversationTag(details.conversationId), durationMs: Number(details.durationMs.toFixed(2)), error: describeError(error) },
        'turn failed; answered with the error message',
      );
    },
  };
}

/** The error's name, message and stack, which come from code, not from what the person typed. */
export function describeError(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: typeof error, message: String(error) };
}
