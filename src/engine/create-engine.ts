import type { DialogDefinition } from '../dialog/dialog-schema';
import type { NappyChart } from '../safety/nappy-chart';
import { learntFacts, runDialog, type DialogResult } from '../dialog/run-dialog';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { phrasingKey } from '../knowledge/phrasing-key';
import { extractFacts, mergeFacts, type Facts } from '../nlu/extract-facts';
import type { IntentClassifier } from '../nlu/intent-classifier';
import { guardInput } from '../safety/guard-input';
import type { RedFlag, Triage } from '../safety/triage';
import type { Contacts, SafetyLevel } from '../safety/safety-schema';
import { answerReplies } from './answer-replies';
import { decide, type Decision, type DecisionPolicy } from './decide';
import { readCommand, readYesOrNo } from './read-command';
import { initialConversationState, type Choice, type ConversationState, type Reply, type ScoredIntent, type Trace, type Turn, type TurnResult } from './turn-types';

export interface EngineOptions {
  knowledgeBase: KnowledgeBase;
  classifier: IntentClassifier;
  policy: DecisionPolicy;
  /** Longer messages get a kind request to shorten them instead of an answer. */
  maximumMessageLength: number;
  /** Red-flag triage, run on every message before anything else. */
  triage: Triage;
  /** The learned second net, asked when no rule fires: a safety check instead of an ordinary answer. */
  safetyCheck?: (text: string, facts: Facts) => RedFlag | undefined;
  escalationText: (flag: RedFlag) => string;
  /** The numbers escalations name (emergency, urgent line, crisis line, clinic), for channels that can dial them. */
  contacts: Contacts;
  /** Guided conversations by id (dialogs/); an intent with `dialog:` starts its dialog instead of answering. */
  dialogs: ReadonlyMap<string, DialogDefinition>;
  /** The nappy chart of content/safety.yaml, for dialogs that compare counts with the day of life. */
  nappyChart: NappyChart;
  /** The red flag a safety rule raises, for a dialog branch that escalates. */
  redFlagForRule: (ruleId: string) => RedFlag | undefined;
  /** "Was this helpful?" is asked after the first answer and then at most once in this many answers. */
  feedbackEvery: number;
}

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
}

/** Small talk that opens or explains a conversation, where the worried line belongs; not "thanks" or "bye". */
const worriedLineSmallTalk = new Set(['smalltalk.greeting', 'smalltalk.help', 'smalltalk.about']);

/** How sure latch must be of a question asked beside a "see someone soon" sign before answering it too. */
const separateQuestionConfidence = 0.9;

export function createEngine(options: EngineOptions): Engine {
  const { knowledgeBase, classifier, policy, dialogs, nappyChart: chart, feedbackEvery } = options;
  const { messages, commands } = knowledgeBase;
  const kindOf = (intentId: string) => knowledgeBase.intentById.get(intentId)?.kind ?? 'referral';
  const titleOf = (intentId: string) => knowledgeBase.intentById.get(intentId)?.title ?? intentId;

  /** A pressed button, its exact label, or its number picks the offered intent without classifying. */
  function chosenOffer(text: string, offered: Choice[]): Choice | undefined {
    if (offered.length === 0) return undefined;
    const key = phrasingKey(text);
    const number = /^\d+$/.test(key) ? Number(key) : NaN;
    if (number >= 1 && number <= offered.length) return offered[number - 1];
    return offered.find((choice) => phrasingKey(choice.label) === key);
  }

  function respond(turn: Turn, previous: ConversationState): TurnResult {
    const state: ConversationState = { ...initialConversationState(), ...previous, turnCount: previous.turnCount + 1, offeredChoices: [], feedbackOpen: null };
    const replies: Reply[] = [];
    if (!state.disclaimerShown) {
      replies.push({ kind: 'text', text: messages.disclaimer });
      state.disclaimerShown = true;
    }
    const trace: Trace = {
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
    const finish = (): TurnResult => {
      trace.facts = state.facts;
      trace.dialog = state.dialog ? { id: state.dialog.id, asking: state.dialog.asking, values: state.dialog.values } : null;
      return { replies, state, trace };
    };

    const guarded = guardInput(turn.text, options.maximumMessageLength);
    if (guarded.problem) {
      replies.push({ kind: 'text', text: guarded.problem === 'empty' ? messages.empty : messages.too_long });
      trace.reason = guarded.problem === 'empty' ? 'empty message' : 'message too long';
      // Whatever was open stays open: a slip of the keyboard should not lose a dialog or a question.
      state.offeredChoices = previous.offeredChoices;
      state.feedbackOpen = previous.feedbackOpen;
      return finish();
    }
    const text = guarded.text;
    const today = new Date(turn.timestamp);
    // Triage, commands and dialog answers need only the analysed text; intents are ranked when a decision needs them.
    const analysed = classifier.analyse(text);
    let rankedIntents: ScoredIntent[] | undefined;
    const ranked = () => (rankedIntents ??= classifier.rank(analysed));
    trace.knownWordShare = analysed.knownWordShare;

    // A dialog that asks before keeping facts (about-my-baby) holds this message's facts until the person agrees.
    const activeDialog = previous.dialog ? dialogs.get(previous.dialog.id) : undefined;
    if (!activeDialog) state.dialog = null;
    const holdsFacts = Boolean(activeDialog && !keepsFactsAsItGoes(activeDialog));
    const messageFacts = extractFacts(analysed.normalised, today);
    const knownFacts: Facts = mergeFacts(state.facts, messageFacts);
    if (!holdsFacts) state.facts = knownFacts;

    // Safety first, also in the middle of a dialog: an urgent sign gets the escalation and nothing that
    // could read as "it's normal".
    // Triage reads the message as typed: the classifier's normalisation rewrites words ("belly button").
    const flag = options.triage(text, analysed.words, knownFacts) ?? options.safetyCheck?.(text, knownFacts);
    if (flag) {
      escalate(flag, flag.certain === false ? `safety check ${flag.ruleId}` : `red flag ${flag.ruleId}`);
      if (flag.level === 'soon' && flag.certain !== false) answerAlongside(flag);
      return finish();
    }

    const command = readCommand(text, commands);
    if (command === 'forget') {
      Object.assign(state, { facts: {}, dialog: null, suspendedDialog: null });
      replies.push({ kind: 'text', text: messages.forgotten });
      Object.assign(trace, { route: 'smalltalk', reason: 'forgot what the person told' });
      return finish();
    }
    if (command === 'start_over') {
      if (activeDialog && previous.dialog) {
        // Starting over re-asks everything, so what this dialog learnt is forgotten first.
        const learnt = learntFacts(activeDialog, previous.dialog.values);
        // A copy: state.facts may still be the previous state's object, which stays as it was.
        state.facts = { ...state.facts };
        for (const name of Object.keys(learnt) as (keyof Facts)[]) delete state.facts[name];
        startDialog(activeDialog, activeDialog.trigger, 'started the dialog over');
        return finish();
      }
      Object.assign(state, { facts: {}, dialog: null, suspendedDialog: null, clarifying: false });
      replies.push({ kind: 'text', text: messages.start_over });
      Object.assign(trace, { route: 'smalltalk', reason: 'started over' });
      return finish();
    }
    if (command === 'cancel' && (activeDialog || previous.suspendedDialog)) {
      const cancelled = activeDialog ?? dialogs.get(previous.suspendedDialog?.id ?? '');
      Object.assign(state, { dialog: null, suspendedDialog: null });
      if (cancelled) {
        replies.push({ kind: 'text', text: cancelled.on_cancel.say });
        if (cancelled.on_cancel.answer) giveAnswer(cancelled.trigger, cancelled.on_cancel.answer, { askFeedback: false });
      }
      Object.assign(trace, { route: cancelled?.on_cancel.answer ? 'answer' : 'smalltalk', intent: cancelled?.trigger ?? null, reason: 'cancelled the dialog' });
      return finish();
    }

    if (activeDialog && previous.dialog) {
      const result = runDialog(activeDialog, previous.dialog, { kind: 'answer', read: { raw: text.toLowerCase(), normalised: analysed.normalised, messageFacts, today, yesWords: commands.yes, noWords: commands.no } }, { facts: knownFacts, chart });
      if (result.outcome.kind === 'not_read') {
        // Not an answer to the question: maybe a different question, which is answered before offering to go back.
        const decision = decide(ranked(), kindOf, analysed.knownWordShare, policy);
        if ((decision.route === 'answer' || decision.route === 'refer' || decision.route === 'smalltalk') && decision.intent && decision.intent !== activeDialog.trigger) {
          state.dialog = null;
          state.suspendedDialog = previous.dialog;
          traceDecision(decision, ranked());
          if (decision.route === 'answer') giveAnswer(decision.intent, answerIdOf(decision.intent), { askFeedback: false, offerFollowUps: false });
          else replies.push(...plainAnswer(decision.intent));
          replies.push(yesOrNo(messages.resume_offer.replace('{title}', activeDialog.title), messages.resume_yes, messages.resume_no));
          trace.reason = `${decision.reason}; a different question in the middle of ${activeDialog.id}`;
          return finish();
        }
      }
      continueDialog(activeDialog, result, 'answered the dialog question');
      return finish();
    }

    if (previous.suspendedDialog) {
      const resume = readYesOrNo(text, commands, { yes: messages.resume_yes, no: messages.resume_no });
      const suspended = dialogs.get(previous.suspendedDialog.id);
      state.suspendedDialog = null;
      if (resume === true && suspended) {
        const result = runDialog(suspended, previous.suspendedDialog, { kind: 'resume' }, { facts: knownFacts, chart });
        continueDialog(suspended, result, 'went back to the dialog');
        return finish();
      }
      if (resume === false) {
        replies.push({ kind: 'text', text: messages.resume_declined });
        Object.assign(trace, { route: 'smalltalk', reason: 'did not go back to the dialog' });
        return finish();
      }
    }

    if (previous.feedbackOpen) {
      const helpful = readYesOrNo(text, commands, { yes: messages.feedback_yes, no: messages.feedback_no });
      if (helpful !== undefined) {
        trace.feedback = helpful ? 'helpful' : 'not_helpful';
        trace.answerId = previous.feedbackOpen.answerId;
        replies.push({ kind: 'text', text: helpful ? messages.feedback_thanks : messages.feedback_sorry });
        offerFollowUps(previous.feedbackOpen.followUps);
        Object.assign(trace, { route: 'smalltalk', reason: 'answered "was this helpful?"' });
        return finish();
      }
    }

    const offer = chosenOffer(text, previous.offeredChoices);
    let decision: Decision;
    if (offer) {
      decision = offer.intentId
        ? { route: kindOf(offer.intentId) === 'knowledge' ? 'answer' : 'refer', intent: offer.intentId, options: [], reason: 'chose an offered option' }
        : { route: 'refer', intent: null, options: [], reason: 'none of the offered options' };
    } else {
      decision = decide(ranked(), kindOf, analysed.knownWordShare, policy);
      // Asking twice in a row wears people out; after one clarification that missed, refer kindly.
      if (decision.route === 'clarify' && previous.clarifying) {
        decision = { route: 'refer', intent: null, options: [], reason: 'second clarification in a row' };
      }
    }
    traceDecision(decision, ranked());
    if (offer) trace.confidence = 1;
    state.clarifying = decision.route === 'clarify';

    const dialog = decision.intent ? dialogs.get(knowledgeBase.intentById.get(decision.intent)?.dialogId ?? '') : undefined;
    if (dialog && decision.intent && decision.route !== 'clarify') {
      startDialog(dialog, decision.intent, decision.reason);
    } else if (decision.route === 'clarify') {
      const choices: Choice[] = [...decision.options.map((intentId) => ({ label: titleOf(intentId), intentId })), { label: messages.clarify_none, intentId: null }];
      replies.push({ kind: 'choices', text: messages.clarify, choices });
      state.offeredChoices = choices;
    } else if (decision.intent && decision.route === 'answer') {
      giveAnswer(decision.intent, answerIdOf(decision.intent), { askFeedback: true });
    } else if (decision.intent) {
      replies.push(...plainAnswer(decision.intent));
      trace.answerId = answerIdOf(decision.intent);
    } else {
      replies.push({ kind: 'text', text: offer || previous.clarifying ? messages.fallback_after_clarify : messages.fallback });
    }
    return finish();

    function escalate(redFlag: RedFlag, reason: string): void {
      replies.push({ kind: 'handoff', level: redFlag.level, ruleId: redFlag.ruleId, text: options.escalationText(redFlag) });
      Object.assign(state, { clarifying: false, dialog: null, suspendedDialog: null });
      Object.assign(trace, { route: 'red_flag', intent: null, confidence: 1, reason, redFlag: { ruleId: redFlag.ruleId, level: redFlag.level, certain: redFlag.certain !== false } });
    }

    /**
     * Only a "see someone soon" sign leaves room for the question asked with it; next to an emergency or an
     * urgent sign nothing may read as "it's normal". The question is read from what is left once the sign's
     * own words are taken out, so "blood in my milk" is never answered with "milk is made from blood".
     */
    function answerAlongside(redFlag: RedFlag): void {
      if (!redFlag.matched) return;
      // The sign's words as triage read them; if one cannot be found in the text (a corrected typo), nothing is answered.
      if (!redFlag.matched.every((words) => analysed.normalised.includes(words))) return;
      const rest = redFlag.matched.reduce((remaining, words) => remaining.replace(words, ' '), analysed.normalised).trim();
      // What is left must be a question of its own, not the sign's surroundings ("i feel so").
      if (rest.split(/\s+/).filter((word) => word.length >= 3).length < 4) return;
      const question = classifier.classify(rest);
      const decision = decide(question.ranked, kindOf, question.analysed.knownWordShare, policy);
      // A stricter bar than for an ordinary answer: beside an escalation a near miss would do more harm.
      const sure = (question.ranked[0]?.confidence ?? 0) >= separateQuestionConfidence;
      if (!sure || decision.route !== 'answer' || !decision.intent || knowledgeBase.intentById.get(decision.intent)?.dialogId) return;
      giveAnswer(decision.intent, answerIdOf(decision.intent), { askFeedback: false });
      Object.assign(trace, { route: 'red_flag', intent: decision.intent, reason: `red flag ${redFlag.ruleId}, then the question asked with it` });
    }

    function traceDecision(chosen: Decision, scored: ScoredIntent[]): void {
      const score = scored.find((entry) => entry.intent === chosen.intent);
      Object.assign(trace, {
        route: chosen.route,
        intent: chosen.intent,
        confidence: score?.confidence ?? scored[0]?.confidence ?? 0,
        alternatives: scored.filter((entry) => entry.intent !== chosen.intent).slice(0, 3),
        reason: chosen.reason,
      });
    }

    function startDialog(definition: DialogDefinition, intentId: string, reason: string): void {
      const result = runDialog(definition, null, { kind: 'start' }, { facts: holdsFacts ? { ...state.facts, ...messageFacts } : state.facts, chart });
      trace.intent = intentId;
      continueDialog(definition, result, reason);
    }

    /** Asks the dialog's next question, or acts on how it ended. */
    function continueDialog(definition: DialogDefinition, result: DialogResult, reason: string): void {
      trace.intent = definition.trigger;
      trace.reason = reason;
      const keepFacts = () => {
        state.facts = { ...state.facts, ...result.facts };
      };
      if (keepsFactsAsItGoes(definition)) keepFacts();
      state.dialog = result.state;
      replies.push(...result.replies);
      const { outcome } = result;
      if (outcome.kind === 'asked' || outcome.kind === 'not_read') {
        trace.route = 'dialog';
        if (outcome.kind === 'not_read') trace.reason = `could not read the answer to ${outcome.slot}`;
        return;
      }
      if (outcome.kind === 'gave_up') {
        replies.push({ kind: 'text', text: outcome.say });
        trace.reason = 'could not read two answers in a row; ended the dialog';
        if (outcome.answerId) giveAnswer(definition.trigger, outcome.answerId, { askFeedback: false });
        else trace.route = 'smalltalk';
        return;
      }
      const { branch } = outcome;
      if (branch.save_facts) keepFacts();
      if (branch.red_flag) {
        const redFlag = options.redFlagForRule(branch.red_flag);
        if (!redFlag) throw new Error(`dialog ${definition.id} names red flag ${branch.red_flag}, which does not exist`);
        escalate(redFlag, `dialog ${definition.id} found red flag ${branch.red_flag}`);
        trace.intent = null;
      } else if (branch.answer) {
        giveAnswer(definition.trigger, branch.answer, { askFeedback: true });
      } else if (branch.say) {
        replies.push({ kind: 'text', text: branch.say });
        trace.route = 'smalltalk';
      }
    }

    function giveAnswer(intentId: string, answerId: string, how: { askFeedback: boolean; offerFollowUps?: boolean }): void {
      const rendered = answerReplies(knowledgeBase, intentId, answerId, state.facts);
      replies.push(rendered.answer);
      Object.assign(trace, { route: 'answer', intent: intentId, answerId, personalised: { variant: rendered.variant, notes: rendered.notes } });
      state.answersGiven += 1;
      // Asked after the first answer, then at most once every few answers, so it never nags.
      const dueForFeedback = state.feedbackAskedAt === null || state.answersGiven - state.feedbackAskedAt >= feedbackEvery;
      if (how.askFeedback && dueForFeedback) {
        state.feedbackAskedAt = state.answersGiven;
        state.feedbackOpen = { answerId, followUps: rendered.followUps };
        replies.push(yesOrNo(messages.feedback_question, messages.feedback_yes, messages.feedback_no));
      } else if (how.offerFollowUps !== false) {
        offerFollowUps(rendered.followUps);
      }
    }

    function offerFollowUps(followUps: Choice[]): void {
      if (followUps.length === 0) return;
      replies.push({ kind: 'choices', text: messages.follow_ups, choices: followUps });
      state.offeredChoices = followUps;
    }
  }

  /** A yes/no question with its two buttons, yes first (readYesOrNo counts on that order for "1" and "2"). */
  function yesOrNo(text: string, yes: string, no: string): Reply {
    return { kind: 'choices', text, choices: [{ label: yes, intentId: null }, { label: no, intentId: null }] };
  }

  /**
   * Referral and small-talk answers: the text only, no follow-ups or feedback. Referrals (off-topic ones too),
   * greetings, help and "who are you" end with the line on what to do when worried about health.
   */
  function plainAnswer(intentId: string): Reply[] {
    const { answer } = answerReplies(knowledgeBase, intentId, answerIdOf(intentId), {});
    const worried: Reply[] = carriesWorriedLine(intentId) ? [{ kind: 'text', text: messages.worried }] : [];
    // "Hello" or "thanks" is conversation, not information: a plain message, never an answer card to expand.
    if (kindOf(intentId) === 'smalltalk') return [{ kind: 'text', text: answer.text.trim() }, ...worried];
    return [answer, ...worried];
  }

  function carriesWorriedLine(intentId: string): boolean {
    return kindOf(intentId) === 'referral' || worriedLineSmallTalk.has(intentId);
  }

  function answerIdOf(intentId: string): string {
    const intent = knowledgeBase.intentById.get(intentId);
    if (!intent) throw new Error(`intent ${intentId} does not exist`);
    return intent.answerId;
  }

  function welcome(previous: ConversationState): { replies: Reply[]; state: ConversationState } {
    const replies: Reply[] = [{ kind: 'text', text: messages.welcome }];
    if (!previous.disclaimerShown) replies.push({ kind: 'text', text: messages.disclaimer });
    return { replies, state: { ...previous, disclaimerShown: true } };
  }

  return { respond, welcome, knowledgeBase, triage: options.triage, contacts: options.contacts };
}

/** A dialog that asks before keeping facts has a branch that does not save them (about-my-baby's "no"). */
function keepsFactsAsItGoes(definition: DialogDefinition): boolean {
  return definition.branches.every((branch) => branch.save_facts);
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
    ...(trace.route === 'red_flag' && trace.redFlag && { level: trace.redFlag.level, certain: trace.redFlag.certain }),
  };
}
