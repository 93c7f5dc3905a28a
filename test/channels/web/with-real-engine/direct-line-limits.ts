import { loadConfig, type WebChatConfig } from '../../../../src/config';
import { sharedEngine } from '../../../support/shared-engine';
import { createServer } from '../../../../src/server/create-server';
import { mountWebChat } from '../../../../src/server/mount-web-chat';
import { latchBot, startSession, startWebTestServer, type WebTestServer } from '../support/web-test-server';
import '../../../support/load-botbuilder-now';

const start = Date.parse('2026-11-26T09:00:00.000Z');
let time = start;
const servers: WebTestServer[] = [];

// Training the classifier takes seconds on a busy machine; do it once, outside any test's time limit.
beforeAll(() => {
  sharedEngine();
}, 60_000);

async function serverWith(webChat: Partial<WebChatConfig> = {}): Promise<WebTestServer> {
  const engine = sharedEngine();
  const server = await startWebTestServer({ bot: latchBot(engine), messages: engine.knowledgeBase.messages, webChat, now: () => time });
  servers.push(server);
  return server;
}

beforeEach(() => {
  time = start;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

const defaultRateLimits = loadConfig({}).webChat.rateLimits;

/** POST /conversations with a fresh session, as Web Chat does on load. */
async function startConversation(server: WebTestServer): Promise<{ token: string; conversationId: string }> {
  const session = await startSession(server.url);
  const response = await fetch(`${server.url}/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
  expect(response.status).toBe(201);
  return session;
}

function send(server: WebTestServer, session: { token: string; conversationId: string }, body: unknown): Promise<Response> {
  return fetch(`${server.url}/directline/conversations/${session.conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function poll(server: WebTestServer, session: { token: string; conversationId: string }, watermark = ''): Promise<Response> {
  return fetch(`${server.url}/directline/conversations/${session.conversationId}/activities?watermark=${watermark}`, {
    headers: { Authorization: `Bearer ${session.token}` },
  });
}

const message = (text: string, clientActivityID = 'client') => ({ type: 'message', text, from: { id: 'someone' }, channelData: { clientActivityID } });

describe('Direct Line conversations', () => {
  it('returns activities after the watermark, with the echo of the sent message first', async () => {
    const server = await serverWith();
    const session = await startConversation(server);
    const first = (await (await poll(server, session)).json()) as { activities: { from: { role: string } }[]; watermark: string };
    expect(first.activities.length).toBeGreaterThan(0);
    expect(first.activities.every((activity) => activity.from.role === 'bot')).toBe(true);
    expect(first.watermark).toBe(String(first.activities.length));

    const nothingNew = (await (await poll(server, session, first.watermark)).json()) as { activities: unknown[]; watermark: string };
    expect(nothingNew).toEqual({ activities: [], watermark: first.watermark });

    const posted = await send(server, session, message('is colostrum enough for my baby', 'client-7'));
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const after = (await (await poll(server, session, first.watermark)).json()) as { activities: { id: string; replyToId?: string; channelData?: object; from: { id: string; role: string } }[] };
    expect(after.activities[0]).toEqual(expect.objectContaining({ id, channelData: { clientActivityID: 'client-7' } }));
    expect(after.activities[0].from).toEqual(expect.objectContaining({ role: 'user', id: expect.stringMatching(/^dl_/) }));
    expect(after.activities.slice(1).every((activity) => activity.replyToId === id)).toBe(true);
    expect(after.activities.length).toBeGreaterThan(1);
  });

  it('starting the same conversation twice keeps it instead of starting over', async () => {
    const server = await serverWith();
    const session = await startConversation(server);
    const again = await fetch(`${server.url}/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { conversationId: string }).conversationId).toBe(session.conversationId);
  });

  it('answers 401 without a token, 403 for a forged or borrowed one and 404 for a conversation never started', async () => {
    const server = await serverWith();
    const session = await startConversation(server);
    const other = await startSession(server.url);
    const noToken = await fetch(`${server.url}/directline/conversations/${session.conversationId}/activities`);
    expect(noToken.status).toBe(401);
    expect(((await noToken.json()) as { error: { code: string } }).error.code).toBe('missing_token');

    const [header, payload] = session.token.split('.');
    const forged = await poll(server, { ...session, token: `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}` });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('token_invalid');

    const borrowed = await poll(server, { conversationId: session.conversationId, token: other.token });
    expect(borrowed.status).toBe(403);

    const neverStarted = await poll(server, other);
    expect(neverStarted.status).toBe(404);
    expect(((await neverStarted.json()) as { error: { code: string } }).error.code).toBe('conversation_not_found');
  });
});

describe('token expiry', () => {
  it('refuses an expired token with 403 token_expired, and a refreshed token keeps working', async () => {
    const server = await serverWith({ tokenLifetimeSeconds: 30 * 60, idleSeconds: 60 * 60 });
    const session = await startConversation(server);

    time += 20 * 60 * 1000;
    const refreshed = await fetch(`${server.url}/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
    expect(refreshed.status).toBe(200);
    const { token } = (await refreshed.json()) as { token: string };

    time += 11 * 60 * 1000;
    const expired = await poll(server, session);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('token_expired');
    expect((await poll(server, { ...session, token })).status).toBe(200);
  });

  it('forgets a conversation idle for longer than the idle time: 404 even with a valid token', async () => {
    const server = await serverWith({ tokenLifetimeSeconds: 60 * 60, idleSeconds: 10 * 60 });
    const session = await startConversation(server);
    time += 9 * 60 * 1000;
    expect((await send(server, session, message('hi'))).status).toBe(200);
    time += 9 * 60 * 1000;
    expect((await poll(server, session)).status).toBe(200);
    time += 2 * 60 * 1000;
    const gone = await poll(server, session);
    expect(gone.status).toBe(404);
    expect(server.channel.conversations.size).toBe(0);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After when one conversation sends too fast, and lets it send again later', async () => {
    const server = await serverWith({ rateLimits: { ...defaultRateLimits, messagesPerMinutePerConversation: 4 } });
    const session = await startConversation(server);
    expect((await send(server, session, message('hi'))).status).toBe(200);
    expect((await send(server, session, message('hi'))).status).toBe(200);
    const limited = await send(server, session, message('hi'));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
    time += retryAfter * 1000;
    expect((await send(server, session, message('hi'))).status).toBe(200);
  });

  it('limits messages per address across conversations', async () => {
    const server = await serverWith({ rateLimits: { ...defaultRateLimits, messagesPerMinutePerAddress: 3 } });
    const first = await startConversation(server);
    const second = await startConversation(server);
    expect((await send(server, first, message('hi'))).status).toBe(200);
    expect((await send(server, second, message('hi'))).status).toBe(200);
    expect((await send(server, first, message('hi'))).status).toBe(200);
    const limited = await send(server, second, message('hi'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('behind a trusted proxy, limits each visitor by their forwarded address rather than the proxy\'s', async () => {
    const config = loadConfig({ LATCH_LOG_LEVEL: 'silent' });
    const server = createServer({
      config: { ...config, webChat: { ...config.webChat, trustProxy: 1, rateLimits: { ...defaultRateLimits, conversationsPerMinutePerAddress: 1 } } },
      engine: sharedEngine(),
      mount: mountWebChat,
    });
    const { url } = await server.listen(0, '127.0.0.1');
    try {
      const sessionFrom = (address: string) => fetch(`${url}/web/session`, { method: 'POST', headers: { 'X-Forwarded-For': address } });
      expect((await sessionFrom('203.0.113.1')).status).toBe(200);
      expect((await sessionFrom('203.0.113.2')).status).toBe(200);
      expect((await sessionFrom('203.0.113.1')).status).toBe(429);
    } finally {
      await server.close(0);
    }
  });

  it('limits new chats per address', async () => {
    const server = await serverWith({ rateLimits: { ...defaultRateLimits, conversationsPerMinutePerAddress: 2 } });
    await startSession(server.url);
    await startSession(server.url);
    const limited = await fetch(`${server.url}/web/session`, { method: 'POST' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('size limits', () => {
  it('answers 413 to a body larger than the limit', async () => {
    const server = await serverWith({ maximumBodyBytes: 4096 });
    const session = await startConversation(server);
    const response = await send(server, session, message('x'.repeat(5000)));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('body_too_large');
  });

  it('answers 400 text_too_long to a text over the hard ceiling', async () => {
    const server = await serverWith({ maximumTextLength: 100 });
    const session = await startConversation(server);
    const response = await send(server, session, message('x'.repeat(101)));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('text_too_long');
  });

  it('answers 400 with a reason to broken JSON, attachments, unknown types and a bad watermark', async () => {
    const server = await serverWith();
    const session = await startConversation(server);
    const codeOf = async (response: Response) => [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    expect(await codeOf(await send(server, session, '{"type": "message",'))).toEqual([400, 'invalid_json']);
    expect(await codeOf(await send(server, session, { ...message('look'), attachments: [{ contentType: 'image/png', contentUrl: 'data:,' }] }))).toEqual([400, 'attachments_not_accepted']);
    expect(await codeOf(await send(server, session, { type: 'invoke' }))).toEqual([400, 'unsupported_activity_type']);
    expect(await codeOf(await poll(server, session, 'yesterday'))).toEqual([400, 'invalid_watermark']);
  });
});
