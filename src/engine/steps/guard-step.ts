import { guardInput } from '../../safety/guard-input';
import type { TurnBuilder } from '../turn-builder';
import type { StepResult } from './turn-step';

/** An empty or overlong message gets a kind request instead of an answer; any other is read for the next steps. */
export function guardStep(turn: TurnBuilder): StepResult {
  const { messages, options } = turn.parts;
  const guarded = guardInput(turn.incoming.text, options.maximumMessageLength);
  if (!guarded.problem) {
    turn.readMessage(guarded.text);
    return 'next';
  }
  turn.say(guarded.problem === 'empty' ? messages.empty : messages.too_long);
  turn.trace.reason = guarded.problem === 'empty' ? 'empty message' : 'message too long';
  // Whatever was open stays open: a slip of the keyboard should not lose a dialog or a question.
  turn.state.offeredChoices = turn.previous.offeredChoices;
  turn.state.feedbackOpen = turn.previous.feedbackOpen;
  return 'finished';
}
