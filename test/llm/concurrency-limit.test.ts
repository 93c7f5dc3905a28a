import { ConcurrencyLimit } from '../../src/llm/concurrency-limit';

describe('ConcurrencyLimit', () => {
  it('refuses a call beyond the cap and accepts one again after a release', () => {
    const limit = new ConcurrencyLimit(2);
    const first = limit.tryAcquire();
    const second = limit.tryAcquire();
    expect(first && second).toBeDefined();
    expect(limit.tryAcquire()).toBeUndefined();
    first?.();
    expect(limit.inFlight).toBe(1);
    expect(limit.tryAcquire()).toBeDefined();
  });

  it('counts a release called twice only once', () => {
    const limit = new ConcurrencyLimit(1);
    const release = limit.tryAcquire();
    release?.();
    release?.();
    expect(limit.inFlight).toBe(0);
    expect(limit.tryAcquire()).toBeDefined();
    expect(limit.tryAcquire()).toBeUndefined();
  });

  it('rejects a cap that is not a positive whole number', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(/at least 1/);
    expect(() => new ConcurrencyLimit(1.5)).toThrow(/whole number/);
  });
});
