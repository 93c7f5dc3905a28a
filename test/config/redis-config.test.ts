import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { connectRedisStores } from '../../src/stores/shared-stores';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-redis-config-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('redis configuration', () => {
  it('keeps everything in memory unless a Redis address is given', () => {
    expect(loadConfig({}).redis).toBeUndefined();
  });

  it('reads LATCH_REDIS_URL, over redis.url in latch.config.yaml, with the key prefix from the file', () => {
    const path = join(folder, 'latch.config.yaml');
    writeFileSync(path, 'version: 1\nredis:\n  url: redis://file-host:6379\n  key_prefix: "clinic-a:"\n');
    expect(loadConfig({ LATCH_CONFIG: path }).redis).toEqual({ url: 'redis://file-host:6379', keyPrefix: 'clinic-a:' });
    expect(loadConfig({ LATCH_CONFIG: path, LATCH_REDIS_URL: 'rediss://:key@cache.example:6380' }).redis).toEqual({ url: 'rediss://:key@cache.example:6380', keyPrefix: 'clinic-a:' });
    expect(loadConfig({ LATCH_REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: 'latch:' });
  });

  it('refuses an address that is not redis:// or rediss://, saying what would do', () => {
    expect(() => loadConfig({ LATCH_REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/must start with redis:\/\/ or rediss:\/\//);
    expect(() => loadConfig({ LATCH_REDIS_URL: 'not an address' })).toThrow(/expected e\.g\. redis:\/\/127\.0\.0\.1:6379/);
  });

  it('names where a wrong address came from: the variable (without its value), or the file and line', () => {
    expect(() => loadConfig({ LATCH_REDIS_URL: 'http://:secret@127.0.0.1:6379' })).toThrow(/^The configuration has 1 problem:\n  LATCH_REDIS_URL must start with redis:\/\/ or rediss:\/\/, not http:\/\/$/);
    const path = join(folder, 'wrong-redis.yaml');
    writeFileSync(path, 'version: 1\nredis:\n  key_prefix: "clinic-a:"\n  url: http://file-host:6379\n');
    expect(() => loadConfig({ LATCH_CONFIG: path })).toThrow(`${path}:4 redis.url: must start with redis:// or rediss://, not http://`);
  });

  it('stops start-up when Redis cannot be reached, naming the address without its password', async () => {
    // A port that was free a moment ago: nothing answers there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address() as { port: number };
        probe.close(() => resolve(address.port));
      });
    });
    const url = `redis://:secret-key@127.0.0.1:${port}`;
    const config = loadConfig({});
    const attempt = connectRedisStores({ settings: { url, keyPrefix: 'latch:' }, config, connectTimeoutMs: 500, maximumBackoffMs: 100 });
    await expect(attempt).rejects.toThrow(`cannot reach Redis at redis://:***@127.0.0.1:${port} within 0.5 s: check LATCH_REDIS_URL`);
    await expect(attempt).rejects.not.toThrow(/secret-key/);
  });
});
