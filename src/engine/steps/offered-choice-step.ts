import { choiceByLabel, choiceByNumber } from '../../knowledge/pressed-choice';
import type { TurnBuilder } from '../turn-builder';
import type { Choice } from '../turn-types';
import type { StepResult } from './turn-step';

/** A pressed button, its exact label, or its number picks the offered intent without classifying. */
export function offeredChoiceStep(turn: TurnBuilder): StepResult {
  const offer = chosenOffer(turn.message.text, turn.previous.offeredChoices);
  if (!offer) return 'next';
  turn.choseOffer = true;
  turn.decision = offer.intentId
    ? { route: turn.parts.kindOf(offer.intentId) === 'knowledge' ? 'answer' : 'refer', intent: offer.intentId, options: [], reason: 'chose an offered option' }
    : { route: 'refer', intent: null, options: [], reason: 'none of the offered options' };
  return 'next';
}

function chosenOffer(text: string, offered: Choice[]): Choice | undefined {
  // Nothing offered, nothing to pick: the message need not be folded into a key twice.
  if (offered.length === 0) return undefined;
  return choiceByNumber(text, offered) ?? choiceByLabel(text, offered);
}
