import type { Contacts, SafetyLevel } from '../safety/safety-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Triage } from '../safety/triage';
import type { EngineOptions } from './engine-options';
import { engineParts, type EngineParts } from './engine-parts';
import { markEmbedded } from './embedded-engines';
import { turnSteps } from './steps/turn-steps';
import { TurnBuilder } from './turn-builder';
import { initialConversationState, type ConversationState, type Reply, type Trace, type Turn, type TurnResult } from './turn-types';

export type { EngineOptions } from './engine-options';

export interface ClassifyResult {
  text: string;
  route: Trace['route'];
  intent: string | null;
  confidence: number;
  alternatives: { intent: string; confidence: number }[];
  /** With route red_flag: the escalation's level, and false when it is the learned net's safety check. */
  level?: SafetyLevel;
  certain?: boolean;
}

export interface Engine {
  /** The pure core: one turn in, the replies, the next state and what was decided out. */
  respond(turn: Turn, state: ConversationState): TurnResult;
  /** What the bot says when a conversation starts, before the person types anything. */
  welcome(state: ConversationState): { replies: Reply[]; state: ConversationState };
  knowledgeBase: KnowledgeBase;
  /** The red-flag triage every message goes through, for checking a model's wording against the same rules. */
  triage: Triage;
  /** The numbers escalations name, for channels that can offer to dial them. */
  contacts: Contacts;
  /** The engine's content and settings, for running one step of a turn on its own. */
  parts: EngineParts;
}

export function createEngine(options: EngineOptions): Engine {
  const parts = engineParts(options);

  function respond(turn: Turn, previous: ConversationState): TurnResult {
    const builder = new TurnBuilder(parts, turn, previous);
    for (const step of turnSteps) {
      if (step(builder) === 'finished') break;
    }
    return builder.finish();
  }

  function welcome(previous: ConversationState): { replies: Reply[]; state: ConversationState } {
    const replies: Reply[] = [{ kind: 'text', text: parts.messages.welcome }];
    if (!previous.disclaimerShown) replies.push({ kind: 'text', text: parts.messages.disclaimer });
    return { replies, state: { ...previous, disclaimerShown: true } };
  }

  return markEmbedded({ respond, welcome, knowledgeBase: options.knowledgeBase, triage: options.triage, contacts: options.contacts, parts });
}

/** One message classified as the first of a new conversation, through the whole pipeline, as `latch classify` does. */
export function classifyFirstMessage(engine: Engine, text: string, timestamp: string = new Date().toISOString()): ClassifyResult {
  return classifyResult(text, engine.respond({ text, timestamp }, initialConversationState()).trace);
}

/** The `latch classify --json` view of one message, classified as the first of a new conversation. */
function classifyResult(text: string, trace: Trace): ClassifyResult {
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return {
    text,
    route: trace.route,
    intent: trace.intent,
    confidence: round(trace.confidence),
    alternatives: trace.alternatives.map((entry) => ({ intent: entry.intent, confidence: round(entry.confidence) })),
    ...(trace.route === 'red_flag' && trace.redFlag && { level: trace.redFlag.level, certain: trace.redFlag.certain }),
  };
}
