import { modelConfig, type LatchConfig, type ModelConfig } from '../config';
import type { Engine } from '../engine/create-engine';
import { createModelEngine } from '../engine/create-model-engine';
import type { Responder } from '../engine/responder';
import type { ChatModel } from '../llm/chat-model';
import { CircuitBreaker } from '../llm/circuit-breaker';
import { ConcurrencyLimit } from '../llm/concurrency-limit';
import { loadPersonalisation } from '../llm/load-personalisation';
import { OpenAICompatibleChatModel } from '../llm/openai-compatible-chat-model';
import { createOutputGates } from '../safety/output-gates';

/**
 * The engine a channel talks to: the embedded engine alone when no model is configured (nothing touches
 * the network), or the model engine wrapped around it. `model` defaults to what config says.
 */
export function buildResponder(
  config: LatchConfig,
  engine: Engine,
  model: ModelConfig | undefined = modelConfig(config.modelSettings),
  /** The model to ask instead of the HTTP adapter, e.g. an in-process one for the benchmark. */
  chatModel?: ChatModel,
): Responder {
  if (!model) return engine;
  const personalisation = loadPersonalisation(config.contentDirectory, config.projectRoot);
  return createModelEngine(engine, {
    model:
      chatModel ??
      new OpenAICompatibleChatModel({
        baseUrl: model.url,
        model: model.name,
        apiKey: model.apiKey,
        api: model.api,
        azureApiVersion: model.azureApiVersion,
        timeoutMs: model.timeoutMs,
        retryDelayMs: model.retryDelayMs,
      }),
    personalisation,
    gates: createOutputGates(personalisation.gates, engine.triage),
    timeoutMs: model.timeoutMs,
    breaker: new CircuitBreaker({ failureThreshold: model.breakerFailures, coolDownMs: model.breakerCoolDownMs }),
    limit: new ConcurrencyLimit(model.maximumConcurrentCalls),
  });
}
