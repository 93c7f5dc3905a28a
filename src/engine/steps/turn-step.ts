import type { TurnBuilder } from '../turn-builder';

/** `finished` when the step has answered the turn; `next` hands it to the following step. */
export type StepResult = 'finished' | 'next';

export type TurnStep = (turn: TurnBuilder) => StepResult;
