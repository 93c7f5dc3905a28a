import type { Facts } from '../nlu/extract-facts';
import type { SafetyLevel } from '../safety/safety-schema';

export type Route = 'answer' | 'dialog' | 'clarify' | 'refer' | 'smalltalk' | 'red_flag';

export interface Choice {
  /** What the button shows and what is sent back when it is pressed. */
  label: string;
  /** The intent this choice leads to; null for "none of these". */
  intentId: string | null;
}

/** What the bot says, as data; each channel renders it its own way. */
export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'answer'; intentId: string; answerId: string; short: string; text: string; sources: string[] }
  | { kind: 'choices'; text: string; choices: Choice[] }
  | { kind: 'handoff'; level: SafetyLevel; ruleId: string; text: string };

export interface Turn {
  text: string;
  /** When the message was sent (ISO 8601); facts such as "born on Monday" are counted from it. */
  timestamp: string;
}

export interface ConversationState {
  turnCount: number;
  disclaimerShown: boolean;
  facts: Facts;
  /** The choices last offered, so a pressed button or "2" resolves to exactly that intent. */
  offeredChoices: Choice[];
  /** Set while a clarification is open: a second miss refers instead of asking again. */
  clarifying: boolean;
}

export interface ScoredIntent {
  intent: string;
  confidence: number;
}

export interface Trace {
  route: Route;
  intent: string | null;
  confidence: number;
  alternatives: ScoredIntent[];
  answerId: string | null;
  facts: Facts;
  /** Why the policy chose this route, for tests and for tuning thresholds. */
  reason: string;
  knownWordShare: number;
  redFlag: { ruleId: string; level: SafetyLevel } | null;
  model: ModelTrace;
}

/** What the model engine did with this turn; the embedded engine alone leaves `{ used: false }`. */
export interface ModelTrace {
  /** True only when the reply the person saw was worded by the model. */
  used: boolean;
  /** The configured model's name, when one was asked. */
  name?: string;
  latencyMs?: number;
  /** The output gate that rejected the model's wording, e.g. "numbers", "urls", "triage". */
  gateFailed?: string;
  /** Why the curated text was sent instead: not_eligible, timeout, error, circuit_open, busy, gate. */
  fallbackReason?: string;
}

export interface TurnResult {
  replies: Reply[];
  state: ConversationState;
  trace: Trace;
}

export function initialConversationState(): ConversationState {
  return { turnCount: 0, disclaimerShown: false, facts: {}, offeredChoices: [], clarifying: false };
}
