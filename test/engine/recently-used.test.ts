import { RecentlyUsed } from '../../src/engine/recently-used';

describe('RecentlyUsed', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('holds at most its capacity, forgetting the least recently used first and counting it', () => {
    const map = new RecentlyUsed<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
    expect(map.size).toBe(2);
    expect(map.evicted).toBe(1);
  });

  it('forgets an entry idle for longer than idleMs; get renews it, peek does not', () => {
    const map = new RecentlyUsed<string>(10, { idleMs: 1_000, now: clock });
    map.set('renewed', 'r');
    map.set('peeked', 'p');
    now += 900;
    expect(map.get('renewed')).toBe('r');
    expect(map.peek('peeked')).toBe('p');
    now += 200;
    expect(map.peek('peeked')).toBeUndefined();
    expect(map.peek('renewed')).toBe('r');
    expect(map.size).toBe(1);
  });

  it('sweeps every idle entry and only those, oldest use first', () => {
    const map = new RecentlyUsed<number>(10, { idleMs: 1_000, now: clock });
    map.set('a', 1);
    map.set('b', 2);
    now += 600;
    map.set('c', 3);
    map.get('a');
    now += 600;
    expect(map.sweep()).toBe(1);
    expect(map.peek('b')).toBeUndefined();
    expect(map.peek('a')).toBe(1);
    expect(map.peek('c')).toBe(3);
    expect(map.evicted).toBe(0);
  });

  it('never evicts a pinned entry to make room, and says when there is no room at all', () => {
    const busy = new Set<string>();
    const map = new RecentlyUsed<string>(2, { idleMs: 60_000, now: clock, isPinned: (value) => busy.has(value) });
    map.set('oldest', 'oldest');
    map.set('newer', 'newer');
    busy.add('oldest');
    expect(map.makeRoom()).toBe(true);
    expect(map.peek('oldest')).toBe('oldest');
    expect(map.peek('newer')).toBeUndefined();
    map.set('newest', 'newest');
    busy.add('newest');
    expect(map.makeRoom()).toBe(false);
    expect(map.size).toBe(2);
  });

  it('makes room by forgetting idle entries before evicting a fresh one', () => {
    const map = new RecentlyUsed<number>(2, { idleMs: 1_000, now: clock });
    map.set('idle', 1);
    now += 500;
    map.set('fresh', 2);
    now += 600;
    expect(map.makeRoom()).toBe(true);
    expect(map.peek('fresh')).toBe(2);
    expect(map.evicted).toBe(0);
  });

  it('refuses a capacity below one', () => {
    expect(() => new RecentlyUsed(0)).toThrow(/capacity must be 1 or more/);
  });
});
