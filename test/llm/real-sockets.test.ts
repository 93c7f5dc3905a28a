import { initialConversationState } from '../../src/engine/turn-types';
import type { ChatRequest } from '../../src/llm/chat-model';
import { ChatModelError } from '../../src/llm/chat-model-error';
import { CircuitBreaker } from '../../src/llm/circuit-breaker';
import { ConcurrencyLimit } from '../../src/llm/concurrency-limit';
import { createModelEngine } from '../../src/engine/create-model-engine';
import { OpenAICompatibleChatModel } from '../../src/llm/openai-compatible-chat-model';
import { startFakeModelServer, type FakeModelServer } from '../support/fake-model-server';
import { modelEngineParts } from '../support/model-engine-parts';
import { sharedEngine } from '../support/shared-engine';

// Training the classifier takes seconds on a busy machine; do it once, outside any test's time limit.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const request: ChatRequest = {
  messages: [
    { role: 'system', content: 'Re-word the curated answer.' },
    { role: 'user', content: JSON.stringify({ curated_answer: 'Colostrum is the first milk.', known_facts: {}, question: 'is colostrum enough' }) },
  ],
  temperature: 0.2,
  maximumOutputTokens: 700,
};

let server: FakeModelServer;
beforeEach(async () => {
  server = await startFakeModelServer();
});
afterEach(() => server.close());

const adapter = (timeoutMs: number) => new OpenAICompatibleChatModel({ baseUrl: server.url, model: 'fake', timeoutMs, retryDelayMs: 20 });

async function failure(promise: Promise<unknown>): Promise<ChatModelError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChatModelError);
    return error as ChatModelError;
  }
  throw new Error('expected the call to fail');
}

describe('the adapter over real sockets', () => {
  it('gets the wording from a server that answers a little slowly but within the deadline', async () => {
    server.behaviour = 'slow';
    server.delayMs = 100;
    await expect(adapter(2000).complete(request, new AbortController().signal)).resolves.toMatchObject({ text: 'Thank you for asking, it is a good question. Colostrum is the first milk.' });
  });

  it.each([
    ['answers after the deadline', 'slow' as const],
    ['accepts the request and never answers', 'hang' as const],
  ])('times out at the deadline when the server %s', async (_what, behaviour) => {
    server.behaviour = behaviour;
    server.delayMs = 3000;
    const started = Date.now();
    const error = await failure(adapter(300).complete(request, new AbortController().signal));
    const elapsed = Date.now() - started;
    expect(error.failure).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(290);
    // Well before the server's 3 s, with room for a loaded machine.
    expect(elapsed).toBeLessThan(1500);
  });

  it('reports a dropped socket as a network failure after one retry', async () => {
    server.behaviour = 'drop';
    const error = await failure(adapter(2000).complete(request, new AbortController().signal));
    expect(error).toMatchObject({ failure: 'network', isRetryable: true });
    expect(server.requests).toBe(2);
  });

  it('reports a closed port as a network failure', async () => {
    const url = server.url;
    await server.close();
    const model = new OpenAICompatibleChatModel({ baseUrl: url, model: 'fake', timeoutMs: 1000, retryDelayMs: 20 });
    await expect(failure(model.complete(request, new AbortController().signal))).resolves.toMatchObject({ failure: 'network' });
    server = await startFakeModelServer();
  });
});

describe('the model engine over real sockets', () => {
  const question = 'is colostrum enough for my baby';
  const turn = { text: question, timestamp: '2026-11-26T03:00:00.000Z' };

  function responder(options: { timeoutMs: number; breaker?: CircuitBreaker }) {
    const { personalisation, gates } = modelEngineParts();
    return createModelEngine(sharedEngine(), {
      model: new OpenAICompatibleChatModel({ baseUrl: server.url, model: 'fake', timeoutMs: options.timeoutMs, retryDelayMs: 20 }),
      personalisation,
      gates,
      timeoutMs: options.timeoutMs,
      breaker: options.breaker ?? new CircuitBreaker({ failureThreshold: 3, coolDownMs: 60000 }),
      limit: new ConcurrencyLimit(4),
    });
  }

  // The model engine's parts before any test too (the engine is built above): loading content inside the
  // first test's 5 s left it near its limit on a loaded machine.
  beforeAll(() => {
    modelEngineParts();
  }, 60_000);

  // One test per behaviour: together they took up to 2.5 s, too close to jest's 5 s on a loaded machine.
  it.each([
    ['slow', 'timeout'],
    ['hang', 'timeout'],
    ['drop', 'error'],
    ['malformed', 'error'],
    ['server_error', 'error'],
    ['add_number', 'gate'],
  ] as const)('sends the curated answer within the deadline when the server is %s (%s)', async (behaviour, reason) => {
    const curated = sharedEngine().respond(turn, initialConversationState()).replies;
    server.behaviour = behaviour;
    server.delayMs = 5000;
    const started = Date.now();
    const result = await responder({ timeoutMs: 400 }).respond(turn, initialConversationState());
    // The server would take 5 s; the 400 ms deadline plus room for a loaded machine is the bound.
    expect(Date.now() - started).toBeLessThan(1500);
    expect(result.replies).toEqual(curated);
    expect(result.trace.model.fallbackReason).toBe(reason);
  });

  it('opens the breaker on a server that drops every connection, then stops calling it until the cool-down', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 30000, now: () => now });
    const engine = responder({ timeoutMs: 1000, breaker });
    server.behaviour = 'drop';
    const reasons: (string | undefined)[] = [];
    for (let count = 0; count < 4; count++) reasons.push((await engine.respond(turn, initialConversationState())).trace.model.fallbackReason);
    expect(reasons).toEqual(['error', 'error', 'circuit_open', 'circuit_open']);
    const requestsWhileOpen = server.requests;
    expect(requestsWhileOpen).toBe(4);

    server.behaviour = 'personalise';
    now += 30000;
    const trial = await engine.respond(turn, initialConversationState());
    expect(trial.trace.model).toMatchObject({ used: true, name: 'fake' });
    expect(server.requests).toBe(requestsWhileOpen + 1);
  });
});
