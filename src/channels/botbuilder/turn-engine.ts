import type { Responder } from '../../engine/responder';

/**
 * What a channel needs from an engine: the Responder, embedded or model-worded. `respond` may return a
 * promise (the model engine does), so channels always await it.
 */
export type TurnEngine = Responder;
