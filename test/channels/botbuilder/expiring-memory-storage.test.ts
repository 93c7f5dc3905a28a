import { ExpiringMemoryStorage } from '../../../src/channels/botbuilder/expiring-memory-storage';

describe('ExpiringMemoryStorage', () => {
  let now = 0;
  let storage: ExpiringMemoryStorage;
  beforeEach(() => {
    now = 1_000_000;
    storage = new ExpiringMemoryStorage(60_000, () => now);
  });
  afterEach(() => storage.dispose());

  it('returns what was written, as a copy with an eTag', async () => {
    const item = { turnCount: 1 };
    await storage.write({ key: item });
    item.turnCount = 99;
    const read = await storage.read(['key', 'missing']);
    expect(read).toEqual({ key: { turnCount: 1, eTag: expect.any(String) } });
  });

  it('forgets an item idle for longer than the expiry', async () => {
    await storage.write({ key: { value: 1 } });
    now += 60_000;
    expect(await storage.read(['key'])).toHaveProperty('key');
    now += 1;
    expect(await storage.read(['key'])).toEqual({});
    expect(storage.size).toBe(0);
  });

  it('a write renews the expiry; the sweep removes only idle items', async () => {
    await storage.write({ old: { value: 1 }, renewed: { value: 1 } });
    now += 50_000;
    await storage.write({ renewed: { value: 2 } });
    now += 20_000;
    expect(storage.sweep()).toBe(1);
    expect(Object.keys(await storage.read(['old', 'renewed']))).toEqual(['renewed']);
  });

  it('lets the last writer win instead of failing on a stale eTag', async () => {
    await storage.write({ key: { value: 1 } });
    const first = await storage.read(['key']);
    await storage.write({ key: { ...first.key, value: 2 } });
    await expect(storage.write({ key: { ...first.key, value: 3 } })).resolves.toBeUndefined();
    expect((await storage.read(['key'])).key.value).toBe(3);
  });

  it('deletes on request', async () => {
    await storage.write({ key: { value: 1 } });
    await storage.delete(['key']);
    expect(await storage.read(['key'])).toEqual({});
  });
});
