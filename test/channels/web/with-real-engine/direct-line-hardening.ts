import { headBeforeBody } from '../../../support/head-before-body';
import { loadConfig, type WebChatConfig } from '../../../../src/config';
import { sharedEngine } from '../../../support/shared-engine';
import { latchBot, startSession, startWebTestServer, type WebTestServer } from '../support/web-test-server';

const start = Date.parse('2026-11-26T09:00:00.000Z');
let time = start;
const servers: WebTestServer[] = [];
const defaultRateLimits = loadConfig({}).webChat.rateLimits;

beforeAll(() => {
  sharedEngine();
}, 60_000);
beforeEach(() => {
  time = start;
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function serverWith(webChat: Partial<WebChatConfig> = {}): Promise<WebTestServer> {
  const engine = sharedEngine();
  const server = await startWebTestServer({ bot: latchBot(engine), messages: engine.knowledgeBase.messages, webChat, now: () => time });
  servers.push(server);
  return server;
}

type Session = { token: string; conversationId: string };

async function startConversation(server: WebTestServer): Promise<Session> {
  const session = await startSession(server.url);
  const response = await fetch(`${server.url}/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
  expect(response.status).toBe(201);
  return session;
}

const post = (server: WebTestServer, session: Session, body: string) =>
  fetch(`${server.url}/directline/conversations/${session.conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
    body,
  });
const poll = (server: WebTestServer, session: Session) =>
  fetch(`${server.url}/directline/conversations/${session.conversationId}/activities?watermark=`, { headers: { Authorization: `Bearer ${session.token}` } });
const refresh = (server: WebTestServer, session: Session) =>
  fetch(`${server.url}/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });

describe('a Direct Line conversation cannot be poisoned', () => {
  it('refuses a 7,000-deep event value with 400, and the conversation keeps answering polls', async () => {
    const server = await serverWith();
    const session = await startConversation(server);
    // About 14 KB, under the body limit; written as text because building it as an object would be the attack itself.
    const value = `${'['.repeat(7000)}${']'.repeat(7000)}`;
    const posted = await post(server, session, `{"type":"event","name":"x","value":${value}}`);
    expect(posted.status).toBe(400);
    expect(((await posted.json()) as { error: { code: string } }).error.code).toBe('too_deep');
    for (let index = 0; index < 3; index++) expect((await poll(server, session)).status).toBe(200);
  });

  it('still accepts an ordinary event with a small value', async () => {
    const server = await serverWith();
    const session = await startConversation(server);
    expect((await post(server, session, JSON.stringify({ type: 'event', name: 'webchat/join', value: { language: 'en-GB' } }))).status).toBe(200);
    expect((await poll(server, session)).status).toBe(200);
  });
});

describe('token refresh is limited', () => {
  it('answers 429 with Retry-After when one conversation refreshes too often', async () => {
    const server = await serverWith({ rateLimits: { ...defaultRateLimits, refreshesPerMinutePerConversation: 2 } });
    const session = await startConversation(server);
    expect((await refresh(server, session)).status).toBe(200);
    expect((await refresh(server, session)).status).toBe(200);
    const limited = await refresh(server, session);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('at the conversation cap', () => {
  it('evicts the least recently used conversation instead of refusing a new parent', async () => {
    const server = await serverWith({ maximumConversations: 2, idleSeconds: 60 * 60 });
    const oldest = await startConversation(server);
    time += 10 * 60_000;
    const recent = await startConversation(server);
    time += 10 * 60_000;
    // The oldest conversation writes again, so the other one is now the least recently used.
    expect((await post(server, oldest, JSON.stringify({ type: 'message', text: 'hi' }))).status).toBe(200);
    time += 60_000;
    const newcomer = await startConversation(server);
    expect((await poll(server, newcomer)).status).toBe(200);
    expect((await poll(server, oldest)).status).toBe(200);
    expect((await poll(server, recent)).status).toBe(404);
    expect(server.channel.conversations.size).toBe(2);
  });
});

describe('guessing tokens is limited', () => {
  it('answers 429 to an address that keeps sending tokens this server never issued', async () => {
    const server = await serverWith({ rateLimits: { ...defaultRateLimits, messagesPerMinutePerAddress: 3 } });
    const session = await startConversation(server);
    const forged = { ...session, token: `${session.token.slice(0, -6)}AAAAAA` };
    for (let attempt = 0; attempt < 3; attempt++) expect((await poll(server, forged)).status).toBe(403);
    const limited = await poll(server, forged);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The conversation's own valid token still works.
    expect((await poll(server, session)).status).toBe(200);
  });

  it('limits GET /conversations/:id like polls', async () => {
    const server = await serverWith({ rateLimits: { ...defaultRateLimits, pollsPerMinutePerConversation: 4 } });
    const session = await startConversation(server);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await fetch(`${server.url}/directline/conversations/${session.conversationId}`, { headers: { Authorization: `Bearer ${session.token}` } })).status);
    }
    expect(statuses).toContain(429);
  });
});

describe('the token is checked before the body is read', () => {
  it('answers 401 to a post without a token while its body is still to come', async () => {
    const server = await serverWith();
    const answer = await headBeforeBody(server.url, 'POST /directline/conversations/x/activities HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 16000');
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
  });
});
