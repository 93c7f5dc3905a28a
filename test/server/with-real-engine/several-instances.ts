import type { Activity } from 'botbuilder';
import { WebSocket } from 'ws';
import type { LatchConfig } from '../../../src/config';
import type { ConversationState } from '../../../src/engine/turn-types';
import { createLogger } from '../../../src/server/create-logger';
import { createServer, type LatchServer } from '../../../src/server/create-server';
import { mountWebChat } from '../../../src/server/mount-web-chat';
import { connectRedisStores } from '../../../src/stores/shared-stores';
import { RedisStorage } from '../../../src/channels/botbuilder/redis-storage';
import { connectRedis, waitUntilReady } from '../../../src/stores/redis-connection';
import { LogCapture, messageActivity, replyTexts, testConfig } from '../../support/bot-server';
import '../../support/load-botbuilder-now';
import { startRedisServer, type RedisServer } from '../../support/redis-server';
import { sharedEngine } from '../../support/shared-engine';
import type { Responder } from '../../../src/engine/responder';

interface Instance {
  server: LatchServer;
  url: string;
  post(activity: Partial<Activity>): Promise<{ status: number; activities: Partial<Activity>[] }>;
  close(): Promise<void>;
}

let redis: RedisServer;
const open: Instance[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
}, 20_000);

afterEach(async () => {
  await Promise.all(open.splice(0).map((instance) => instance.close()));
});

afterAll(async () => {
  await redis?.stop();
});

function redisConfig(): LatchConfig {
  // Typing indicators would make transcripts depend on timing; they are tested elsewhere.
  return { ...testConfig({ server: { typingAfterMs: 60_000 } }), redis: { url: redis.url, keyPrefix: 'latch:' } };
}

/** A latch instance as `latch serve` builds it with LATCH_REDIS_URL, or in memory when `memory` is set. */
async function startInstance(options: { engine?: Responder; memory?: boolean } = {}): Promise<Instance> {
  const config = options.memory ? testConfig({ server: { typingAfterMs: 60_000 } }) : redisConfig();
  const shared = options.memory ? undefined : await connectRedisStores({ settings: config.redis!, config, maximumBackoffMs: 200 });
  const server = createServer({ config, engine: options.engine ?? sharedEngine(), logger: createLogger(config.server, new LogCapture()), shared, mount: mountWebChat });
  const { url } = await server.listen(0, '127.0.0.1');
  const instance: Instance = {
    server,
    url,
    async post(activity) {
      const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      const body = (await response.json().catch(() => ({}))) as { activities?: Partial<Activity>[] };
      return { status: response.status, activities: body.activities ?? [] };
    },
    close: () => server.close(100),
  };
  open.push(instance);
  return instance;
}

const conversation = (id: string) => ({ conversation: { id } as Activity['conversation'] });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const script = ['why is my milk late', '2', 'yes'];

/** Each turn's reply texts from one in-memory instance: what a conversation that loses nothing shows. */
async function referenceTranscript(): Promise<string[][]> {
  const single = await startInstance({ memory: true });
  const transcript: string[][] = [];
  for (const text of script) transcript.push(replyTexts((await single.post(messageActivity(text, conversation('reference')))).activities));
  return transcript;
}

async function storedState(conversationId: string): Promise<ConversationState | undefined> {
  const client = connectRedis({ url: redis.url });
  await waitUntilReady(client, redis.url);
  const key = `msteams/conversations/${conversationId}/`;
  const items = await new RedisStorage(client, { keyPrefix: 'latch:', idleMs: 60_000 }).read([key]);
  client.disconnect();
  return (items[key] as { latch?: { engineState: ConversationState } } | undefined)?.latch?.engineState;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await pause(50);
  }
}

const readyStatus = async (instance: Instance) => (await fetch(`${instance.url}/readyz`)).status;

describe('several instances sharing one Redis (Bot Framework)', () => {
  it('continues a dialog whose messages alternate between two instances, as one instance would', async () => {
    const expected = await referenceTranscript();
    const [first, second] = [await startInstance(), await startInstance()];
    const transcript: string[][] = [];
    for (const [index, text] of script.entries()) {
      const answered = await [first, second][index % 2].post(messageActivity(text, conversation('alternating')));
      expect(answered.status).toBe(200);
      transcript.push(replyTexts(answered.activities));
    }
    expect(transcript).toEqual(expected);
    expect((await storedState('alternating'))?.turnCount).toBe(3);
  }, 30_000);

  it('continues a dialog after its instance is stopped and a fresh one started', async () => {
    const expected = await referenceTranscript();
    const before = await startInstance();
    const transcript = [replyTexts((await before.post(messageActivity(script[0], conversation('restarted')))).activities)];
    await open.splice(open.indexOf(before), 1)[0].close();
    const after = await startInstance();
    for (const text of script.slice(1)) transcript.push(replyTexts((await after.post(messageActivity(text, conversation('restarted')))).activities));
    expect(transcript).toEqual(expected);
  }, 30_000);

  it('takes two simultaneous turns of one conversation on two instances: one saves first, the other runs again, nothing is lost', async () => {
    const engine = sharedEngine();
    let calls = 0;
    let racing = false;
    // Slow once the race starts, so both turns read the same saved state before either saves (the first
    // turn, which only makes that state, is not held up).
    const slow: Responder = Object.create(engine) as Responder;
    slow.respond = async (turn, state) => {
      calls++;
      if (racing) await pause(300);
      return engine.respond(turn, state);
    };
    const [first, second] = [await startInstance({ engine: slow }), await startInstance({ engine: slow })];
    expect((await first.post(messageActivity('hi', conversation('simultaneous')))).status).toBe(200);
    expect((await storedState('simultaneous'))?.turnCount).toBe(1);
    calls = 0;
    racing = true;

    const [one, two] = await Promise.all([
      first.post(messageActivity('is colostrum enough for my baby', conversation('simultaneous'))),
      second.post(messageActivity('how do I store breast milk', conversation('simultaneous'))),
    ]);
    const error = engine.knowledgeBase.messages.error;
    for (const answered of [one, two]) {
      expect(answered.status).toBe(200);
      expect(answered.activities.length).toBeGreaterThan(0);
      expect(replyTexts(answered.activities)).not.toContain(error);
    }
    // Both turns counted: without eTags the second save would overwrite the first and leave 2.
    expect((await storedState('simultaneous'))?.turnCount).toBe(3);
    // Two turns and at least one run again after losing the race.
    expect(calls).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('takes the first two messages of a new conversation at once on two instances without losing either', async () => {
    const engine = sharedEngine();
    const slow: Responder = Object.create(engine) as Responder;
    slow.respond = async (turn, state) => {
      await pause(300);
      return engine.respond(turn, state);
    };
    const [first, second] = [await startInstance({ engine: slow }), await startInstance({ engine: slow })];
    const answers = await Promise.all([
      first.post(messageActivity('is colostrum enough for my baby', conversation('new-at-once'))),
      second.post(messageActivity('how do I store breast milk', conversation('new-at-once'))),
    ]);
    for (const answered of answers) expect(replyTexts(answered.activities)).not.toContain(engine.knowledgeBase.messages.error);
    expect((await storedState('new-at-once'))?.turnCount).toBe(2);
  }, 30_000);

  it('answers with the error sentence and is not ready while Redis is down, and carries on once it is back', async () => {
    const instance = await startInstance();
    expect(await readyStatus(instance)).toBe(200);
    expect(replyTexts((await instance.post(messageActivity(script[0], conversation('outage')))).activities).length).toBeGreaterThan(0);
    const web = (await (await fetch(`${instance.url}/web/session`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const webHeaders = { Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' };
    expect((await fetch(`${instance.url}/directline/conversations`, { method: 'POST', headers: webHeaders })).status).toBe(201);

    await redis.stop();
    try {
      await waitFor(async () => (await readyStatus(instance)) === 503, '/readyz answers 503');
      const ready = (await (await fetch(`${instance.url}/readyz`)).json()) as { status: string };
      expect(ready.status).toBe('store unreachable');
      const during = await instance.post(messageActivity(script[1], conversation('outage')));
      expect(during.status).toBe(200);
      expect(replyTexts(during.activities)).toEqual([sharedEngine().knowledgeBase.messages.error]);
      // The web chat is told to come back shortly rather than that its conversation is gone.
      const posted = await fetch(`${instance.url}/directline/conversations/${web.conversationId}/activities`, { method: 'POST', headers: webHeaders, body: JSON.stringify({ type: 'message', text: '2' }) });
      expect(posted.status).toBe(503);
      expect(posted.headers.get('retry-after')).toBe('5');
      expect(((await posted.json()) as { error: { code: string } }).error.code).toBe('store_unavailable');
    } finally {
      await redis.start();
    }
    await waitFor(async () => (await readyStatus(instance)) === 200, '/readyz answers 200 again');
    // This Redis keeps nothing on disk, so the conversation starts afresh, but it is answered.
    const after = await instance.post(messageActivity('is colostrum enough for my baby', conversation('outage')));
    expect(after.status).toBe(200);
    const texts = replyTexts(after.activities);
    expect(texts).not.toContain(sharedEngine().knowledgeBase.messages.error);
    expect(texts).toContain(sharedEngine().knowledgeBase.answerById.get('milk.colostrum')!.short);
  }, 40_000);
});

interface DirectLineMessage {
  activities: Partial<Activity>[];
  watermark: string;
}

describe('several instances sharing one Redis (Direct Line: polling and streaming)', () => {
  async function session(instance: Instance): Promise<{ token: string; conversationId: string }> {
    const response = await fetch(`${instance.url}/web/session`, { method: 'POST' });
    expect(response.status).toBe(200);
    return (await response.json()) as { token: string; conversationId: string };
  }

  const headers = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

  async function send(instance: Instance, started: { token: string; conversationId: string }, text: string): Promise<void> {
    const response = await fetch(`${instance.url}/directline/conversations/${started.conversationId}/activities`, {
      method: 'POST',
      headers: headers(started.token),
      body: JSON.stringify({ type: 'message', text, channelData: { clientActivityID: `client-${text}` } }),
    });
    expect(response.status).toBe(200);
  }

  async function poll(instance: Instance, started: { token: string; conversationId: string }, watermark = ''): Promise<DirectLineMessage> {
    const response = await fetch(`${instance.url}/directline/conversations/${started.conversationId}/activities?watermark=${watermark}`, { headers: headers(started.token) });
    expect(response.status).toBe(200);
    return (await response.json()) as DirectLineMessage;
  }

  /** A stream's messages as they arrive (empty keep-alives skipped). */
  function follow(address: string): { messages: DirectLineMessage[]; opened: Promise<void>; socket: WebSocket } {
    const socket = new WebSocket(address);
    const messages: DirectLineMessage[] = [];
    socket.on('message', (data: Buffer) => {
      if (data.toString() !== '') messages.push(JSON.parse(data.toString()) as DirectLineMessage);
    });
    const opened = new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('unexpected-response', (_request, response) => reject(new Error(`stream refused with ${response.statusCode}`)));
    });
    return { messages, opened, socket };
  }

  const botTexts = (activities: Partial<Activity>[]) => replyTexts(activities.filter((activity) => activity.from?.role === 'bot' && activity.type === 'message'));

  async function directLineTranscript(instances: Instance[]): Promise<{ polled: DirectLineMessage; streamed: Partial<Activity>[] }> {
    const started = await session(instances[0]);
    const begin = await fetch(`${instances[1 % instances.length].url}/directline/conversations`, { method: 'POST', headers: headers(started.token) });
    expect(begin.status).toBe(201);
    const { streamUrl } = (await begin.json()) as { streamUrl: string };
    // The stream is held by the first instance; messages are posted to each in turn.
    const stream = follow(streamUrl.replace(/^ws:\/\/[^/]+/, instances[0].url.replace(/^http/, 'ws')));
    await stream.opened;
    for (const [index, text] of script.entries()) await send(instances[index % instances.length], started, text);
    const polled = await poll(instances[1 % instances.length], started);
    const total = polled.activities.length;
    await waitFor(async () => stream.messages.flatMap((message) => message.activities).length >= total, 'the stream has every activity', 5_000);
    stream.socket.close();
    return { polled, streamed: stream.messages.flatMap((message) => message.activities) };
  }

  it('shows one conversation to a Web Chat whose requests alternate, polling one instance and streaming from the other', async () => {
    const reference = await directLineTranscript([await startInstance({ memory: true })]);
    const instances = [await startInstance(), await startInstance()];
    const shared = await directLineTranscript(instances);

    // The same conversation as on one instance: the dialog went on across instances.
    expect(botTexts(shared.polled.activities)).toEqual(botTexts(reference.polled.activities));
    expect(shared.polled.activities.filter((activity) => activity.from?.role === 'user').map((activity) => activity.text)).toEqual(script);
    // Polling either instance gives the same history and watermark.
    const started = shared.polled;
    expect(Number(started.watermark)).toBe(started.activities.length);
    // The stream on the first instance had every activity, in order, including those added by the second.
    expect(shared.streamed.map((activity) => activity.id)).toEqual(shared.polled.activities.map((activity) => activity.id));
    expect(new Set(shared.polled.activities.map((activity) => activity.id)).size).toBe(shared.polled.activities.length);
  }, 40_000);

  it('accepts a token issued by one instance on the other, and both poll the same history', async () => {
    const [first, second] = [await startInstance(), await startInstance()];
    const started = await session(first);
    expect((await fetch(`${second.url}/directline/conversations`, { method: 'POST', headers: headers(started.token) })).status).toBe(201);
    await send(first, started, 'is colostrum enough for my baby');
    const [fromFirst, fromSecond] = [await poll(first, started), await poll(second, started)];
    expect(fromSecond).toEqual(fromFirst);
    const later = await poll(second, started, fromFirst.watermark);
    expect(later.activities).toEqual([]);
    expect(later.watermark).toBe(fromFirst.watermark);
  }, 30_000);
});
