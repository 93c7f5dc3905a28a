import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the fake server answers: `personalise` puts a personal opening before the curated answer it was
 * sent (wording the gates pass); `add_number` adds a number the gates reject; the rest misbehave.
 */
export type FakeModelBehaviour = 'personalise' | 'add_number' | 'slow' | 'hang' | 'drop' | 'malformed' | 'server_error';

export interface FakeModelServer {
  /** The OpenAI-compatible base URL, ending in /v1. */
  url: string;
  behaviour: FakeModelBehaviour;
  /** How long `slow` waits before answering. */
  delayMs: number;
  /** Chat-completion requests received so far. */
  requests: number;
  close(): Promise<void>;
}

/** A local OpenAI-compatible chat-completions server on 127.0.0.1 with a free port, for tests and benchmarks. */
export async function startFakeModelServer(behaviour: FakeModelBehaviour = 'personalise', delayMs = 0): Promise<FakeModelServer> {
  const state: FakeModelServer = { url: '', behaviour, delayMs, requests: 0, close: async () => undefined };
  const server = createServer((request, response) => {
    void handle(state, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}

async function handle(state: FakeModelServer, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
    response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
    return;
  }
  state.requests++;
  switch (state.behaviour) {
    case 'hang':
      return;
    case 'drop':
      request.socket.destroy();
      return;
    case 'server_error':
      response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'overloaded', type: 'server_error' } }));
      return;
    case 'malformed':
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"chatcmpl-1","choices":[{"message":{"content":"Colos');
      return;
    case 'slow':
      // A client that gives up closes the socket; stop waiting then, so no timer outlives the test.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, state.delayMs);
        response.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (response.destroyed || response.writableEnded) return;
      break;
    default:
      break;
  }
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; messages: { role: string; content: string }[] };
  const user = body.messages.find((message) => message.role === 'user')?.content ?? '';
  const data = JSON.parse(user.slice(user.indexOf('{'))) as { curated_answer: string };
  const opening = state.behaviour === 'add_number' ? 'Most babies feed 12 times a day.' : 'Thank you for asking, it is a good question.';
  const content = `${opening} ${data.curated_answer}`;
  response.writeHead(200, { 'content-type': 'application/json' }).end(
    JSON.stringify({
      id: `chatcmpl-${state.requests}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      system_fingerprint: 'fp_fake',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 600, completion_tokens: 200, total_tokens: 800 },
    }),
  );
}
