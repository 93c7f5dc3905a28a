import nock from 'nock';
import type { ChatRequest } from '../../src/llm/chat-model';
import { ChatModelError } from '../../src/llm/chat-model-error';
import { OpenAICompatibleChatModel, type OpenAICompatibleOptions } from '../../src/llm/openai-compatible-chat-model';
import { recorded, recordedText } from './recorded-response';

// nock patches Node's own http module, which the later test files of this worker share: put it back once
// this file is done (it left every later request going through its interceptor).
afterAll(() => nock.restore());

const request: ChatRequest = {
  messages: [
    { role: 'system', content: 'Re-word the curated answer.' },
    { role: 'user', content: '{"curated_answer":"Colostrum is the first milk."}' },
  ],
  temperature: 0.2,
  maximumOutputTokens: 700,
};
const reworded = 'Colostrum is the first milk your breasts make, and small amounts are exactly what your newborn needs.';

const openai = (options: Partial<OpenAICompatibleOptions> = {}) =>
  new OpenAICompatibleChatModel({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-test', timeoutMs: 3000, ...options });
const azure = (options: Partial<OpenAICompatibleOptions> = {}) =>
  new OpenAICompatibleChatModel({ baseUrl: 'https://latch-clinic.openai.azure.com/', model: 'latch-gpt4o-mini', apiKey: 'azure-key', api: 'azure', timeoutMs: 3000, ...options });
const ollama = (options: Partial<OpenAICompatibleOptions> = {}) =>
  new OpenAICompatibleChatModel({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', timeoutMs: 3000, ...options });

const openaiServer = () => nock('https://api.openai.com').post('/v1/chat/completions');
const azureServer = () => nock('https://latch-clinic.openai.azure.com').post('/openai/deployments/latch-gpt4o-mini/chat/completions').query({ 'api-version': '2024-10-21' });
const ollamaServer = () => nock('http://localhost:11434').post('/v1/chat/completions');

function reply(interceptor: nock.Interceptor, name: string): nock.Scope {
  const response = recorded(name);
  return interceptor.reply(response.status, response.body as nock.Body, response.headers);
}

async function failure(promise: Promise<unknown>): Promise<ChatModelError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChatModelError);
    return error as ChatModelError;
  }
  throw new Error('expected the call to fail');
}

const signal = () => new AbortController().signal;

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  // A delayed reply's timer outlives the aborted call; clear it so no test leaves a handle behind.
  nock.abortPendingRequests();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

describe('OpenAICompatibleChatModel against recorded responses', () => {
  it('calls OpenAI with a bearer key, the model, a low temperature and an output cap', async () => {
    let body: Record<string, unknown> = {};
    const scope = openaiServer()
      .matchHeader('authorization', 'Bearer sk-test')
      .reply(function (_uri, requestBody) {
        body = requestBody as Record<string, unknown>;
        const response = recorded('openai-success');
        return [response.status, response.body as nock.Body, response.headers];
      });
    const completion = await openai().complete(request, signal());
    expect(completion).toEqual({ text: reworded, finishReason: 'stop', rawFinishReason: 'stop' });
    expect(body).toEqual({ model: 'gpt-4o-mini', messages: request.messages, temperature: 0.2, max_tokens: 700, stream: false });
    scope.done();
  });

  it('calls Azure OpenAI on the deployment path with api-version and an api-key header, not a bearer token', async () => {
    const scope = reply(
      azureServer()
        .matchHeader('api-key', 'azure-key')
        .matchHeader('authorization', (value) => value === undefined),
      'azure-success',
    );
    await expect(azure().complete(request, signal())).resolves.toMatchObject({ text: reworded, finishReason: 'stop' });
    scope.done();
  });

  it('calls Ollama on its OpenAI-compatible path with no key at all', async () => {
    const scope = reply(
      ollamaServer()
        .matchHeader('authorization', (value) => value === undefined)
        .matchHeader('api-key', (value) => value === undefined),
      'ollama-success',
    );
    await expect(ollama().complete(request, signal())).resolves.toMatchObject({ text: reworded, finishReason: 'stop' });
    scope.done();
  });

  it('waits out a 429 Retry-After that fits before the deadline, then succeeds', async () => {
    reply(openaiServer(), 'openai-429');
    reply(openaiServer(), 'openai-success');
    const started = Date.now();
    await expect(openai().complete(request, signal())).resolves.toMatchObject({ text: reworded });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("prefers Azure's retry-after-ms to its whole-second Retry-After", async () => {
    reply(azureServer(), 'azure-429');
    reply(azureServer(), 'azure-success');
    const started = Date.now();
    await expect(azure().complete(request, signal())).resolves.toMatchObject({ text: reworded });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('gives up at once on a 429 whose Retry-After is beyond the deadline, keeping status, body and retryability', async () => {
    reply(openaiServer(), 'openai-429');
    const started = Date.now();
    const error = await failure(openai({ timeoutMs: 800 }).complete(request, signal()));
    expect(Date.now() - started).toBeLessThan(500);
    expect(error).toMatchObject({ failure: 'http', status: 429, isRetryable: true, retryAfterMs: 1000 });
    expect(error.body).toContain('rate_limit_exceeded');
  });

  it('retries a 500 once and reports the second one', async () => {
    reply(openaiServer(), 'openai-500');
    reply(openaiServer(), 'openai-500');
    const error = await failure(openai({ retryDelayMs: 10 }).complete(request, signal()));
    expect(error).toMatchObject({ failure: 'http', status: 500, isRetryable: true });
    expect(error.message).toContain('The server had an error');
  });

  it('recovers when a 500 from Ollama is followed by a success', async () => {
    reply(ollamaServer(), 'ollama-500');
    reply(ollamaServer(), 'ollama-success');
    await expect(ollama({ retryDelayMs: 10 }).complete(request, signal())).resolves.toMatchObject({ text: reworded });
  });

  it('treats a proxy 502 page as retryable even though its body is HTML', async () => {
    openaiServer().times(2).reply(502, recordedText('proxy-502.html'), { 'content-type': 'text/html' });
    const error = await failure(openai({ retryDelayMs: 10 }).complete(request, signal()));
    expect(error).toMatchObject({ failure: 'http', status: 502, isRetryable: true });
    expect(error.body).toContain('Bad Gateway');
  });

  it('does not retry a 404 for a model Ollama has not pulled', async () => {
    reply(ollamaServer(), 'ollama-404');
    const error = await failure(ollama().complete(request, signal()));
    expect(error).toMatchObject({ failure: 'http', status: 404, isRetryable: false });
    expect(error.message).toContain('not found');
  });

  it('times out a server that takes longer than the whole-call deadline', async () => {
    const response = recorded('openai-success');
    openaiServer().delay(5000).reply(response.status, response.body as nock.Body, response.headers);
    const started = Date.now();
    const error = await failure(openai({ timeoutMs: 300 }).complete(request, signal()));
    expect(error).toMatchObject({ failure: 'timeout', isRetryable: false });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('reports a truncated JSON body as malformed, with the body kept', async () => {
    openaiServer().reply(200, recordedText('truncated-body.txt'), { 'content-type': 'application/json' });
    const error = await failure(openai().complete(request, signal()));
    expect(error).toMatchObject({ failure: 'malformed', status: 200, isRetryable: false });
    expect(error.body).toContain('chatcmpl-BYpJ7');
  });

  it('reports JSON without choices as malformed', async () => {
    openaiServer().reply(200, { id: 'chatcmpl-1', object: 'chat.completion' });
    await expect(failure(openai().complete(request, signal()))).resolves.toMatchObject({ failure: 'malformed' });
  });

  it('reports empty choices from Ollama as empty', async () => {
    reply(ollamaServer(), 'ollama-empty-choices');
    await expect(failure(ollama().complete(request, signal()))).resolves.toMatchObject({ failure: 'empty', isRetryable: false });
  });

  it("reports Azure's filtered reply (finish_reason content_filter, no content) as content_filter", async () => {
    reply(azureServer(), 'azure-content-filter');
    await expect(failure(azure().complete(request, signal()))).resolves.toMatchObject({ failure: 'content_filter', status: 200, isRetryable: false });
  });

  it("reports Azure's 400 for a filtered prompt as content_filter and does not retry it", async () => {
    reply(azureServer(), 'azure-content-filter-400');
    await expect(failure(azure().complete(request, signal()))).resolves.toMatchObject({ failure: 'content_filter', status: 400, isRetryable: false });
  });

  it('passes on a reply cut off at the token cap as finish reason length', async () => {
    reply(openaiServer(), 'openai-length');
    await expect(openai().complete(request, signal())).resolves.toMatchObject({ finishReason: 'length', rawFinishReason: 'length' });
  });

  it('reports a connection reset twice as a retryable network failure', async () => {
    openaiServer().times(2).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const error = await failure(openai({ retryDelayMs: 10 }).complete(request, signal()));
    expect(error).toMatchObject({ failure: 'network', isRetryable: true, status: undefined });
  });

  it('retries once after a connection reset', async () => {
    openaiServer().replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    reply(openaiServer(), 'openai-success');
    await expect(openai({ retryDelayMs: 10 }).complete(request, signal())).resolves.toMatchObject({ text: reworded });
  });

  it("stops when the caller's signal is aborted", async () => {
    const response = recorded('openai-success');
    openaiServer().delay(2000).reply(response.status, response.body as nock.Body, response.headers);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(failure(openai().complete(request, controller.signal))).resolves.toMatchObject({ failure: 'aborted' });
  });
});
