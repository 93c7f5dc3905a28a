import { RateLimiter } from '../../../src/channels/web/rate-limiter';

describe('RateLimiter', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows a burst, then refuses with the seconds until one more request is allowed, refilling continuously', () => {
    const limiter = new RateLimiter(60, 3, clock);
    for (let index = 0; index < 3; index++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('check says whether an allowance is used up without taking from it', () => {
    const limiter = new RateLimiter(6, 2, clock);
    expect(limiter.check('a').allowed).toBe(true);
    limiter.take('a');
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(true);
    limiter.take('a');
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(limiter.check('a').allowed).toBe(true);
  });

  it('forgets buckets once refilled, and holds at most maximumKeys, so memory follows busy clients', () => {
    const limiter = new RateLimiter(60, 2, clock, 3);
    for (const key of ['a', 'b', 'c', 'd']) limiter.take(key);
    // 'a' was the least recently seen: forgotten, so its allowance is full again.
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    now += 2_001;
    limiter.sweep();
    expect((limiter as unknown as { buckets: { size: number } }).buckets.size).toBe(0);
  });
});
