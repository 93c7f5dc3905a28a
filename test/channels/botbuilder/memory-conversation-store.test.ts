import type { StoredConversation } from '../../../src/channels/botbuilder/conversation-store';
import { MemoryConversationStore } from '../../../src/channels/botbuilder/memory-conversation-store';
import { initialConversationState } from '../../../src/engine/turn-types';

const conversation = (turnCount: number): StoredConversation => ({ engineState: { ...initialConversationState(), turnCount }, lastActiveAt: 0 });

describe('MemoryConversationStore', () => {
  let now = 0;
  let store: MemoryConversationStore;
  const make = (maximumConversations = 100) => (store = new MemoryConversationStore({ idleMs: 60_000, maximumConversations, now: () => now }));
  beforeEach(() => {
    now = 1_000_000;
    make();
  });
  afterEach(() => store.dispose());

  it('returns what was written, the object itself (no copy), and nothing for an unknown key', async () => {
    const written = conversation(1);
    await store.write('a', written);
    expect(await store.read('a')).toBe(written);
    expect(await store.read('missing')).toBeUndefined();
  });

  it('forgets a conversation idle for longer than the expiry', async () => {
    await store.write('a', conversation(1));
    now += 60_000;
    expect(await store.read('a')).toBeDefined();
    now += 1;
    expect(await store.read('a')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('a write renews the expiry; the sweep forgets only idle conversations', async () => {
    await store.write('old', conversation(1));
    await store.write('renewed', conversation(1));
    now += 50_000;
    await store.write('renewed', conversation(2));
    now += 20_000;
    expect(store.sweep()).toBe(1);
    expect(await store.read('old')).toBeUndefined();
    expect((await store.read('renewed'))?.engineState.turnCount).toBe(2);
  });

  it('holds at most the maximum, forgetting the least recently written first', async () => {
    make(3);
    for (const key of ['a', 'b', 'c']) {
      await store.write(key, conversation(1));
      now += 1;
    }
    await store.write('a', conversation(2));
    await store.write('d', conversation(1));
    expect(store.size).toBe(3);
    expect(store.evicted).toBe(1);
    expect(await store.read('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd']) expect(await store.read(key)).toBeDefined();
  });

  it('stays at its maximum through many conversations', async () => {
    make(50);
    for (let index = 0; index < 1_000; index++) await store.write(`conversation-${index}`, conversation(1));
    expect(store.size).toBe(50);
    expect(await store.read('conversation-999')).toBeDefined();
    expect(await store.read('conversation-949')).toBeUndefined();
  });

  it('refuses a maximum below one, naming the setting', () => {
    expect(() => new MemoryConversationStore({ idleMs: 1_000, maximumConversations: 0 })).toThrow(/server\.maximum_conversations/);
  });
});
