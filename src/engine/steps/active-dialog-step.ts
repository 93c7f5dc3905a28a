import { runDialog } from '../../dialog/run-dialog';
import { fillPlaceholders } from '../../knowledge/placeholders';
import { continueDialog } from '../continue-dialog';
import { decide } from '../decide';
import { giveAnswer, plainAnswer, yesOrNo } from '../give-answer';
import { traceDecision } from '../trace-decision';
import type { TurnBuilder } from '../turn-builder';
import type { StepResult } from './turn-step';

/** A dialog waiting for an answer reads this message as that answer, unless it is a different question. */
export function activeDialogStep(turn: TurnBuilder): StepResult {
  const { activeDialog, previous, parts, message } = turn;
  if (!activeDialog || !previous.dialog) return 'next';
  const { commands } = parts;
  const read = { raw: message.text.toLowerCase(), normalised: message.analysed.normalised, messageFacts: message.facts, today: message.today, yesWords: commands.yes, noWords: commands.no };
  const result = runDialog(activeDialog, previous.dialog, { kind: 'answer', read }, { facts: message.knownFacts, chart: parts.options.nappyChart });
  if (result.outcome.kind === 'not_read' && answeredDifferentQuestion(turn)) return 'finished';
  continueDialog(turn, activeDialog, result, 'answered the dialog question');
  return 'finished';
}

/** Not an answer to the question but a question of its own: answered, then latch offers to go back. */
function answeredDifferentQuestion(turn: TurnBuilder): boolean {
  const { parts, state, previous, trace } = turn;
  const activeDialog = turn.activeDialog;
  if (!activeDialog) return false;
  const decision = decide(turn.ranked(), parts.kindOf, turn.message.analysed.knownWordShare, parts.options.policy);
  const answerable = decision.route === 'answer' || decision.route === 'refer' || decision.route === 'smalltalk';
  if (!answerable || !decision.intent || decision.intent === activeDialog.trigger) return false;
  state.dialog = null;
  state.suspendedDialog = previous.dialog;
  traceDecision(trace, decision, turn.ranked());
  if (decision.route === 'answer') giveAnswer(turn, decision.intent, parts.answerIdOf(decision.intent), { askFeedback: false, offerFollowUps: false });
  else turn.replies.push(...plainAnswer(parts, decision.intent));
  const { resume_offer, resume_yes, resume_no } = parts.messages;
  turn.replies.push(yesOrNo(fillPlaceholders(resume_offer, (name) => (name === 'title' ? activeDialog.title : undefined)), resume_yes, resume_no));
  trace.reason = `${decision.reason}; a different question in the middle of ${activeDialog.id}`;
  return true;
}
