import type { Facts } from '../../nlu/extract-facts';
import { learntFacts } from '../../dialog/run-dialog';
import { readCommand } from '../read-command';
import { startDialog } from '../continue-dialog';
import { giveAnswer } from '../give-answer';
import type { TurnBuilder } from '../turn-builder';
import type { StepResult } from './turn-step';

/** "forget what I told you", "start over" and "cancel": a whole message that is a command. */
export function commandsStep(turn: TurnBuilder): StepResult {
  const command = readCommand(turn.message.text, turn.parts.commands);
  if (command === 'forget') return forget(turn);
  if (command === 'start_over') return startOver(turn);
  if (command === 'cancel' && (turn.activeDialog || turn.previous.suspendedDialog)) return cancel(turn);
  return 'next';
}

function forget(turn: TurnBuilder): StepResult {
  Object.assign(turn.state, { facts: {}, dialog: null, suspendedDialog: null });
  turn.say(turn.parts.messages.forgotten);
  Object.assign(turn.trace, { route: 'smalltalk', reason: 'forgot what the person told' });
  return 'finished';
}

function startOver(turn: TurnBuilder): StepResult {
  const { activeDialog, previous, state } = turn;
  if (activeDialog && previous.dialog) {
    // Starting over re-asks everything, so what this dialog learnt is forgotten first.
    const learnt = learntFacts(activeDialog, previous.dialog.values);
    // A copy: state.facts may still be the previous state's object, which stays as it was.
    state.facts = { ...state.facts };
    for (const name of Object.keys(learnt) as (keyof Facts)[]) delete state.facts[name];
    startDialog(turn, activeDialog, activeDialog.trigger, 'started the dialog over');
    return 'finished';
  }
  Object.assign(state, { facts: {}, dialog: null, suspendedDialog: null, clarifying: false });
  turn.say(turn.parts.messages.start_over);
  Object.assign(turn.trace, { route: 'smalltalk', reason: 'started over' });
  return 'finished';
}

function cancel(turn: TurnBuilder): StepResult {
  const cancelled = turn.activeDialog ?? turn.parts.options.dialogs.get(turn.previous.suspendedDialog?.id ?? '');
  Object.assign(turn.state, { dialog: null, suspendedDialog: null });
  if (cancelled) {
    turn.say(cancelled.on_cancel.say);
    if (cancelled.on_cancel.answer) giveAnswer(turn, cancelled.trigger, cancelled.on_cancel.answer, { askFeedback: false });
  }
  const route = cancelled?.on_cancel.answer ? 'answer' : 'smalltalk';
  Object.assign(turn.trace, { route, intent: cancelled?.trigger ?? null, reason: 'cancelled the dialog' });
  return 'finished';
}
