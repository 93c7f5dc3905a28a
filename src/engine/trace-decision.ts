import type { Decision } from './decide';
import type { IntentScore } from '../nlu/intent-classifier';
import type { Trace } from './turn-types';

/** The route, intent, its confidence and the runners-up of a decision, written into the trace. */
export function traceDecision(trace: Trace, chosen: Decision, scored: IntentScore[]): void {
  const score = scored.find((entry) => entry.intent === chosen.intent);
  Object.assign(trace, {
    route: chosen.route,
    intent: chosen.intent,
    confidence: score?.confidence ?? scored[0]?.confidence ?? 0,
    alternatives: scored.filter((entry) => entry.intent !== chosen.intent).slice(0, 3),
    reason: chosen.reason,
  });
}
