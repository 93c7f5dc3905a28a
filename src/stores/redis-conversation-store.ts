import type { Activity } from '../channels/web/activity';
import type Redis from 'ioredis';
import { activityId, ConversationGoneError, type WebConversationStore } from '../channels/web/web-conversation-store';
import { StoreUnavailableError } from '../channels/web/store-unavailable';
import type { ActivityListener } from '../channels/web/web-conversations';

export interface RedisConversationStoreOptions {
  keyPrefix: string;
  /** A conversation with no message from the person for this long is gone, history and all. */
  idleMs: number;
  maximumConversations: number;
  maximumActivitiesEach: number;
}

// Redis's own clock, so instances with slightly different clocks agree on what is idle.
const nowInRedis = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// KEYS: meta, active index. ARGV: id, user id, locale, idle ms, maximum conversations.
const createScript = `${nowInRedis}
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4]))
if redis.call('EXISTS', KEYS[1]) == 1 then return 1 end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) then return 0 end
redis.call('HSET', KEYS[1], 'u', ARGV[2], 'l', ARGV[3], 'n', 0)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZADD', KEYS[2], now, ARGV[1])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return 1`;

// KEYS: meta, activities. ARGV: activity JSON, given id or '', maximum kept, channel.
// The position comes from the conversation's own counter, so two instances adding at once never share one;
// the announcement goes out in the same step, so every subscriber hears of every activity.
const appendScript = `
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return -1 end
local n = redis.call('HINCRBY', KEYS[1], 'n', 1)
redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[3], '0-' .. n, 'i', ARGV[2], 'a', ARGV[1])
redis.call('PEXPIRE', KEYS[2], ttl)
redis.call('PUBLISH', ARGV[4], n .. '\\n' .. ARGV[2] .. '\\n' .. ARGV[1])
return n`;

// KEYS: meta, activities, active index. ARGV: idle ms, id.
const touchScript = `${nowInRedis}
if redis.call('PEXPIRE', KEYS[1], ARGV[1]) == 1 then
  redis.call('PEXPIRE', KEYS[2], ARGV[1])
  redis.call('ZADD', KEYS[3], now, ARGV[2])
  redis.call('PEXPIRE', KEYS[3], ARGV[1])
end
return 1`;

interface ConversationScripts {
  latchConversationCreate(meta: string, active: string, id: string, userId: string, locale: string, idleMs: number, maximum: number): Promise<number>;
  latchConversationAppend(meta: string, activities: string, json: string, givenId: string, maximumKept: number, channel: string): Promise<number>;
  latchConversationTouch(meta: string, activities: string, active: string, idleMs: number, id: string): Promise<number>;
}

/**
 * Direct Line conversations in Redis, so any instance can serve any request of a Web Chat: per conversation
 * a hash (user, locale, activity counter) and a stream of its activities with ids `0-{position + 1}` (so a
 * watermark is a stream id), both expiring after the idle time; an index of active conversations for the
 * ceiling; and a pub/sub channel per conversation announcing each new activity to the instances holding
 * its streams.
 */
export function redisConversationStore(client: Redis, subscriber: Redis, options: RedisConversationStoreOptions): WebConversationStore {
  client.defineCommand('latchConversationCreate', { numberOfKeys: 2, lua: createScript });
  client.defineCommand('latchConversationAppend', { numberOfKeys: 2, lua: appendScript });
  client.defineCommand('latchConversationTouch', { numberOfKeys: 3, lua: touchScript });
  const scripts = client as Redis & ConversationScripts;
  // The braces keep a conversation's keys together should the store ever be a cluster.
  const metaKey = (id: string) => `${options.keyPrefix}dl:{${id}}:meta`;
  const activitiesKey = (id: string) => `${options.keyPrefix}dl:{${id}}:activities`;
  const channelOf = (id: string) => `${options.keyPrefix}dl:{${id}}:new`;
  const activeKey = `${options.keyPrefix}dl:active`;

  const listeners = new Map<string, Set<ActivityListener>>();
  subscriber.on('message', (channel: string, message: string) => {
    const subscribed = listeners.get(channel);
    if (!subscribed) return;
    const [count, givenId, json] = splitAnnouncement(message);
    const conversationId = channel.slice(`${options.keyPrefix}dl:{`.length, -'}:new'.length);
    const activity = withId(JSON.parse(json) as Partial<Activity>, givenId, conversationId, count);
    for (const listener of subscribed) listener(activity, count);
  });

  /** Every Redis failure becomes StoreUnavailableError, which the routes answer with 503. */
  async function guarded<T>(what: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof ConversationGoneError) throw error;
      throw new StoreUnavailableError(what, error);
    }
  }

  return {
    get: (id) =>
      guarded('reading a web conversation', async () => {
        const [userId, locale] = await client.hmget(metaKey(id), 'u', 'l');
        return userId === null ? undefined : { id, userId, locale: locale || undefined };
      }),
    create: (id, userId, locale) =>
      guarded('starting a web conversation', async () => {
        const created = await scripts.latchConversationCreate(metaKey(id), activeKey, id, userId, locale ?? '', options.idleMs, options.maximumConversations);
        return created === 1 ? { id, userId, locale } : undefined;
      }),
    append: (id, activity) =>
      guarded('adding an activity', async () => {
        const { id: givenId, ...rest } = activity;
        const count = await scripts.latchConversationAppend(metaKey(id), activitiesKey(id), JSON.stringify(rest), givenId ?? '', options.maximumActivitiesEach, channelOf(id));
        if (count < 0) throw new ConversationGoneError(id);
        return { id: givenId ?? activityId(id, count - 1), watermark: count };
      }),
    since: (id, watermark) =>
      guarded('reading activities', async () => {
        const results = await client
          .multi()
          .hget(metaKey(id), 'n')
          .xrange(activitiesKey(id), `0-${watermark + 1}`, '+')
          .exec();
        const [[countError, count], [rangeError, entries]] = results as [[Error | null, string | null], [Error | null, [string, string[]][]]];
        if (countError ?? rangeError) throw countError ?? rangeError;
        if (count === null) throw new ConversationGoneError(id);
        const activities = entries.map(([streamId, fields]) => {
          const field = (name: string) => fields[fields.indexOf(name) + 1] ?? '';
          return withId(JSON.parse(field('a')) as Partial<Activity>, field('i'), id, Number(streamId.split('-')[1]));
        });
        return { activities, watermark: Number(count) };
      }),
    touch: (id) =>
      guarded('keeping a web conversation', async () => {
        await scripts.latchConversationTouch(metaKey(id), activitiesKey(id), activeKey, options.idleMs, id);
      }),
    // Redis never evicts an open conversation (it refuses new ones at the ceiling), so nothing to hold.
    holdForTurn: () => () => undefined,
    subscribe: (id, listener) =>
      guarded('following a web conversation', async () => {
        const channel = channelOf(id);
        let subscribed = listeners.get(channel);
        if (!subscribed) {
          subscribed = new Set();
          listeners.set(channel, subscribed);
          try {
            await subscriber.subscribe(channel);
          } catch (error) {
            listeners.delete(channel);
            throw error;
          }
        }
        subscribed.add(listener);
        return () => {
          const current = listeners.get(channel);
          if (!current) return;
          current.delete(listener);
          if (current.size === 0) {
            listeners.delete(channel);
            subscriber.unsubscribe(channel).catch(() => undefined);
          }
        };
      }),
    // Redis forgets idle conversations itself (key expiry).
    sweep: () => undefined,
  };
}

/** "count\ngiven id\njson": JSON never holds a raw newline, and ids latch gives have none. */
function splitAnnouncement(message: string): [number, string, string] {
  const first = message.indexOf('\n');
  const second = message.indexOf('\n', first + 1);
  return [Number(message.slice(0, first)), message.slice(first + 1, second), message.slice(second + 1)];
}

/** The activity with its id: the one it was given (an update), or the one its position makes. */
function withId(activity: Partial<Activity>, givenId: string, conversationId: string, count: number): Partial<Activity> {
  return { ...activity, id: givenId || activityId(conversationId, count - 1) };
}
