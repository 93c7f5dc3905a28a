import type { Engine } from './create-engine';
import type { Responder } from './responder';
import { personaliseStep, type PersonaliseStepOptions } from './steps/personalise-step';
import type { ConversationState, Turn, TurnResult } from './turn-types';

export type { FallbackReason } from './steps/personalise-step';

export type ModelEngineOptions = PersonaliseStepOptions;

/** The engine with model wording: a Responder whose `respond` waits for the model. */
export interface ModelEngine extends Responder {
  respond(turn: Turn, state: ConversationState): Promise<TurnResult>;
}

/**
 * The turn's steps, then the personalise step: the embedded engine still decides everything (route, answer,
 * red flags); only the chosen answer's wording may come from the model (see steps/personalise-step.ts).
 */
export function createModelEngine(engine: Engine, options: ModelEngineOptions): ModelEngine {
  const personalise = personaliseStep(options);

  async function respond(turn: Turn, state: ConversationState): Promise<TurnResult> {
    const result = engine.respond(turn, state);
    const model = await personalise(turn, result);
    const answer = model.answer ?? result.answer;
    return { ...result, replies: model.replies, trace: { ...result.trace, model: model.trace }, ...(answer && { answer }) };
  }

  return { respond, welcome: engine.welcome, knowledgeBase: engine.knowledgeBase, contacts: engine.contacts };
}
