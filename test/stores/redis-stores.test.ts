import Redis from 'ioredis';
import { connectRedis, waitUntilReady } from '../../src/stores/redis-connection';
import { redisConversationStore } from '../../src/stores/redis-conversation-store';
import { redisLimiterFactory } from '../../src/stores/redis-limiter-factory';
import { RedisStorage, StorageConflictError } from '../../src/channels/botbuilder/redis-storage';
import { startRedisServer, type RedisServer } from '../support/redis-server';

let redis: RedisServer;
const clients: Redis[] = [];

async function client(): Promise<Redis> {
  const connection = connectRedis({ url: redis.url });
  clients.push(connection);
  await waitUntilReady(connection, redis.url);
  return connection;
}

beforeAll(async () => {
  redis = await startRedisServer();
}, 20_000);

afterAll(async () => {
  for (const connection of clients) connection.disconnect();
  await redis?.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RedisStorage (Bot Framework state)', () => {
  it('reads back what it wrote with a new eTag, and refuses a write carrying an eTag someone else replaced', async () => {
    const first = new RedisStorage(await client(), { keyPrefix: 'test:', idleMs: 60_000 });
    const second = new RedisStorage(await client(), { keyPrefix: 'test:', idleMs: 60_000 });
    await first.write({ 'webchat/conversations/c1/': { latch: { turns: 1 } } });
    const readByFirst = (await first.read(['webchat/conversations/c1/']))['webchat/conversations/c1/'];
    const readBySecond = (await second.read(['webchat/conversations/c1/']))['webchat/conversations/c1/'];
    expect(readByFirst).toMatchObject({ latch: { turns: 1 } });
    expect(typeof readByFirst.eTag).toBe('string');
    expect(readBySecond.eTag).toBe(readByFirst.eTag);

    await second.write({ 'webchat/conversations/c1/': { ...readBySecond, latch: { turns: 2 } } });
    await expect(first.write({ 'webchat/conversations/c1/': { ...readByFirst, latch: { turns: 'lost' } } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await first.read(['webchat/conversations/c1/']))['webchat/conversations/c1/']).toMatchObject({ latch: { turns: 2 } });

    // "*" is botbuilder's "whatever is there".
    await first.write({ 'webchat/conversations/c1/': { latch: { turns: 3 }, eTag: '*' } });
    expect((await second.read(['webchat/conversations/c1/']))['webchat/conversations/c1/']).toMatchObject({ latch: { turns: 3 } });
    await first.delete(['webchat/conversations/c1/']);
    expect(await first.read(['webchat/conversations/c1/'])).toEqual({});
  });

  it('writes an item read as absent only if it is still absent', async () => {
    const storage = new RedisStorage(await client(), { keyPrefix: 'test:', idleMs: 60_000 });
    await storage.write({ fresh: { value: 'first', eTag: storage.createOnlyETag } });
    await expect(storage.write({ fresh: { value: 'second', eTag: storage.createOnlyETag } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await storage.read(['fresh'])).fresh.value).toBe('first');
  });

  it('gives the writer its new eTag, so a second save in the same turn is not a conflict with itself', async () => {
    const storage = new RedisStorage(await client(), { keyPrefix: 'test:', idleMs: 60_000 });
    await storage.write({ item: { value: 1 } });
    const item = (await storage.read(['item'])).item;
    await storage.write({ item });
    item.value = 2;
    await storage.write({ item });
    expect((await storage.read(['item'])).item.value).toBe(2);
  });

  it('forgets an item after the idle time from its last write', async () => {
    const connection = await client();
    const storage = new RedisStorage(connection, { keyPrefix: 'test:', idleMs: 300 });
    await storage.write({ brief: { value: 1 } });
    const ttl = await connection.pttl('test:state:brief');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
    await pause(450);
    expect(await storage.read(['brief'])).toEqual({});
  });
});

describe('Redis web conversation store', () => {
  const options = { keyPrefix: 'test:', idleMs: 60_000, maximumConversations: 100, maximumActivitiesEach: 5 };

  it('numbers activities across instances, pages them after a watermark and announces each one to every instance', async () => {
    const one = redisConversationStore(await client(), await client(), options);
    const two = redisConversationStore(await client(), await client(), options);
    expect(await one.create('conv-a', 'user-a', 'en-GB')).toEqual({ id: 'conv-a', userId: 'user-a', locale: 'en-GB' });
    expect(await two.get('conv-a')).toEqual({ id: 'conv-a', userId: 'user-a', locale: 'en-GB' });
    expect(await two.get('conv-missing')).toBeUndefined();

    const heard: [string | undefined, number][] = [];
    const stop = await two.subscribe('conv-a', (activity, watermark) => heard.push([activity.text, watermark]));
    const first = await one.append('conv-a', { type: 'message', text: 'hello' });
    const second = await two.append('conv-a', { type: 'message', text: 'again' });
    expect(first).toEqual({ id: 'conv-a|0000000', watermark: 1 });
    expect(second).toEqual({ id: 'conv-a|0000001', watermark: 2 });
    for (let waited = 0; heard.length < 2 && waited < 2000; waited += 20) await pause(20);
    expect(heard).toEqual([['hello', 1], ['again', 2]]);
    stop();

    const page = await one.since('conv-a', 1);
    expect(page.watermark).toBe(2);
    expect(page.activities).toEqual([{ type: 'message', text: 'again', id: 'conv-a|0000001' }]);
    // An update keeps the id it was given.
    await one.append('conv-a', { type: 'message', text: 'again, edited', id: 'conv-a|0000001' });
    expect((await two.since('conv-a', 2)).activities).toEqual([{ type: 'message', text: 'again, edited', id: 'conv-a|0000001' }]);
  });

  it('keeps only the newest activities of a long conversation, with watermarks still counting from the start', async () => {
    const store = redisConversationStore(await client(), await client(), options);
    await store.create('conv-long', 'user');
    for (let index = 0; index < 8; index++) await store.append('conv-long', { type: 'message', text: `m${index}` });
    const page = await store.since('conv-long', 0);
    expect(page.watermark).toBe(8);
    expect(page.activities.map((activity) => activity.text)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
  });

  it('forgets a conversation idle for longer than the idle time, and a message keeps it alive', async () => {
    const store = redisConversationStore(await client(), await client(), { ...options, idleMs: 400 });
    await store.create('conv-idle', 'user');
    await store.create('conv-busy', 'user');
    await pause(250);
    await store.touch('conv-busy');
    await pause(250);
    expect(await store.get('conv-idle')).toBeUndefined();
    expect(await store.get('conv-busy')).toBeDefined();
  });

  it('refuses a new conversation at the ceiling, counted across instances', async () => {
    const one = redisConversationStore(await client(), await client(), { ...options, keyPrefix: 'ceiling:', maximumConversations: 2 });
    const two = redisConversationStore(await client(), await client(), { ...options, keyPrefix: 'ceiling:', maximumConversations: 2 });
    expect(await one.create('c1', 'u')).toBeDefined();
    expect(await two.create('c2', 'u')).toBeDefined();
    expect(await one.create('c3', 'u')).toBeUndefined();
  });
});

describe('Redis limiter factory (rate-limiter-flexible)', () => {
  it('counts one allowance across instances and says when to come back', async () => {
    const one = redisLimiterFactory(await client(), 'test:').create('messages', 6, 3);
    const two = redisLimiterFactory(await client(), 'test:').create('messages', 6, 3);
    expect(await one.consume('conversation-1')).toEqual({ allowed: true });
    expect(await two.consume('conversation-1')).toEqual({ allowed: true });
    expect(await one.consume('conversation-1')).toEqual({ allowed: true });
    const refused = await two.consume('conversation-1');
    expect(refused.allowed).toBe(false);
    // 3 requests per 30 s: the window has nearly all of its 30 s to run.
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(25);
    expect(await two.consume('conversation-2')).toEqual({ allowed: true });
  });

  it('checks an allowance across instances without taking from it', async () => {
    const one = redisLimiterFactory(await client(), 'test:').create('checked', 6, 2);
    const two = redisLimiterFactory(await client(), 'test:').create('checked', 6, 2);
    expect(await two.check('address-1')).toEqual({ allowed: true });
    await one.consume('address-1');
    expect(await two.check('address-1')).toEqual({ allowed: true });
    await one.consume('address-1');
    const blocked = await two.check('address-1');
    expect(blocked.allowed).toBe(false);
    expect(blocked.allowed === false && blocked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await two.check('address-2')).toEqual({ allowed: true });
  });
});
