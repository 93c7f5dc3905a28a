import type { DialogBranch, DialogDefinition } from '../dialog/dialog-schema';
import type { Facts } from '../nlu/extract-facts';
import { runDialog, type DialogResult } from '../dialog/run-dialog';
import { escalate } from './escalate';
import { giveAnswer } from './give-answer';
import { keepsFactsAsItGoes, type TurnBuilder } from './turn-builder';

/** Starts a dialog from its first question not already answered by what is known. */
export function startDialog(turn: TurnBuilder, definition: DialogDefinition, intentId: string, reason: string): void {
  const { state } = turn;
  const facts = turn.holdsFacts ? { ...state.facts, ...turn.message.facts } : state.facts;
  const result = runDialog(definition, null, { kind: 'start' }, { facts, chart: turn.parts.options.nappyChart });
  turn.trace.intent = intentId;
  continueDialog(turn, definition, result, reason);
}

/** Asks the dialog's next question, or acts on how it ended. */
export function continueDialog(turn: TurnBuilder, definition: DialogDefinition, result: DialogResult, reason: string): void {
  const { state, trace } = turn;
  trace.intent = definition.trigger;
  trace.reason = reason;
  if (keepsFactsAsItGoes(definition)) state.facts = { ...state.facts, ...result.facts };
  state.dialog = result.state;
  turn.replies.push(...result.replies);
  const { outcome } = result;
  if (outcome.kind === 'asked' || outcome.kind === 'not_read') {
    trace.route = 'dialog';
    if (outcome.kind === 'not_read') trace.reason = `could not read the answer to ${outcome.slot}`;
    return;
  }
  if (outcome.kind === 'gave_up') {
    turn.say(outcome.say);
    trace.reason = 'could not read two answers in a row; ended the dialog';
    if (outcome.answerId) giveAnswer(turn, definition.trigger, outcome.answerId, { askFeedback: false });
    else trace.route = 'smalltalk';
    return;
  }
  endDialog(turn, definition, outcome.branch, result.facts);
}

/** A branch was reached: keep the facts if it says so, then escalate, answer or say its line. */
function endDialog(turn: TurnBuilder, definition: DialogDefinition, branch: DialogBranch, learnt: Facts): void {
  if (branch.save_facts) turn.state.facts = { ...turn.state.facts, ...learnt };
  if (branch.red_flag) {
    const redFlag = turn.parts.options.redFlagForRule(branch.red_flag);
    if (!redFlag) throw new Error(`dialog ${definition.id} names red flag ${branch.red_flag}, which does not exist`);
    escalate(turn, redFlag, `dialog ${definition.id} found red flag ${branch.red_flag}`);
    turn.trace.intent = null;
  } else if (branch.answer) {
    giveAnswer(turn, definition.trigger, branch.answer, { askFeedback: true });
  } else if (branch.say) {
    turn.say(branch.say);
    turn.trace.route = 'smalltalk';
  }
}
