import { decide, type DecisionPolicy } from '../engine/decide';
import { illnessesApart } from '../engine/who-is-ill';
import type { ClassifyResult } from '../engine/create-engine';
import type { IntentScore } from '../nlu/intent-classifier';
import type { TopicKind } from '../knowledge/content-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { evaluate, type EvaluationReport } from './evaluate';
import type { LabelledQuestion } from './labelled-questions';

/** What the decide policy sees of a first message; everything before it (triage) does not depend on the policy. */
export interface FirstMessageView {
  text: string;
  /** Triage took the message before any decision. */
  redFlag: boolean;
  ranked: IntentScore[];
  knownWordShare: number;
  /** The intent the question sentence alone ranks first; absent for a message of one sentence. */
  questionSentenceTop?: string;
  /** The message speaks of an illness and names nobody at all (src/engine/who-is-ill.ts). */
  nobodyNamedIll?: boolean;
}

export interface PolicyContext {
  kindOf: (intentId: string) => TopicKind;
  /** Whether answering an intent starts a dialog (its route is then `dialog`). */
  hasDialog: (intentId: string) => boolean;
  isSeedIntent: (intentId: string) => boolean;
  illnessOf: (intentId: string) => 'baby' | 'mother' | undefined;
}

/** The context of a knowledge base's intents; an id it does not know counts as a referral. */
export function policyContextOf(knowledgeBase: KnowledgeBase): PolicyContext {
  return {
    kindOf: (id) => knowledgeBase.intentById.get(id)?.kind ?? 'referral',
    hasDialog: (id) => Boolean(knowledgeBase.intentById.get(id)?.dialogId),
    isSeedIntent: (id) => knowledgeBase.intentById.get(id)?.kind === 'knowledge',
    illnessOf: (id) => knowledgeBase.intentById.get(id)?.illnessOf,
  };
}

/** The first-message result the engine would give under `policy`, without running the engine again. */
export function resultUnder(view: FirstMessageView, policy: DecisionPolicy, context: PolicyContext): ClassifyResult {
  if (view.redFlag) return { text: view.text, route: 'red_flag', intent: null, confidence: 1, alternatives: [] };
  const undecided = view.nobodyNamedIll ? illnessesApart(context.illnessOf) : undefined;
  const decision = decide(view.ranked, context.kindOf, view.knownWordShare, policy, () => view.questionSentenceTop, undecided);
  const route = decision.route === 'answer' && decision.intent && context.hasDialog(decision.intent) ? 'dialog' : decision.route;
  const confidence = view.ranked.find((scored) => scored.intent === decision.intent)?.confidence ?? view.ranked[0]?.confidence ?? 0;
  return { text: view.text, route, intent: decision.intent, confidence, alternatives: [] };
}

export function evaluateUnder(questions: readonly LabelledQuestion[], views: ReadonlyMap<string, FirstMessageView>, policy: DecisionPolicy, context: PolicyContext): EvaluationReport {
  return evaluate(questions, (text) => resultUnder(views.get(text) ?? { text, redFlag: false, ranked: [], knownWordShare: 0 }, policy, context), context.isSeedIntent);
}

export interface PolicyTargets {
  /** Highest share of in-scope questions answered wrong. */
  maximumWrong?: number;
  /** Lowest share of out-of-scope questions kept out of seed answers. */
  minimumKeptOut?: number;
  /** Lowest share of in-scope questions answered right. */
  minimumRight?: number;
}

/** A set of questions the policy is tuned on, with what it must achieve there. */
export interface TuningSet {
  questions: readonly LabelledQuestion[];
  views: ReadonlyMap<string, FirstMessageView>;
  targets: PolicyTargets;
}

export interface TunedPolicy {
  policy: DecisionPolicy;
  /** One report per tuning set, in order. */
  reports: EvaluationReport[];
  /** Whether any policy of the grid met every target; if not, the one closest to them. */
  metTargets: boolean;
}

const range = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, index) => Math.round((from + index * step) * 1000) / 1000);

/** How far a report is from its targets, in questions (0 when it meets them). */
function shortfall(report: EvaluationReport, targets: PolicyTargets): number {
  const { inScope, outOfScope } = report;
  let missing = 0;
  if (targets.maximumWrong !== undefined) missing += Math.max(0, inScope.wrong - Math.floor(targets.maximumWrong * inScope.total + 1e-9));
  if (targets.minimumRight !== undefined) missing += Math.max(0, Math.ceil(targets.minimumRight * inScope.total - 1e-9) - inScope.right);
  if (targets.minimumKeptOut !== undefined) missing += Math.max(0, Math.ceil(targets.minimumKeptOut * outOfScope.total - 1e-9) - outOfScope.keptOut);
  return missing;
}

/**
 * The decide policy that answers the most in-scope questions of the first set right while every set stays
 * within its targets, by a search over a grid of thresholds; when no policy meets them all, the one that
 * misses them by the fewest questions. Meant for development questions only: tuning on held-out
 * questions would make their numbers meaningless.
 */
export function tunePolicy(sets: readonly TuningSet[], base: DecisionPolicy, context: PolicyContext): TunedPolicy {
  let best: { policy: DecisionPolicy; reports: EvaluationReport[]; score: number[] } | undefined;
  const consider = (policy: DecisionPolicy) => {
    const reports = sets.map((set) => evaluateUnder(set.questions, set.views, policy, context));
    const missing = reports.reduce((sum, report, index) => sum + shortfall(report, sets[index].targets), 0);
    const [first] = reports;
    // Fewest questions short of the targets, then most right, fewest wrong, most kept out.
    const score = [-missing, first.inScope.right, -first.inScope.wrong, first.outOfScope.keptOut];
    if (!best || compareScores(score, best.score) > 0) best = { policy, reports, score };
  };
  // Only what decides between answering and not: whether a question is then asked or referred moves
  // nothing between right, wrong and kept out, so the clarification thresholds stay as configured.
  for (const answerThreshold of range(Math.max(0.2, base.clarifyThreshold), 0.9, 0.05)) {
    for (const answerMargin of range(0, 0.75, 0.05)) {
      for (const minimumKnownWordShare of [0.3, 0.4, 0.5, 0.6]) consider({ ...base, answerThreshold, answerMargin, minimumKnownWordShare });
    }
  }
  if (!best) throw new Error('no policy was tried');
  // Then the corroborated answer's pair (off, or a lower bar when the question sentence agrees), with the
  // plain pair free to move one step: a grid over all five at once would take forty times as long.
  const plain: DecisionPolicy = best.policy;
  for (const answerThreshold of [plain.answerThreshold - 0.05, plain.answerThreshold, plain.answerThreshold + 0.05]) {
    for (const answerMargin of [plain.answerMargin - 0.05, plain.answerMargin, plain.answerMargin + 0.05]) {
      const moved = { ...plain, answerThreshold: round(answerThreshold), answerMargin: round(answerMargin) };
      consider({ ...moved, corroboratedThreshold: undefined, corroboratedMargin: undefined });
      for (const corroboratedThreshold of range(0.3, 0.7, 0.05)) {
        for (const corroboratedMargin of range(0.2, 0.5, 0.05)) consider({ ...moved, corroboratedThreshold, corroboratedMargin });
      }
    }
  }
  const chosen = best as { policy: DecisionPolicy; reports: EvaluationReport[]; score: number[] };
  return { policy: chosen.policy, reports: chosen.reports, metTargets: chosen.score[0] === 0 };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index] - b[index];
  return 0;
}
