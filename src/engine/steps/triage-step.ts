import { choiceByLabel } from '../../knowledge/pressed-choice';
import { isCrisisMessage } from '../../safety/crisis-message';
import { levelOrder, type RedFlag } from '../../safety/triage';
import { normaliseText } from '../../nlu/normalise-text';
import type { IntentScore } from '../../nlu/intent-classifier';
import { decide } from '../decide';
import { escalate } from '../escalate';
import { giveAnswer } from '../give-answer';
import { splitSentences } from '../split-sentences';
import type { TurnBuilder } from '../turn-builder';
import type { StepResult } from './turn-step';

/** How sure latch must be of a question asked beside a "see someone soon" sign before answering it too. */
const separateQuestionConfidence = 0.9;

/**
 * Safety first, also in the middle of a dialog: an urgent sign gets the escalation and nothing that could
 * read as "it's normal". Triage reads the message as typed: the classifier's normalisation rewrites words
 * ("belly button").
 */
export function triageStep(turn: TurnBuilder): StepResult {
  const { options } = turn.parts;
  const { text, analysed, knownFacts } = turn.message;
  const ruled = options.triage(text, analysed.words, knownFacts);
  // A "see someone soon" sign (low mood) does not hide a crisis the net reads in the same message: when in
  // doubt about a crisis, the crisis line (issue 11). On a fresh writer's messages the rules gave "urge to
  // swerve into the wall … just empty" low mood. On the net's cross-validation folds this lifted 3 of the
  // 248 red flags a soon rule caught (low mood, to the crisis line) and none of its 37 near misses or of the
  // ordinary questions it flagged.
  const checked = (!ruled || ruled.level === 'soon') && !pressedDialogButton(turn) ? options.safetyCheck?.(text, knownFacts) : undefined;
  const found = ruled && !(checked && isCrisis(checked)) ? ruled : checked;
  // A rule's level below emergency is not the last word: the net is asked too, and an emergency row it holds
  // likely enough raises the reply to that row's emergency check, the rule's advice after it (issue 11: severe
  // dehydration, a hot baby with a cord infection given "urgent today"). It never lowers a level.
  const raised = found && found === ruled && found.level !== 'emergency' && !pressedDialogButton(turn) ? options.levelRaise?.(text, found) : undefined;
  const chosen = raised ?? found;
  if (!chosen) return answerSignQuestion(turn);
  // A crisis the net reads beside another sign adds the crisis line after that sign's reply: a partner's "she
  // says she'd like to go to sleep and not wake up" is a baby hard to wake to the rules (issue 11).
  const beside = !isCrisis(chosen) && !pressedDialogButton(turn) ? options.crisisBeside?.(text, chosen) : undefined;
  // And the other way: a crisis rule outranks every other emergency, so a baby's sign told beside it ("I can't go
  // on, my baby won't wake and she's floppy") keeps its own advice after the crisis reply (review of s27-beside).
  const babySign = isCrisis(chosen) ? options.babySignBeside?.(text, knownFacts) : undefined;
  // A rule's sign alone that the near-miss model reads as told in an ordinary frame ("grunting all night but
  // breathes easily, pink and feeds well"): the sign's meaning and when to get help, not an escalation (issue 11's
  // false alarms). The gate never lets a crisis, a crisis row or a row a number decides go.
  const nearMiss = chosen === ruled && !beside && !babySign && !pressedDialogButton(turn) ? options.nearMiss?.(text, chosen) : undefined;
  if (nearMiss !== undefined) return answerNearMiss(turn, chosen, nearMiss);
  const flag = beside ?? (babySign ? withBabySign(chosen, babySign) : chosen);
  const reason = raised ? `red flag ${ruled!.ruleId} raised by safety check ${flag.ruleId}` : flag.certain === false ? `safety check ${flag.ruleId}` : `red flag ${flag.ruleId}`;
  escalate(turn, flag, beside ? `${reason} with the crisis check beside` : babySign ? `${reason} with the baby's sign ${babySign.ruleId} beside` : reason);
  if (flag.level === 'soon' && flag.certain !== false) answerAlongside(turn, flag);
  return 'finished';
}

/**
 * A button of the open dialog question pressed (or its label typed): latch's own words, which the rules still
 * read but the learned net does not second-guess. Trained on more writers, the net read the age button "More
 * than 4 weeks" as low mood lasting weeks (the duration words of that row) in the middle of the feeding check.
 */
function pressedDialogButton(turn: TurnBuilder): boolean {
  const { activeDialog, previous } = turn;
  const asking = previous.dialog?.asking;
  if (!activeDialog || !asking) return false;
  const slot = activeDialog.slots.find((candidate) => candidate.id === asking);
  return Boolean(slot && choiceByLabel(turn.message.text, slot.choices));
}

/** The crisis flag with the baby's sign after it, at the more urgent of their two levels. */
function withBabySign(crisis: RedFlag, babySign: RedFlag): RedFlag {
  const level = levelOrder[babySign.level] < levelOrder[crisis.level] ? babySign.level : crisis.level;
  return { ...crisis, level, babySignBeside: babySign };
}

/** A flag whose reply is a crisis line (a partner's and an intrusive-thought wording too). */
function isCrisis(flag: RedFlag): boolean {
  return isCrisisMessage(flag.message);
}

/**
 * Only a "see someone soon" sign leaves room for the question asked with it; next to an emergency or an
 * urgent sign nothing may read as "it's normal". The question is read from what is left once the sign's
 * own words are taken out, so "blood in my milk" is never answered with "milk is made from blood".
 */
function answerAlongside(turn: TurnBuilder, redFlag: RedFlag): void {
  const { normalised } = turn.message.analysed;
  if (!redFlag.matched) return;
  // The sign's words as triage read them; if one cannot be found in the text (a corrected typo), nothing is answered.
  if (!redFlag.matched.every((words) => normalised.includes(words))) return;
  // A sentence of its own is a question of its own; what is left of the sign's sentence needs more words to be
  // one, not the sign's surroundings ("i feel so").
  const separate = otherSentences(turn.message.text, redFlag.matched);
  const rest = separate ?? redFlag.matched.reduce((remaining, words) => remaining.replace(words, ' '), normalised).trim();
  if (rest.split(/\s+/).filter((word) => word.length >= 3).length < (separate ? 3 : 4)) return;
  // What is left of the sign's own sentence is answered only when it asks something: "she has been in bed most
  // of the last month and barely eats" is the low mood told, not a question about diet, and more confident
  // classifiers (part l learnt) had begun to answer such remainders.
  if (!separate && !asksSomething(turn.message.text)) return;
  const question = turn.parts.options.classifier.classify(rest);
  const intent = sureAnswer(turn, question.ranked, question.analysed.knownWordShare);
  if (!intent) return;
  giveAnswer(turn, intent, turn.parts.answerIdOf(intent), { askFeedback: false });
  Object.assign(turn.trace, { route: 'red_flag', intent, reason: `red flag ${redFlag.ruleId}, then the question asked with it` });
}

/**
 * The intent to answer beside a sign's reply, or undefined: decide's answer, at a stricter bar than an ordinary
 * answer's (beside a sign a wrong answer would do more harm), and one that starts no dialog.
 */
function sureAnswer(turn: TurnBuilder, ranked: readonly IntentScore[], knownWordShare: number): string | undefined {
  const { parts } = turn;
  const decision = decide(ranked, parts.kindOf, knownWordShare, parts.options.policy);
  const sure = (ranked[0]?.confidence ?? 0) >= separateQuestionConfidence;
  if (!sure || decision.route !== 'answer' || !decision.intent || parts.options.knowledgeBase.intentById.get(decision.intent)?.dialogId) return undefined;
  return decision.intent;
}

/**
 * A rule's sign told as a near miss: what the sign may mean and when to get help (as for a general question
 * about it), then the question itself when latch is sure of an answer that starts no dialog, at the same bar as
 * a question asked beside a "see someone soon" sign. The conversation goes on from there.
 */
function answerNearMiss(turn: TurnBuilder, ruled: RedFlag, probability: number): StepResult {
  const { options } = turn.parts;
  const reason = `near miss: red flag ${ruled.ruleId} read as told in an ordinary frame (${probability.toFixed(3)}): when to get help`;
  if (options.signQuestionText) turn.replies.push({ kind: 'text', text: options.signQuestionText(ruled) });
  Object.assign(turn.state, { clarifying: false });
  Object.assign(turn.trace, { route: 'refer', intent: null, confidence: 1, reason });
  // The whole message is the question: the turn's own ranking of it, not a second reading.
  const ranked = turn.ranked();
  const intent = sureAnswer(turn, ranked, turn.message.analysed.knownWordShare);
  if (!intent) return 'finished';
  giveAnswer(turn, intent, turn.parts.answerIdOf(intent), { askFeedback: false });
  Object.assign(turn.trace, { route: 'answer', intent, confidence: ranked[0].confidence, reason: `${reason}, then the question answered` });
  return 'finished';
}

/**
 * A general question about a sign ("what does newborn jaundice look like", "how do I know if he is
 * dehydrated") gets information and when to get help from the sign's rule, not an emergency escalation
 * and not an ordinary answer that could read as "it's normal".
 */
function answerSignQuestion(turn: TurnBuilder): StepResult {
  const { options } = turn.parts;
  const { text, knownFacts } = turn.message;
  const asked = options.signQuestion?.(text, knownFacts);
  if (!asked || !options.signQuestionText) return 'next';
  turn.replies.push({ kind: 'text', text: options.signQuestionText(asked) });
  Object.assign(turn.state, { clarifying: false });
  Object.assign(turn.trace, { route: 'refer', intent: null, confidence: 1, reason: `a general question about a sign (${asked.row ?? asked.ruleId}): when to get help` });
  return 'finished';
}

/**
 * The sentences of a message of several that hold none of the sign's words, normalised; undefined when
 * every sentence holds one (or there is one sentence). "I think I have postnatal depression. How is breast
 * milk made?" leaves the question alone, without the sign sentence's "i think i have" around it.
 */
function otherSentences(text: string, signWords: readonly string[]): string | undefined {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return undefined;
  const others = sentences.map(normaliseText).filter((sentence) => !signWords.some((words) => sentence.includes(words)));
  return others.length > 0 && others.length < sentences.length ? others.join(' ').trim() : undefined;
}

/** A question mark, or a sentence opening with a question word or an auxiliary ("can I", "is it", "how"). */
function asksSomething(text: string): boolean {
  if (text.includes('?')) return true;
  return splitSentences(text).some((sentence) => questionOpening.test(sentence.trim()));
}

const questionOpening = /^(how|what|why|when|where|which|who|can|could|should|shall|is|are|am|does|do|did|will|would|may|might|any)\b/i;
