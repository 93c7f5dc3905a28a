import { performance } from 'node:perf_hooks';
import type { ChatCompletion, ChatModel } from '../../llm/chat-model';
import { ChatModelError } from '../../llm/chat-model-error';
import type { CircuitBreaker } from '../../llm/circuit-breaker';
import type { ConcurrencyLimit } from '../../llm/concurrency-limit';
import { personalisationRequest } from '../../llm/personalisation-request';
import type { PersonalisationFile } from '../../llm/personalisation-schema';
import type { OutputGates } from '../../safety/output-gates';
import type { AnswerReply, ModelTrace, Reply, Turn, TurnResult } from '../turn-types';

export type FallbackReason = 'not_eligible' | 'timeout' | 'error' | 'content_filter' | 'circuit_open' | 'busy' | 'gate';

export interface PersonaliseStepOptions {
  model: ChatModel;
  personalisation: PersonalisationFile;
  gates: OutputGates;
  /** The whole model call, however the model behaves; past it the curated answer is sent. */
  timeoutMs: number;
  breaker: CircuitBreaker;
  limit: ConcurrencyLimit;
}

/** The turn's replies after the step: the model's wording in place of the curated answer, or the curated replies unchanged. */
export interface Personalised {
  replies: Reply[];
  trace: ModelTrace;
  /** The worded answer, when the model's wording was used. */
  answer?: AnswerReply;
}

export type PersonaliseStep = (turn: Turn, result: TurnResult) => Promise<Personalised>;

type Outcome = { completion: ChatCompletion } | { error: unknown } | { timedOut: true };

/**
 * The last step of a turn when a model is configured, after the ordered steps have decided everything: only
 * the text of a curated answer is offered to the model to word for this person, and the wording is used only
 * if every output gate passes. Anything else — red flags, clarifications, referrals, small talk, a slow or
 * broken model, a failed gate — keeps exactly what the steps chose. It is asynchronous (it waits for the
 * model), so it runs after `respond` rather than in the list of turn steps.
 */
export function personaliseStep(options: PersonaliseStepOptions): PersonaliseStep {
  return async (turn, result) => {
    const curated = (trace: ModelTrace): Personalised => ({ replies: result.replies, trace });
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
  };
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
