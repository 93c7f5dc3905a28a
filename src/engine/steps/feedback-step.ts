import { offerFollowUps } from '../give-answer';
import { readYesOrNo } from '../read-command';
import type { TurnBuilder } from '../turn-builder';
import type { StepResult } from './turn-step';

/** The answer to "Was this helpful?": thanks or sorry, then the follow-up topics held back until now. */
export function feedbackStep(turn: TurnBuilder): StepResult {
  const open = turn.previous.feedbackOpen;
  if (!open) return 'next';
  const { messages, commands } = turn.parts;
  const helpful = readYesOrNo(turn.message.text, commands, { yes: messages.feedback_yes, no: messages.feedback_no });
  if (helpful === undefined) return 'next';
  turn.trace.feedback = helpful ? 'helpful' : 'not_helpful';
  turn.trace.answerId = open.answerId;
  turn.say(helpful ? messages.feedback_thanks : messages.feedback_sorry);
  offerFollowUps(turn, open.followUps);
  Object.assign(turn.trace, { route: 'smalltalk', reason: 'answered "was this helpful?"' });
  return 'finished';
}
