import { runDialog } from '../../dialog/run-dialog';
import { continueDialog } from '../continue-dialog';
import { readYesOrNo } from '../read-command';
import type { TurnBuilder } from '../turn-builder';
import type { StepResult } from './turn-step';

/** The answer to "shall we go back to …?" after a question asked in the middle of a dialog. */
export function resumeStep(turn: TurnBuilder): StepResult {
  const { previous, parts, state } = turn;
  if (!previous.suspendedDialog) return 'next';
  const { messages, commands, options } = parts;
  const resume = readYesOrNo(turn.message.text, commands, { yes: messages.resume_yes, no: messages.resume_no });
  const suspended = options.dialogs.get(previous.suspendedDialog.id);
  state.suspendedDialog = null;
  if (resume === true && suspended) {
    const result = runDialog(suspended, previous.suspendedDialog, { kind: 'resume' }, { facts: turn.message.knownFacts, chart: options.nappyChart });
    continueDialog(turn, suspended, result, 'went back to the dialog');
    return 'finished';
  }
  if (resume === false) {
    turn.say(messages.resume_declined);
    Object.assign(turn.trace, { route: 'smalltalk', reason: 'did not go back to the dialog' });
    return 'finished';
  }
  // Neither yes nor no: the offer lapses and the message is read as a new one.
  return 'next';
}
