import type { ModelTrace } from './turn-types';

export interface ModelCountersSnapshot {
  /** Turns whose answer was worded by the model. */
  used: number;
  /** Turns that got the curated text, by reason (not_eligible, timeout, error, content_filter, circuit_open, busy, gate). */
  fallbacks: Record<string, number>;
  /** Wordings rejected, by gate. */
  gateFailures: Record<string, number>;
  /** Model calls made and their total time, for an average. */
  calls: number;
  latencyMsTotal: number;
}

/** Plain counts of what the model engine did, for a metrics endpoint to export; no metrics library here. */
export class ModelCounters {
  private used = 0;
  private calls = 0;
  private latencyMsTotal = 0;
  private readonly fallbacks = new Map<string, number>();
  private readonly gateFailures = new Map<string, number>();

  record(trace: ModelTrace): void {
    if (trace.used) this.used++;
    if (trace.fallbackReason) this.fallbacks.set(trace.fallbackReason, (this.fallbacks.get(trace.fallbackReason) ?? 0) + 1);
    if (trace.gateFailed) this.gateFailures.set(trace.gateFailed, (this.gateFailures.get(trace.gateFailed) ?? 0) + 1);
    if (trace.latencyMs !== undefined) {
      this.calls++;
      this.latencyMsTotal += trace.latencyMs;
    }
  }

  snapshot(): ModelCountersSnapshot {
    return {
      used: this.used,
      fallbacks: Object.fromEntries(this.fallbacks),
      gateFailures: Object.fromEntries(this.gateFailures),
      calls: this.calls,
      latencyMsTotal: this.latencyMsTotal,
    };
  }
}
