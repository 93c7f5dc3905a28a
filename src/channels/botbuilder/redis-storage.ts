import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type Redis from 'ioredis';

/** Another instance saved the same item since it was read: the turn is run again on the newer state. */
export class StorageConflictError extends Error {
  constructor(key: string) {
    // The wording botbuilder's own MemoryStorage uses, so code that recognises one recognises both.
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'StorageConflictError';
  }
}

/**
 * The eTag of an item read as absent: writing with it succeeds only if the item is still absent, so two
 * instances starting the same conversation at once do not overwrite each other either. Only stores that
 * offer it as `createOnlyETag` understand it (see StorageConversationStore).
 */
const absentETag = 'latch:absent';

// A write with an eTag succeeds only while the stored eTag is the same (or the item has gone); "*" or no
// eTag writes whatever is there, as botbuilder's Storage contract says. Every write restarts the idle clock.
const conditionalWrite = `
local current = redis.call('HGET', KEYS[1], 'e')
if ARGV[1] == '${absentETag}' and current then return 0 end
if ARGV[1] ~= '' and ARGV[1] ~= '*' and ARGV[1] ~= '${absentETag}' and current and current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'e', ARGV[2], 'v', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

interface ConditionalWriter {
  latchStateWrite(key: string, expectedETag: string, newETag: string, json: string, ttlMs: number): Promise<number>;
}

/**
 * botbuilder's Storage in Redis: each item a hash of its JSON and its eTag, forgotten `idleMs` after its last
 * write (conversation state is health data). Writes carrying the eTag they read are optimistic: if another
 * instance saved in between, the write fails with StorageConflictError and nothing is overwritten.
 */
export class RedisStorage implements Storage {
  /** Understands `absentETag` ("write only if still absent"). */
  readonly createOnlyETag = absentETag;
  private readonly client: Redis & ConditionalWriter;

  constructor(
    client: Redis,
    private readonly options: { keyPrefix: string; idleMs: number },
  ) {
    client.defineCommand('latchStateWrite', { numberOfKeys: 1, lua: conditionalWrite });
    this.client = client as Redis & ConditionalWriter;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const pipeline = this.client.pipeline();
    for (const key of keys) pipeline.hmget(this.storageKey(key), 'e', 'v');
    const results = (await pipeline.exec()) ?? [];
    const items: StoreItems = {};
    keys.forEach((key, index) => {
      const [error, value] = results[index] ?? [];
      if (error) throw error;
      const [eTag, json] = value as [string | null, string | null];
      if (json !== null) items[key] = { ...(JSON.parse(json) as object), eTag: eTag ?? undefined };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string };
        const newETag = randomUUID();
        const written = await this.client.latchStateWrite(this.storageKey(key), eTag ?? '', newETag, JSON.stringify(value), this.options.idleMs);
        if (written !== 1) throw new StorageConflictError(key);
        // The caller's object now carries what is stored, so a second save in the same turn is not a conflict with itself.
        if (item && typeof item === 'object') (item as { eTag?: string }).eTag = newETag;
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.client.del(...keys.map((key) => this.storageKey(key)));
  }

  private storageKey(key: string): string {
    return `${this.options.keyPrefix}state:${key}`;
  }
}
