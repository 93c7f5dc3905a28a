import { decide, type DecisionPolicy } from '../engine/decide';
import type { ClassifyResult } from '../engine/create-engine';
import type { ScoredIntent } from '../engine/turn-types';
import type { TopicKind } from '../knowledge/content-schema';
import { evaluate, type EvaluationReport } from './evaluate';
import type { LabelledQuestion } from './labelled-questions';

/** What the decide policy sees of a first message; everything before it (triage) does not depend on the policy. */
export interface FirstMessageView {
  text: string;
  /** Triage took the message before any decision. */
  redFlag: boolean;
  ranked: ScoredIntent[];
  knownWordShare: number;
}

export interface PolicyContext {
  kindOf: (intentId: string) => TopicKind;
  /** Whether answering an intent starts a dialog (its route is then `dialog`). */
  hasDialog: (intentId: string) => boolean;
  isSeedIntent: (intentId: string) => boolean;
}

/** The first-message result the engine would give under `policy`, without running the engine again. */
export function resultUnder(view: FirstMessageView, policy: DecisionPolicy, context: PolicyContext): ClassifyResult {
  if (view.redFlag) return { text: view.text, route: 'red_flag', intent: null, confidence: 1, alternatives: [] };
  const decision = decide(view.ranked, context.kindOf, view.knownWordShare, policy);
  const route = decision.route === 'answer' && decision.intent && context.hasDialog(decision.intent) ? 'dialog' : decision.route;
  const confidence = view.ranked.find((scored) => scored.intent === decision.intent)?.confidence ?? view.ranked[0]?.confidence ?? 0;
  return { text: view.text, route, intent: decision.intent, confidence, alternatives: [] };
}

export function evaluateUnder(questions: readonly LabelledQuestion[], views: ReadonlyMap<string, FirstMessageView>, policy: DecisionPolicy, context: PolicyContext): EvaluationReport {
  return evaluate(questions, (text) => resultUnder(views.get(text) ?? { text, redFlag: false, ranked: [], knownWordShare: 0 }, policy, context), context.isSeedIntent);
}

export interface PolicyTargets {
  /** Highest share of in-scope questions answered wrong. */
  maximumWrong: number;
  /** Lowest share of out-of-scope questions kept out of seed answers. */
  minimumKeptOut: number;
}

export interface TunedPolicy {
  policy: DecisionPolicy;
  report: EvaluationReport;
  /** Whether any policy of the grid met the targets; if not, the one with the fewest wrong answers. */
  metTargets: boolean;
}

const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, index) => Math.round((from + index * step) * 1000) / 1000);

/**
 * The decide policy that answers the most in-scope questions right while keeping wrong answers and
 * out-of-scope leaks within the targets, by a search over a grid of thresholds. Meant for the development
 * split only: tuning on held-out questions would make their numbers meaningless.
 */
export function tunePolicy(
  questions: readonly LabelledQuestion[],
  views: ReadonlyMap<string, FirstMessageView>,
  base: DecisionPolicy,
  context: PolicyContext,
  targets: PolicyTargets,
): TunedPolicy {
  let best: { policy: DecisionPolicy; report: EvaluationReport; score: number[] } | undefined;
  let metTargets = false;
  for (const answerThreshold of range(0.2, 0.9, 0.05)) {
    for (const answerMargin of range(0, 0.5, 0.05)) {
      for (const clarifyThreshold of range(0.1, 0.4, 0.05)) {
        if (clarifyThreshold > answerThreshold) continue;
        for (const minimumKnownWordShare of [0.3, 0.4, 0.5, 0.6]) {
          const policy = { ...base, answerThreshold, answerMargin, clarifyThreshold, minimumKnownWordShare };
          const report = evaluateUnder(questions, views, policy, context);
          const { inScope, outOfScope } = report;
          const wrongShare = inScope.total === 0 ? 0 : inScope.wrong / inScope.total;
          const keptOutShare = outOfScope.total === 0 ? 1 : outOfScope.keptOut / outOfScope.total;
          const meets = wrongShare <= targets.maximumWrong && keptOutShare >= targets.minimumKeptOut;
          // Within the targets: most right, then fewest wrong, then most clarified (a question is better than a referral).
          const score = meets ? [1, inScope.right, -inScope.wrong, inScope.clarified, outOfScope.keptOut] : [0, -inScope.wrong, outOfScope.keptOut, inScope.right, 0];
          if (!best || compareScores(score, best.score) > 0) best = { policy, report, score };
          metTargets ||= meets;
        }
      }
    }
  }
  if (!best) throw new Error('no policy was tried');
  return { policy: best.policy, report: best.report, metTargets };
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index] - b[index];
  return 0;
}
