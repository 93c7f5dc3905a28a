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
    alternatives: runnersUp(scored, chosen.intent, 3),
    reason: chosen.reason,
  });
}

/** The first `count` scored intents other than the chosen one (a loop: the list holds every intent). */
function runnersUp(scored: IntentScore[], chosen: string | null, count: number): IntentScore[] {
  const found: IntentScore[] = [];
  for (let index = 0; index < scored.length && found.length < count; index++) if (scored[index].intent !== chosen) found.push(scored[index]);
  return found;
}
