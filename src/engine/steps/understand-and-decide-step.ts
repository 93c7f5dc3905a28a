import { decide } from '../decide';
import { questionSentenceTop } from '../last-question-sentence';
import { traceDecision } from '../trace-decision';
import type { TurnBuilder } from '../turn-builder';
import type { StepResult } from './turn-step';
import { whoIsIllUndecided } from '../who-is-ill';

/** Classifies the message and decides: answer, clarify or refer (unless a pressed button already decided). */
export function understandAndDecideStep(turn: TurnBuilder): StepResult {
  const { parts, previous, state, trace } = turn;
  if (!turn.decision) {
    const { analysed } = turn.message;
    const undecided = whoIsIllUndecided(analysed.words, parts.illnessOf);
    turn.decision = decide(turn.ranked(), parts.kindOf, analysed.knownWordShare, parts.options.policy, () => questionSentenceTop(parts.options.classifier, turn.message.text), undecided);
    // Asking twice in a row wears people out; after one clarification that missed, refer kindly.
    if (turn.decision.route === 'clarify' && previous.clarifying) {
      turn.decision = { route: 'refer', intent: null, options: [], reason: 'second clarification in a row' };
    }
  }
  traceDecision(trace, turn.decision, turn.ranked());
  if (turn.choseOffer) trace.confidence = 1;
  state.clarifying = turn.decision.route === 'clarify';
  return 'next';
}
