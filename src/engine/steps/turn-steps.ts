import { activeDialogStep } from './active-dialog-step';
import { answerStep } from './answer-step';
import { commandsStep } from './commands-step';
import { feedbackStep } from './feedback-step';
import { guardStep } from './guard-step';
import { offeredChoiceStep } from './offered-choice-step';
import { resumeStep } from './resume-step';
import { triageStep } from './triage-step';
import type { TurnStep } from './turn-step';
import { understandAndDecideStep } from './understand-and-decide-step';

/** What a turn does, in order; the first step that answers ends it. */
export const turnSteps: readonly TurnStep[] = [
  guardStep,
  triageStep,
  commandsStep,
  activeDialogStep,
  resumeStep,
  feedbackStep,
  offeredChoiceStep,
  understandAndDecideStep,
  answerStep,
];
