import { WebSocket } from 'ws';
import type { LatchServer } from '../../../../src/server/create-server';
import { startFullServer } from '../support/full-server';
import { startSession } from '../support/web-test-server';

let server: { server: LatchServer; url: string };

beforeAll(async () => {
  server = await startFullServer();
}, 60_000);

afterAll(async () => {
  await server.server.close(0);
});

const wsBase = () => server.url.replace(/^http/, 'ws');

/** Starts the conversation and returns what POST /conversations answered. */
async function startConversation(token: string): Promise<{ conversationId: string; streamUrl: string }> {
  const response = await fetch(`${server.url}/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(201);
  return (await response.json()) as { conversationId: string; streamUrl: string };
}

/** The HTTP status the server refused an upgrade with, or 101 when it opened. */
function upgradeStatus(address: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(address);
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', () => undefined);
  });
}

function nextMessages(socket: WebSocket, count: number): Promise<{ activities: { type: string; text?: string; from: { role?: string } }[]; watermark: string }[]> {
  return new Promise((resolve) => {
    const seen: { activities: { type: string; text?: string; from: { role?: string } }[]; watermark: string }[] = [];
    const onMessage = (data: Buffer) => {
      const text = data.toString();
      if (text === '') return;
      seen.push(JSON.parse(text));
      if (seen.length === count) {
        socket.off('message', onMessage);
        resolve(seen);
      }
    };
    socket.on('message', onMessage);
  });
}

describe('Direct Line streaming', () => {
  it('gives a ws:// streamUrl on this host that sends the history, then each new activity as it is added', async () => {
    const session = await startSession(server.url);
    const started = await startConversation(session.token);
    expect(started.streamUrl).toMatch(new RegExp(`^${wsBase()}/directline/conversations/${started.conversationId}/stream\\?watermark=-&t=`));

    const socket = new WebSocket(started.streamUrl);
    const history = nextMessages(socket, 1);
    await new Promise((resolve) => socket.on('open', resolve));
    const [first] = await history;
    expect(first.activities.length).toBeGreaterThan(0);
    expect(first.activities.every((activity) => activity.from.role === 'bot')).toBe(true);

    const pushed = nextMessages(socket, 2);
    const posted = await fetch(`${server.url}/directline/conversations/${started.conversationId}/activities`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'is colostrum enough for my baby' }),
    });
    expect(posted.status).toBe(200);
    const [echo, reply] = await pushed;
    expect(echo.activities[0]).toMatchObject({ type: 'message', text: 'is colostrum enough for my baby', from: { role: 'user' } });
    expect(reply.activities[0].from.role).toBe('bot');
    expect(Number(reply.watermark)).toBe(Number(echo.watermark) + 1);
    socket.close();
  });

  it('sends only what comes after the watermark a reconnecting client gives', async () => {
    const session = await startSession(server.url);
    const started = await startConversation(session.token);
    const polled = (await (await fetch(`${server.url}/directline/conversations/${started.conversationId}/activities`, { headers: { Authorization: `Bearer ${session.token}` } })).json()) as { watermark: string };
    const socket = new WebSocket(started.streamUrl.replace('watermark=-', `watermark=${polled.watermark}`));
    const received: string[] = [];
    socket.on('message', (data: Buffer) => received.push(data.toString()));
    await new Promise((resolve) => socket.on('open', resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received.filter((message) => message !== '')).toEqual([]);
    socket.close();
  });

  it('refuses a stream without a token, with a token for another conversation, or for no such path', async () => {
    const session = await startSession(server.url);
    const started = await startConversation(session.token);
    const other = await startSession(server.url);
    expect(await upgradeStatus(`${wsBase()}/directline/conversations/${started.conversationId}/stream`)).toBe(401);
    expect(await upgradeStatus(`${wsBase()}/directline/conversations/${started.conversationId}/stream?t=${encodeURIComponent(other.token)}`)).toBe(403);
    expect(await upgradeStatus(`${wsBase()}/directline/conversations/${started.conversationId}/stream?t=not-a-token`)).toBe(403);
    expect(await upgradeStatus(`${wsBase()}/somewhere/else`)).toBe(404);
    expect(await upgradeStatus(started.streamUrl)).toBe(101);
  });

  it('answers 429 once one address has had too many upgrades refused, as the routes do for guessed tokens', async () => {
    const session = await startSession(server.url);
    const started = await startConversation(session.token);
    const statuses: number[] = [];
    // Bounded: the default per-address allowance is far below this.
    for (let attempt = 0; attempt < 400 && !statuses.includes(429); attempt++) {
      statuses.push(await upgradeStatus(`${wsBase()}/directline/conversations/${started.conversationId}/stream?t=guess-${attempt}`));
    }
    expect(statuses[0]).toBe(403);
    expect(statuses).toContain(429);
    // Some 120 upgrades one after another: the loop is the work, and seconds of it on a busy machine.
  }, 30_000);
});

