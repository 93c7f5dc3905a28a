import { answerReplies } from './answer-replies';
import type { EngineParts } from './engine-parts';
import type { TurnBuilder } from './turn-builder';
import type { Choice, Reply } from './turn-types';

/** Small talk that opens or explains a conversation, where the worried line belongs; not "thanks" or "bye". */
const worriedLineSmallTalk = new Set(['smalltalk.greeting', 'smalltalk.help', 'smalltalk.about']);

/** A curated answer worded for the facts, then "Was this helpful?" when it is due, or the follow-up topics. */
export function giveAnswer(turn: TurnBuilder, intentId: string, answerId: string, how: { askFeedback: boolean; offerFollowUps?: boolean }): void {
  const { state, parts } = turn;
  const rendered = answerReplies(parts.options.knowledgeBase, intentId, answerId, state.facts);
  turn.replies.push(rendered.answer);
  turn.answer = rendered.answer;
  Object.assign(turn.trace, { route: 'answer', intent: intentId, answerId, personalised: { variant: rendered.variant, notes: rendered.notes } });
  state.answersGiven += 1;
  // Asked after the first answer, then at most once every few answers, so it never nags.
  const dueForFeedback = state.feedbackAskedAt === null || state.answersGiven - state.feedbackAskedAt >= parts.options.feedbackEvery;
  if (how.askFeedback && dueForFeedback) {
    state.feedbackAskedAt = state.answersGiven;
    state.feedbackOpen = { answerId, followUps: rendered.followUps };
    const { feedback_question, feedback_yes, feedback_no } = parts.messages;
    turn.replies.push(yesOrNo(feedback_question, feedback_yes, feedback_no));
  } else if (how.offerFollowUps !== false) {
    offerFollowUps(turn, rendered.followUps);
  }
}

export function offerFollowUps(turn: TurnBuilder, followUps: Choice[]): void {
  if (followUps.length === 0) return;
  turn.replies.push({ kind: 'choices', text: turn.parts.messages.follow_ups, choices: followUps });
  turn.state.offeredChoices = followUps;
}

/** A yes/no question with its two buttons, yes first (readYesOrNo counts on that order for "1" and "2"). */
export function yesOrNo(text: string, yes: string, no: string): Reply {
  return { kind: 'choices', text, choices: [{ label: yes, intentId: null }, { label: no, intentId: null }] };
}

/**
 * Referral and small-talk answers: the text only, no follow-ups or feedback. Referrals (off-topic ones too),
 * greetings, help and "who are you" end with the line on what to do when worried about health.
 */
export function plainAnswer(parts: EngineParts, intentId: string): Reply[] {
  const { answer } = answerReplies(parts.options.knowledgeBase, intentId, parts.answerIdOf(intentId), {});
  const carriesWorriedLine = parts.kindOf(intentId) === 'referral' || worriedLineSmallTalk.has(intentId);
  const worried: Reply[] = carriesWorriedLine ? [{ kind: 'text', text: parts.messages.worried }] : [];
  // "Hello" or "thanks" is conversation, not information: a plain message, never an answer card to expand.
  if (parts.kindOf(intentId) === 'smalltalk') return [{ kind: 'text', text: answer.text.trim() }, ...worried];
  return [answer, ...worried];
}
