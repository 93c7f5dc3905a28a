import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ConversationStore } from '../channels/botbuilder/conversation-store';
import type { TurnEvent } from '../channels/botbuilder/latch-bot';
import { channelLabel } from './channel-label';
import { collectDefaultMetrics } from './collect-default-metrics';

/** Prometheus metrics on a registry of their own, so two servers in one process never share counters. */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly turns = new Counter({ name: 'latch_turns_total', help: 'Turns answered, by route and channel', labelNames: ['route', 'channel'] as const, registers: [this.registry] });
  readonly turnDuration = new Histogram({
    name: 'latch_turn_duration_seconds',
    help: 'Time from receiving a message to sending its replies, by route',
    labelNames: ['route'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly modelFallbacks = new Counter({ name: 'latch_model_fallbacks_total', help: 'Turns where the curated text was sent instead of the model wording, by reason', labelNames: ['reason'] as const, registers: [this.registry] });
  readonly modelReplies = new Counter({ name: 'latch_model_replies_total', help: 'Turns whose reply was worded by the model engine', registers: [this.registry] });
  readonly modelGateFailures = new Counter({ name: 'latch_model_gate_failures_total', help: 'Model wordings refused by an output gate, by gate', labelNames: ['gate'] as const, registers: [this.registry] });
  readonly modelCallDuration = new Histogram({
    name: 'latch_model_call_duration_seconds',
    help: 'Time the model engine spent on a model call, retries included',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers: [this.registry],
  });
  readonly redFlags = new Counter({ name: 'latch_red_flags_total', help: 'Red-flag escalations, by level', labelNames: ['level'] as const, registers: [this.registry] });
  readonly feedback = new Counter({ name: 'latch_feedback_total', help: 'Answers to "Was this helpful?", by answer id and whether it helped', labelNames: ['answer', 'helpful'] as const, registers: [this.registry] });
  readonly turnErrors = new Counter({ name: 'latch_turn_errors_total', help: 'Turns that failed and were answered with the error message', registers: [this.registry] });
  readonly httpRequests = new Counter({ name: 'latch_http_requests_total', help: 'HTTP requests, by route and status code', labelNames: ['route', 'status'] as const, registers: [this.registry] });

  /** Stops what the default metrics keep running (see collect-default-metrics.ts). */
  private readonly stopDefaultMetrics: () => void;

  constructor(conversations?: Pick<ConversationStore, 'size'>) {
    this.stopDefaultMetrics = collectDefaultMetrics(this.registry);
    // Read when /metrics is scraped, so a turn pays nothing for it; a durable store cannot tell its size.
    if (conversations?.size !== undefined) {
      new Gauge({
        name: 'latch_conversations',
        help: 'Conversations held in memory (bounded by server.maximum_conversations and the idle expiry)',
        registers: [this.registry],
        collect() {
          this.set(conversations.size ?? 0);
        },
      });
    }
  }

  /** Stops the GC observer and event-loop sampling the default metrics started; the server's close calls it. */
  close(): void {
    this.stopDefaultMetrics();
  }

  recordTurn(event: TurnEvent): void {
    const { trace } = event;
    // Labels from closed sets only: every distinct value is a new time series held in memory for good.
    this.turns.inc({ route: trace.route, channel: channelLabel(event.channelId) });
    this.turnDuration.observe({ route: trace.route }, event.durationMs / 1000);
    if (trace.redFlag) this.redFlags.inc({ level: trace.redFlag.level });
    if (trace.model.used) this.modelReplies.inc();
    if (trace.feedback) this.feedback.inc({ answer: trace.answerId ?? 'unknown', helpful: trace.feedback === 'helpful' ? 'yes' : 'no' });
    // not_eligible means no model was meant to be asked (e.g. a clarification): not a fallback.
    if (trace.model.fallbackReason && trace.model.fallbackReason !== 'not_eligible') this.modelFallbacks.inc({ reason: trace.model.fallbackReason });
    // Gate names are the output gates' own closed list, never text from the model.
    if (trace.model.gateFailed) this.modelGateFailures.inc({ gate: trace.model.gateFailed });
    if (trace.model.latencyMs !== undefined) this.modelCallDuration.observe(trace.model.latencyMs / 1000);
  }
}
