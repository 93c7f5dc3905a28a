import type { AnswerReply, Choice, Reply } from './reply';
import type { Facts } from '../nlu/extract-facts';
import type { IntentScore } from '../nlu/intent-classifier';
import type { SlotValue } from '../dialog/dialog-schema';
import type { DialogState } from '../dialog/dialog-state';
import type { SafetyLevel } from '../safety/safety-schema';

export type Route = 'answer' | 'dialog' | 'clarify' | 'refer' | 'smalltalk' | 'red_flag';

export type { AnswerReply, Choice, Reply } from './reply';

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
  /** The guided conversation in progress (dialogs/), waiting for the answer to its question. */
  dialog: DialogState | null;
  /** A dialog interrupted by another question, while the offer to go back to it is open. */
  suspendedDialog: DialogState | null;
  /** Answers given in this conversation, and at which count "Was this helpful?" was last asked. */
  answersGiven: number;
  feedbackAskedAt: number | null;
  /** While "Was this helpful?" is open: the answer it is about and the follow-ups held back until it is answered. */
  feedbackOpen: { answerId: string; followUps: Choice[] } | null;
}

export interface Trace {
  route: Route;
  intent: string | null;
  confidence: number;
  alternatives: IntentScore[];
  answerId: string | null;
  facts: Facts;
  /** Why the policy chose this route, for tests and for tuning thresholds. */
  reason: string;
  knownWordShare: number;
  /** `certain` is false for a safety check: the learned net's guess, worded conditionally. */
  redFlag: { ruleId: string; level: SafetyLevel; certain: boolean } | null;
  /** The dialog after this turn: which one, the question open and the answers read so far. */
  dialog: { id: string; asking: string | null; values: Record<string, SlotValue> } | null;
  /** Which variant and notes of the answer were chosen from the facts. */
  personalised: { variant: number | null; notes: number[] } | null;
  /** The person's answer to "Was this helpful?", on the turn they gave it. */
  feedback: 'helpful' | 'not_helpful' | null;
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
  /** Why the curated text was sent instead: not_eligible, timeout, error, content_filter, circuit_open, busy, gate. */
  fallbackReason?: string;
}

export interface TurnResult {
  replies: Reply[];
  state: ConversationState;
  trace: Trace;
  /** The curated answer this turn gave, one of `replies`, when it gave one; the model engine words this one. */
  answer?: AnswerReply;
}

export function initialConversationState(): ConversationState {
  return {
    turnCount: 0,
    disclaimerShown: false,
    facts: {},
    offeredChoices: [],
    clarifying: false,
    dialog: null,
    suspendedDialog: null,
    answersGiven: 0,
    feedbackAskedAt: null,
    feedbackOpen: null,
  };
}
