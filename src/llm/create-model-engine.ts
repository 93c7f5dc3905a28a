import { performance } from 'node:perf_hooks';
import type { Engine } from '../engine/create-engine';
import type { AnswerReply, ConversationState, ModelTrace, Reply, Turn, TurnResult } from '../engine/turn-types';
import type { Responder } from '../engine/responder';
import type { OutputGates } from '../safety/output-gates';
import type { ChatCompletion, ChatModel } from './chat-model';
import { ChatModelError } from './chat-model-error';
import type { CircuitBreaker } from './circuit-breaker';
import type { ConcurrencyLimit } from './concurrency-limit';
import { ModelCounters } from './model-counters';
import { personalisationRequest } from './personalisation-request';
import type { PersonalisationFile } from './personalisation-schema';

export type FallbackReason = 'not_eligible' | 'timeout' | 'error' | 'content_filter' | 'circuit_open' | 'busy' | 'gate';

export interface ModelEngineOptions {
  model: ChatModel;
  personalisation: PersonalisationFile;
  gates: OutputGates;
  /** The whole model call, however the model behaves; past it the curated answer is sent. */
  timeoutMs: number;
  breaker: CircuitBreaker;
  limit: ConcurrencyLimit;
  counters?: ModelCounters;
}

/** The engine with model wording: a Responder whose `respond` waits for the model. */
export interface ModelEngine extends Responder {
  respond(turn: Turn, state: ConversationState): Promise<TurnResult>;
  counters: ModelCounters;
}

type Outcome = { completion: ChatCompletion } | { error: unknown } | { timedOut: true };

/**
 * Wraps the embedded engine: it still decides everything (route, answer, red flags); only the text of a
 * curated answer is offered to the model to word for this person, and the wording is used only if every
 * output gate passes. Anything else — red flags, clarifications, referrals, small talk, a slow or broken
 * model, a failed gate — sends exactly what the embedded engine chose.
 */
export function createModelEngine(engine: Engine, options: ModelEngineOptions): ModelEngine {
  const counters = options.counters ?? new ModelCounters();

  async function respond(turn: Turn, state: ConversationState): Promise<TurnResult> {
    const result = engine.respond(turn, state);
    const model = await personalise(turn, result);
    counters.record(model.trace);
    const answer = model.answer ?? result.answer;
    return { ...result, replies: model.replies, trace: { ...result.trace, model: model.trace }, ...(answer && { answer }) };
  }

  async function personalise(turn: Turn, result: TurnResult): Promise<{ replies: Reply[]; trace: ModelTrace; answer?: AnswerReply }> {
    const curated = (trace: ModelTrace) => ({ replies: result.replies, trace });
    const { answer } = result;
    if (result.trace.route !== 'answer' || !answer) return curated({ used: false, fallbackReason: 'not_eligible' });

    const name = options.model.name;
    const release = options.limit.tryAcquire();
    if (!release) return curated({ used: false, name, fallbackReason: 'busy' });
    if (!options.breaker.tryAcquire()) {
      release();
      return curated({ used: false, name, fallbackReason: 'circuit_open' });
    }

    const started = performance.now();
    const outcome = await callWithDeadline(
      (signal) =>
        options.model.complete(personalisationRequest(options.personalisation, { curatedAnswer: answer.text, knownFacts: result.trace.facts, question: turn.text }), signal),
      options.timeoutMs,
      release,
    );
    const latencyMs = Math.round(performance.now() - started);

    if ('timedOut' in outcome) {
      options.breaker.recordFailure();
      return curated({ used: false, name, latencyMs, fallbackReason: 'timeout' });
    }
    if ('error' in outcome) {
      const failure = outcome.error instanceof ChatModelError ? outcome.error.failure : 'error';
      // A filtered reply comes from a healthy server: it says nothing about the server being down.
      if (failure === 'content_filter') options.breaker.recordSuccess();
      else options.breaker.recordFailure();
      const reason: FallbackReason = failure === 'timeout' ? 'timeout' : failure === 'content_filter' ? 'content_filter' : 'error';
      return curated({ used: false, name, latencyMs, fallbackReason: reason });
    }

    options.breaker.recordSuccess();
    const { completion } = outcome;
    if (completion.finishReason !== 'stop') return curated({ used: false, name, latencyMs, gateFailed: 'finish_reason', fallbackReason: 'gate' });
    const verdict = options.gates(completion.text, { curated: answer.text, sources: answer.sources, facts: result.trace.facts });
    if (!verdict.passed) return curated({ used: false, name, latencyMs, gateFailed: verdict.gate, fallbackReason: 'gate' });
    const worded: AnswerReply = { ...answer, text: completion.text };
    const replies = result.replies.map((reply) => (reply === answer ? worded : reply));
    return { replies, trace: { used: true, name, latencyMs }, answer: worded };
  }

  return { respond, welcome: engine.welcome, knowledgeBase: engine.knowledgeBase, contacts: engine.contacts, counters };
}

/**
 * Races the call against the deadline: the call is told to stop through its signal, and even a model that
 * ignores the signal can't hold the turn. The concurrency slot is released when the call really ends.
 */
async function callWithDeadline(call: (signal: AbortSignal) => Promise<ChatCompletion>, timeoutMs: number, release: () => void): Promise<Outcome> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new ChatModelError({ failure: 'timeout', message: `model call took longer than ${timeoutMs} ms`, isRetryable: false }));
      resolve({ timedOut: true });
    }, timeoutMs);
  });
  let pending: Promise<ChatCompletion>;
  try {
    pending = call(controller.signal);
  } catch (error) {
    pending = Promise.reject(error);
  }
  const settled = pending.then(
    (completion): Outcome => ({ completion }),
    (error: unknown): Outcome => ({ error }),
  );
  void settled.finally(release);
  try {
    return await Promise.race([settled, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
