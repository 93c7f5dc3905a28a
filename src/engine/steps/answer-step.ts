import { startDialog } from '../continue-dialog';
import { giveAnswer, plainAnswer } from '../give-answer';
import type { TurnBuilder } from '../turn-builder';
import type { Choice } from '../turn-types';
import type { StepResult } from './turn-step';

/** Acts on the decision: starts the intent's dialog, asks "did you mean …?", answers, refers or falls back. */
export function answerStep(turn: TurnBuilder): StepResult {
  const { decision } = turn;
  if (!decision) throw new Error('answer-step.ts: no decision to act on; put understandAndDecideStep before answerStep in turn-steps.ts');
  const { parts, state } = turn;
  const { messages } = parts;
  const dialog = decision.intent ? parts.dialogOf(decision.intent) : undefined;
  if (dialog && decision.intent && decision.route !== 'clarify') {
    startDialog(turn, dialog, decision.intent, decision.reason);
  } else if (decision.route === 'clarify') {
    const options: Choice[] = decision.options.map((intentId) => ({ label: parts.titleOf(intentId), intentId }));
    const choices: Choice[] = [...options, { label: messages.clarify_none, intentId: null }];
    turn.replies.push({ kind: 'choices', text: messages.clarify, choices });
    state.offeredChoices = choices;
  } else if (decision.intent && decision.route === 'answer') {
    giveAnswer(turn, decision.intent, parts.answerIdOf(decision.intent), { askFeedback: true });
  } else if (decision.intent) {
    turn.replies.push(...plainAnswer(parts, decision.intent));
    turn.trace.answerId = parts.answerIdOf(decision.intent);
  } else {
    turn.say(turn.choseOffer || turn.previous.clarifying ? messages.fallback_after_clarify : messages.fallback);
  }
  return 'finished';
}
