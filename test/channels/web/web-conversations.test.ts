import { WebConversations } from '../../../src/channels/web/web-conversations';

describe('WebConversations', () => {
  let now = 0;
  const make = (maximumConversations: number) => new WebConversations({ idleSeconds: 60, maximumConversations, maximumActivitiesEach: 10 }, () => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('makes room at the ceiling from the least recently written conversation that is not mid-turn or streaming', () => {
    const conversations = make(2);
    const midTurn = conversations.create('mid-turn', 'u1')!;
    now += 1_000;
    const idleSince = conversations.create('quiet', 'u2')!;
    midTurn.turnsPending++;
    now += 1_000;
    expect(conversations.create('newcomer', 'u3')).toBeDefined();
    expect(conversations.get('mid-turn')).toBe(midTurn);
    expect(conversations.get(idleSince.id)).toBeUndefined();
  });

  it('refuses a new conversation only when every one is mid-turn or streaming', () => {
    const conversations = make(1);
    const streaming = conversations.create('streaming', 'u1')!;
    streaming.listeners.add(() => undefined);
    expect(conversations.create('newcomer', 'u2')).toBeUndefined();
    streaming.listeners.clear();
    expect(conversations.create('newcomer', 'u2')).toBeDefined();
  });

  it('forgets a conversation a minute after its last message; polling does not keep it alive, a message does', () => {
    const conversations = make(10);
    const polled = conversations.create('polled', 'u1')!;
    const written = conversations.create('written', 'u2')!;
    now += 50_000;
    expect(conversations.get('polled')).toBe(polled);
    conversations.touch(written);
    now += 20_000;
    expect(conversations.get('polled')).toBeUndefined();
    expect(conversations.get('written')).toBe(written);
    now += 61_000;
    conversations.sweep();
    expect(conversations.size).toBe(0);
  });
});
