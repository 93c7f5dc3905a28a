import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { ServerMetrics } from '../../src/server/server-metrics';

afterEach(() => jest.restoreAllMocks());

describe('ServerMetrics', () => {
  it('exports the default process metrics beside its own, GC durations and event-loop lag among them', async () => {
    const metrics = new ServerMetrics();
    try {
      const exported = await metrics.registry.metrics();
      expect(exported).toMatch(/^# TYPE nodejs_gc_duration_seconds histogram$/m);
      expect(exported).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
      expect(exported).toMatch(/^process_cpu_seconds_total /m);
      expect(exported).toMatch(/^# TYPE latch_turns_total counter$/m);
    } finally {
      metrics.close();
    }
  });

  it('puts back what it caught the GC observer and event-loop histogram through', () => {
    // The module object itself, which prom-client reads monitorEventLoopDelay from (an import * is a copy).
    const perfHooks = jest.requireActual<typeof import('node:perf_hooks')>('node:perf_hooks');
    const observe = PerformanceObserver.prototype.observe;
    const monitor = perfHooks.monitorEventLoopDelay;
    const metrics = new ServerMetrics();
    metrics.close();
    expect(PerformanceObserver.prototype.observe).toBe(observe);
    expect(perfHooks.monitorEventLoopDelay).toBe(monitor);
  });

  it('stops the GC observer and the event-loop sampling when closed, and only then', () => {
    const disconnect = jest.spyOn(PerformanceObserver.prototype, 'disconnect');
    const sampler = monitorEventLoopDelay();
    const disable = jest.spyOn(Object.getPrototypeOf(sampler) as { disable(): boolean }, 'disable');
    const metrics = new ServerMetrics();
    expect(disconnect).not.toHaveBeenCalled();
    expect(disable).not.toHaveBeenCalled();
    metrics.close();
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(disable).toHaveBeenCalledTimes(1);
    // A second close (a server closed twice) stops nothing more.
    metrics.close();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });
});
