import { loadConfig, type LatchConfig } from '../../src/config';
import type { LatchServer } from '../../src/server/create-server';
import { sharedEngine } from '../support/shared-engine';

type CreateServerModule = typeof import('../../src/server/create-server');

/**
 * A fresh module registry in which every first require of botbuilder, by anything, is counted, and a server
 * made in it. The server's modules are required after the count is in place (a static import, or the test
 * helpers that load botbuilder up front, would load it before). The engine needs no botbuilder.
 */
async function serverCountingBotbuilderLoads(botCredentials: Partial<LatchConfig['botCredentials']> = {}): Promise<{ server: LatchServer; url: string; loads: () => number }> {
  jest.resetModules();
  let loads = 0;
  jest.doMock('botbuilder', () => {
    loads++;
    return jest.requireActual('botbuilder');
  });
  const { createServer } = require('../../src/server/create-server') as CreateServerModule;
  const base = loadConfig({ LATCH_LOG_LEVEL: 'silent' });
  const config = { ...base, botCredentials: { ...base.botCredentials, ...botCredentials } };
  const server = createServer({ config, engine: sharedEngine() });
  const address = await server.listen(0, '127.0.0.1');
  return { server, url: address.url, loads: () => loads };
}

let conversationNumber = 0;
async function postMessage(url: string, text: string): Promise<{ status: number; body: { activities: { type: string; text?: string; attachments?: unknown[] }[] } }> {
  conversationNumber++;
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `activity-${conversationNumber}`,
      text,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id: `conversation-${conversationNumber}`, conversationType: 'personal' },
      from: { id: 'user-1' },
      recipient: { id: 'bot-1' },
      deliveryMode: 'expectReplies',
    }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

// Each test loads the server's modules afresh, and the second botbuilder's too: 30 s limits, as jest's
// default 5 s is within reach of that on a loaded machine.
let server: LatchServer | undefined;

beforeAll(() => {
  sharedEngine();
}, 60_000);

afterEach(async () => {
  await server?.close(100);
  server = undefined;
});

describe('botbuilder without an app id', () => {
  it('is not loaded by starting the server or by its health and tab routes', async () => {
    const started = await serverCountingBotbuilderLoads();
    server = started.server;
    for (const path of ['/healthz', '/readyz', '/tab']) expect((await fetch(`${started.url}${path}`)).status).toBe(200);
    expect(started.loads()).toBe(0);
  }, 30_000);

  it('is loaded by the first message, which is answered as any other, and only once', async () => {
    const started = await serverCountingBotbuilderLoads();
    server = started.server;
    const first = await postMessage(started.url, 'is colostrum enough for my baby');
    expect(first.status).toBe(200);
    expect(started.loads()).toBe(1);
    expect(JSON.stringify(first.body.activities)).toMatch(/colostrum/i);
    const second = await postMessage(started.url, 'hello');
    expect(second.status).toBe(200);
    expect(second.body.activities.length).toBeGreaterThan(0);
    expect(started.loads()).toBe(1);
  }, 30_000);
});

describe('botbuilder with an app id', () => {
  it('is loaded when the server is created, so its objections to the registration come at start', async () => {
    const started = await serverCountingBotbuilderLoads({ appId: '11111111-2222-3333-4444-555555555555', appPassword: 'secret', appType: 'SingleTenant', appTenantId: '99999999-8888-7777-6666-555555555555' });
    server = started.server;
    expect(started.loads()).toBe(1);
  }, 30_000);
});
