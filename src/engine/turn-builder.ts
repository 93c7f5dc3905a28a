import type { DialogDefinition } from '../dialog/dialog-schema';
import { extractFacts, mergeFacts, type Facts } from '../nlu/extract-facts';
import type { AnalysedText } from '../nlu/text-analyser';
import type { IntentScore } from '../nlu/intent-classifier';
import type { Decision } from './decide';
import type { EngineParts } from './engine-parts';
import { initialConversationState, type AnswerReply, type ConversationState, type Reply, type Trace, type Turn, type TurnResult } from './turn-types';

/** The message once it passed the input guard: analysed, with the facts it states. */
export interface ReadMessage {
  text: string;
  analysed: AnalysedText;
  /** What this message alone says about the person's situation. */
  facts: Facts;
  /** What is known with this message counted, whether or not the state keeps it yet. */
  knownFacts: Facts;
  today: Date;
}

function emptyTrace(state: ConversationState): Trace {
  return {
    route: 'refer',
    intent: null,
    confidence: 0,
    alternatives: [],
    answerId: null,
    facts: state.facts,
    reason: '',
    knownWordShare: 0,
    redFlag: null,
    dialog: null,
    personalised: null,
    feedback: null,
    model: { used: false },
  };
}

/**
 * One turn being built: the only owner of the next `state`, the `trace` and the `replies`. Steps read the
 * previous state and the message from it and write their outcome into it.
 */
export class TurnBuilder {
  readonly state: ConversationState;
  readonly trace: Trace;
  readonly replies: Reply[] = [];
  /** The dialog that was waiting for this message, if its definition still exists. */
  readonly activeDialog: DialogDefinition | undefined;
  /** The route chosen by the offered-choice or the understand-and-decide step, for the answer step. */
  decision: Decision | undefined;
  /** The curated answer given in this turn, if any: returned as data so no one has to search the replies for it. */
  answer: AnswerReply | undefined;
  /** True when the decision is an offered button the person pressed, not a classification. */
  choseOffer = false;
  private read: ReadMessage | undefined;
  private rankedIntents: IntentScore[] | undefined;

  constructor(
    readonly parts: EngineParts,
    /** The message as it arrived, before the input guard. */
    readonly incoming: Turn,
    readonly previous: ConversationState,
  ) {
    this.state = { ...initialConversationState(), ...previous, turnCount: previous.turnCount + 1, offeredChoices: [], feedbackOpen: null };
    this.trace = emptyTrace(this.state);
    this.activeDialog = previous.dialog ? parts.options.dialogs.get(previous.dialog.id) : undefined;
    if (!this.state.disclaimerShown) {
      this.say(parts.messages.disclaimer);
      this.state.disclaimerShown = true;
    }
  }

  say(text: string): void {
    this.replies.push({ kind: 'text', text });
  }

  /** A dialog that asks before keeping facts (about-my-baby) holds this message's facts until the person agrees. */
  get holdsFacts(): boolean {
    return Boolean(this.activeDialog && !keepsFactsAsItGoes(this.activeDialog));
  }

  /** Analyses the guarded text and counts the facts it states; every step after the guard reads `message`. */
  readMessage(text: string): ReadMessage {
    // A dialog whose definition is gone is dropped once the message is read; a slip of the keyboard keeps it as it was.
    if (!this.activeDialog) this.state.dialog = null;
    const analysed = this.parts.options.classifier.analyse(text);
    const today = new Date(this.incoming.timestamp);
    const facts = extractFacts(analysed.normalised, today);
    this.read = { text, analysed, facts, knownFacts: mergeFacts(this.state.facts, facts), today };
    this.trace.knownWordShare = analysed.knownWordShare;
    if (!this.holdsFacts) this.state.facts = this.read.knownFacts;
    return this.read;
  }

  get message(): ReadMessage {
    if (!this.read) throw new Error('turn-builder.ts: a step read the message before the guard step; put it after guardStep in turn-steps.ts');
    return this.read;
  }

  /** The intents ranked for this message, worked out only when a decision needs them. */
  ranked(): IntentScore[] {
    return (this.rankedIntents ??= this.parts.options.classifier.rank(this.message.analysed));
  }

  finish(): TurnResult {
    this.trace.facts = this.state.facts;
    const { dialog } = this.state;
    this.trace.dialog = dialog ? { id: dialog.id, asking: dialog.asking, values: dialog.values } : null;
    return { replies: this.replies, state: this.state, trace: this.trace, ...(this.answer && { answer: this.answer }) };
  }
}

/** A dialog that asks before keeping facts has a branch that does not save them (about-my-baby's "no"). */
export function keepsFactsAsItGoes(definition: DialogDefinition): boolean {
  return definition.branches.every((branch) => branch.save_facts);
}
