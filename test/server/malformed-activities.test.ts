import type { Activity } from 'botbuilder';
import nock from 'nock';
import { createTurnObserver } from '../../src/server/create-turn-observer';
import { createLogger } from '../../src/server/create-logger';
import { ServerMetrics } from '../../src/server/server-metrics';
import { LogCapture, messageActivity, startTestServer, testConfig, type TestServer } from '../support/bot-server';
import '../support/load-botbuilder-now';
import { sharedEngine } from '../support/shared-engine';

// nock patches Node's own http module, which the later test files of this worker share: put it back once
// this file is done (it left every later request going through its interceptor).
afterAll(() => nock.restore());

/** JSON nested `depth` levels under `conversation`, written as text: building it as an object would overflow the test's own stack. */
function deeplyNested(depth: number): string {
  const activity = JSON.stringify(messageActivity('hello'));
  return activity.replace(/"conversation":\{[^}]*\}/, `"conversation":{"id":"deep","nested":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`);
}

const malformed: Array<[string, Partial<Activity> | string]> = [
  ['a numeric conversation.id', messageActivity('hello', { conversation: { id: 12345 } as unknown as Activity['conversation'] })],
  ['an object conversation.id', messageActivity('hello', { conversation: { id: { nested: 'x' } } as unknown as Activity['conversation'] })],
  ['no conversation', { ...messageActivity('hello'), conversation: undefined }],
  ['a numeric serviceUrl', messageActivity('hello', { serviceUrl: 42 as unknown as string })],
  ['an object serviceUrl', messageActivity('hello', { serviceUrl: { href: 'https://x.example' } as unknown as string })],
  ['a serviceUrl that is no address', messageActivity('hello', { serviceUrl: 'not a url' })],
  ['a 20,000-deep conversation', deeplyNested(20_000)],
  ['a conversation.id of 100,000 characters', messageActivity('hello', { conversation: { id: 'c'.repeat(100_000) } as Activity['conversation'] })],
  ['a numeric channelId', messageActivity('hello', { channelId: 7 as unknown as string })],
  ['a numeric text', messageActivity('hello', { text: 12 as unknown as string })],
  ['entities that are not a list', messageActivity('hello', { entities: 'mention' as unknown as Activity['entities'] })],
  ['a mention entity whose mentioned id is a number', messageActivity('<at>latch</at> hi', { entities: [{ type: 'mention', mentioned: { id: 5 }, text: '<at>latch</at>' }] })],
  ['membersAdded that are not accounts', { ...messageActivity(''), type: 'conversationUpdate', text: undefined, membersAdded: [null] as unknown as Activity['membersAdded'] }],
  ['a from.id that is an object', messageActivity('hello', { from: { id: { a: 1 } } as unknown as Activity['from'] })],
  ['an invoke with an unknown name', { ...messageActivity(''), type: 'invoke', name: 'made/up', value: {} }],
];

describe('POST /api/messages refuses malformed Activities with 400 and a reason', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({ config: testConfig({ server: { unauthenticatedMessagesPerMinutePerAddress: 10_000 } }) });
  });
  afterAll(() => test.close());

  it.each(malformed)('answers 400 to %s', async (_case, activity) => {
    const { status, body } = await test.post(activity);
    expect(status).toBe(400);
    expect(typeof body.error).toBe('string');
  });

  it('keeps serving afterwards, with no turn error counted', async () => {
    const { status, body } = await test.post(messageActivity('is colostrum enough for my baby', { conversation: { id: 'after-malformed' } as Activity['conversation'] }));
    expect(status).toBe(200);
    expect((body.activities as Activity[]).length).toBeGreaterThan(0);
    const metrics = await (await fetch(`${test.url}/metrics`)).text();
    expect(metrics).toMatch(/latch_turn_errors_total 0/);
    expect(metrics).not.toMatch(/status="5\d\d"/);
  });
});

describe('metrics labels and log fields come from closed sets', () => {
  it('counts made-up channel ids as "other" and logs none of them', async () => {
    const test = await startTestServer({ config: testConfig({ server: { unauthenticatedMessagesPerMinutePerAddress: 10_000 } }) });
    try {
      for (let index = 0; index < 200; index++) {
        const channelId = `my baby is floppy and blue ${index}`;
        const { status } = await test.post(messageActivity('hi', { channelId, conversation: { id: `labels-${index}` } as Activity['conversation'] }));
        expect(status).toBe(200);
      }
      const metrics = await (await fetch(`${test.url}/metrics`)).text();
      expect(metrics).not.toContain('floppy');
      expect(metrics).toMatch(/latch_turns_total\{route="[a-z_]+",channel="other"\} \d+/);
      expect(metrics.split('\n').filter((line) => line.startsWith('latch_turns_total')).length).toBeLessThanOrEqual(6);
      expect(test.logs.text).not.toContain('floppy');
    } finally {
      await test.close();
    }
    // 200 turns one after another: the loop is the work, and seconds of it on a busy machine.
  }, 30_000);

  it('a failing metrics update is logged, not thrown into the turn', () => {
    const logs = new LogCapture();
    const metrics = new ServerMetrics();
    metrics.recordTurn = () => {
      throw new Error('metrics broke');
    };
    const observer = createTurnObserver(metrics, createLogger({ logLevel: 'info' }, logs));
    const event = { channelId: 'msteams', conversationId: 'c', trace: {} as never, replyKinds: [], durationMs: 1 };
    expect(() => observer.turnCompleted?.(event)).not.toThrow();
    expect(logs.lines.some((line) => line.event === 'observer_failed')).toBe(true);
    metrics.close();
  });
});

describe('local mode (no credentials) sends replies only where it may', () => {
  let test: TestServer;
  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    test = await startTestServer({ config: testConfig({ server: { localReplyOrigins: ['https://replies.example'] } }) });
  });
  afterAll(async () => {
    await test.close();
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('answers 400, and sends nothing, when a client names any other serviceUrl', async () => {
    const outgoing = nock('https://attacker.example').post(/.*/).reply(200, {});
    const { status } = await test.post(messageActivity('hello', { serviceUrl: 'https://attacker.example/', deliveryMode: undefined }));
    expect(status).toBe(400);
    expect(outgoing.isDone()).toBe(false);
  });

  it('posts replies to an origin in server.local_reply_origins', async () => {
    const replies = nock('https://replies.example').persist().post(/\/v3\/conversations\/.*\/activities/).reply(200, { id: 'reply' });
    const { status } = await test.post(messageActivity('hello', { serviceUrl: 'https://replies.example/', deliveryMode: undefined, conversation: { id: 'allowed-1' } as Activity['conversation'] }));
    expect(status).toBe(200);
    expect(replies.isDone()).toBe(true);
    nock.cleanAll();
  });

  it('still answers expectReplies inline whatever the serviceUrl', async () => {
    const { status } = await test.post(messageActivity('hello', { serviceUrl: 'https://attacker.example/', conversation: { id: 'inline-1' } as Activity['conversation'] }));
    expect(status).toBe(200);
  });
});

describe('POST /api/messages limits unauthenticated clients by address', () => {
  it('answers 429 with Retry-After past the limit in local mode', async () => {
    const test = await startTestServer({ config: testConfig({ server: { unauthenticatedMessagesPerMinutePerAddress: 3 } }) });
    try {
      for (let index = 0; index < 3; index++) expect((await test.post(messageActivity('hi'))).status).toBe(200);
      const limited = await fetch(`${test.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity('hi')) });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    } finally {
      await test.close();
    }
  });
});

beforeAll(() => {
  sharedEngine();
}, 60_000);
