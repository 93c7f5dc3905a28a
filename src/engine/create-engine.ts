import { describeSource, type KnowledgeBase } from '../knowledge/knowledge-base';
import { phrasingKey } from '../knowledge/phrasing-key';
import { extractFacts } from '../nlu/extract-facts';
import type { IntentClassifier } from '../nlu/intent-classifier';
import type { RedFlag, Triage } from '../safety/triage';
import { decide, type Decision, type DecisionPolicy } from './decide';
import { initialConversationState, type Choice, type ConversationState, type Reply, type Trace, type Turn, type TurnResult } from './turn-types';

export interface EngineOptions {
  knowledgeBase: KnowledgeBase;
  classifier: IntentClassifier;
  policy: DecisionPolicy;
  /** Longer messages get a kind request to shorten them instead of an answer. */
  maximumMessageLength: number;
  /** Red-flag triage, run on every message before anything else. */
  triage: Triage;
  escalationText: (flag: RedFlag) => string;
}

export interface ClassifyResult {
  text: string;
  route: Trace['route'];
  intent: string | null;
  confidence: number;
  alternatives: { intent: string; confidence: number }[];
}

export interface Engine {
  /** The pure core: one turn in, the replies, the next state and what was decided out. */
  respond(turn: Turn, state: ConversationState): TurnResult;
  /** What the bot says when a conversation starts, before the person types anything. */
  welcome(state: ConversationState): { replies: Reply[]; state: ConversationState };
  knowledgeBase: KnowledgeBase;
}

export function createEngine(options: EngineOptions): Engine {
  const { knowledgeBase, classifier, policy } = options;
  const { messages } = knowledgeBase;
  const kindOf = (intentId: string) => knowledgeBase.intentById.get(intentId)?.kind ?? 'referral';
  const titleOf = (intentId: string) => knowledgeBase.intentById.get(intentId)?.title ?? intentId;

  function answerReplies(intentId: string): { replies: Reply[]; offered: Choice[]; answerId: string } {
    const intent = knowledgeBase.intentById.get(intentId);
    const answer = intent && knowledgeBase.answerById.get(intent.answerId);
    if (!intent || !answer) throw new Error(`intent ${intentId} has no answer`);
    const replies: Reply[] = [
      { kind: 'answer', intentId, answerId: answer.id, short: answer.short, text: answer.text, sources: answer.sources.map(describeSource) },
    ];
    const offered = answer.followUps.map((followUp) => ({ label: titleOf(followUp), intentId: followUp }));
    if (offered.length > 0) replies.push({ kind: 'choices', text: messages.follow_ups, choices: offered });
    return { replies, offered, answerId: answer.id };
  }

  /** A pressed button, its exact label, or its number picks the offered intent without classifying. */
  function chosenOffer(text: string, offered: Choice[]): Choice | undefined {
    const key = phrasingKey(text);
    const number = /^\d+$/.test(key) ? Number(key) : NaN;
    if (number >= 1 && number <= offered.length) return offered[number - 1];
    return offered.find((choice) => phrasingKey(choice.label) === key);
  }

  function respond(turn: Turn, previous: ConversationState): TurnResult {
    const state: ConversationState = { ...previous, turnCount: previous.turnCount + 1, offeredChoices: [] };
    const replies: Reply[] = [];
    if (!state.disclaimerShown) {
      replies.push({ kind: 'text', text: messages.disclaimer });
      state.disclaimerShown = true;
    }
    const text = turn.text.trim();
    const baseTrace = { confidence: 0, alternatives: [], answerId: null, facts: state.facts, knownWordShare: 0, redFlag: null, model: { used: false } };
    if (text.length === 0 || text.length > options.maximumMessageLength) {
      replies.push({ kind: 'text', text: text.length === 0 ? messages.empty : messages.too_long });
      return { replies, state, trace: { ...baseTrace, route: 'refer', intent: null, reason: text.length === 0 ? 'empty message' : 'message too long' } };
    }

    const offer = chosenOffer(text, previous.offeredChoices);
    const classification = classifier.classify(text);
    state.facts = { ...state.facts, ...extractFacts(classification.analysed.normalised, new Date(turn.timestamp)) };

    // Safety first: an urgent sign gets the escalation and nothing that could read as "it's normal".
    const flag = options.triage(classification.analysed.normalised, classification.analysed.words, state.facts);
    if (flag) {
      replies.push({ kind: 'handoff', level: flag.level, ruleId: flag.ruleId, text: options.escalationText(flag) });
      state.clarifying = false;
      const trace: Trace = {
        ...baseTrace,
        route: 'red_flag',
        intent: null,
        confidence: 1,
        facts: state.facts,
        reason: `red flag ${flag.ruleId}`,
        knownWordShare: classification.analysed.knownWordShare,
        redFlag: { ruleId: flag.ruleId, level: flag.level },
      };
      return { replies, state, trace };
    }

    let decision: Decision;
    if (offer) {
      decision = offer.intentId
        ? { route: kindOf(offer.intentId) === 'knowledge' ? 'answer' : 'refer', intent: offer.intentId, options: [], reason: 'chose an offered option' }
        : { route: 'refer', intent: null, options: [], reason: 'none of the offered options' };
    } else {
      decision = decide(classification.ranked, kindOf, classification.analysed.knownWordShare, policy);
      // Asking twice in a row wears people out; after one clarification that missed, refer kindly.
      if (decision.route === 'clarify' && previous.clarifying) {
        decision = { route: 'refer', intent: null, options: [], reason: 'second clarification in a row' };
      }
    }

    const scored = classification.ranked.find((entry) => entry.intent === decision.intent);
    const trace: Trace = {
      ...baseTrace,
      route: decision.route,
      intent: decision.intent,
      confidence: offer ? 1 : scored?.confidence ?? classification.ranked[0]?.confidence ?? 0,
      alternatives: classification.ranked.filter((entry) => entry.intent !== decision.intent).slice(0, 3),
      facts: state.facts,
      reason: decision.reason,
      knownWordShare: classification.analysed.knownWordShare,
    };
    state.clarifying = decision.route === 'clarify';

    if (decision.route === 'clarify') {
      const choices: Choice[] = [...decision.options.map((intentId) => ({ label: titleOf(intentId), intentId })), { label: messages.clarify_none, intentId: null }];
      replies.push({ kind: 'choices', text: messages.clarify, choices });
      state.offeredChoices = choices;
    } else if (decision.intent) {
      const answered = answerReplies(decision.intent);
      replies.push(...answered.replies);
      state.offeredChoices = answered.offered;
      trace.answerId = answered.answerId;
    } else {
      replies.push({ kind: 'text', text: offer || previous.clarifying ? messages.fallback_after_clarify : messages.fallback });
    }
    return { replies, state, trace };
  }

  function welcome(previous: ConversationState): { replies: Reply[]; state: ConversationState } {
    const replies: Reply[] = [{ kind: 'text', text: messages.welcome }];
    if (!previous.disclaimerShown) replies.push({ kind: 'text', text: messages.disclaimer });
    return { replies, state: { ...previous, disclaimerShown: true } };
  }

  return { respond, welcome, knowledgeBase };
}

/** One message classified as the first of a new conversation, through the whole pipeline, as `latch classify` does. */
export function classifyFirstMessage(engine: Engine, text: string, timestamp: string = new Date().toISOString()): ClassifyResult {
  return classifyResult(text, engine.respond({ text, timestamp }, initialConversationState()).trace);
}

/** The `latch classify --json` view of one message, classified as the first of a new conversation. */
export function classifyResult(text: string, trace: Trace): ClassifyResult {
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return {
    text,
    route: trace.route,
    intent: trace.intent,
    confidence: round(trace.confidence),
    alternatives: trace.alternatives.map((entry) => ({ intent: entry.intent, confidence: round(entry.confidence) })),
  };
}
