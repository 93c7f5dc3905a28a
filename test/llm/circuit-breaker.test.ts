import { CircuitBreaker } from '../../src/llm/circuit-breaker';

function breakerWithClock(failureThreshold = 3, coolDownMs = 1000) {
  let now = 0;
  const breaker = new CircuitBreaker({ failureThreshold, coolDownMs, now: () => now });
  return { breaker, advance: (milliseconds: number) => (now += milliseconds) };
}

describe('CircuitBreaker', () => {
  it('opens after the configured number of consecutive failures', () => {
    const { breaker } = breakerWithClock(3);
    for (let call = 0; call < 2; call++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.recordFailure();
    }
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('forgets failures after a success', () => {
    const { breaker } = breakerWithClock(2);
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    expect(breaker.state).toBe('closed');
  });

  it('lets exactly one trial call through after the cool-down', () => {
    const { breaker, advance } = breakerWithClock(1, 1000);
    breaker.recordFailure();
    advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.state).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('closes when the trial call succeeds', () => {
    const { breaker, advance } = breakerWithClock(1, 1000);
    breaker.recordFailure();
    advance(1000);
    breaker.tryAcquire();
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('reopens for another cool-down when the trial call fails', () => {
    const { breaker, advance } = breakerWithClock(3, 1000);
    for (let call = 0; call < 3; call++) breaker.recordFailure();
    advance(1000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    advance(999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.tryAcquire()).toBe(true);
  });
});
