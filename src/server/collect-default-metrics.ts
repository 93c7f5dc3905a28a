import { AsyncResource } from 'node:async_hooks';
import perfHooks = require('node:perf_hooks');
import { collectDefaultMetrics as collectPromClientDefaults, type Registry } from 'prom-client';

/**
 * The async context this module was loaded in. The histogram's native handle stays alive after it is
 * disabled (Node has no way to close it), holding the async-local stores of the context it was made in: a
 * request's, or a test's (and with it that test file's module registry). Made in this context instead, it
 * holds only what was current when the server code was loaded.
 */
const loadContext = new AsyncResource('latch.default-metrics');

/**
 * prom-client's default metrics (process CPU, memory, handles, event-loop lag, GC durations…) on `registry`,
 * and a stop for the two that keep running once made: a PerformanceObserver of GC entries and an
 * event-loop delay histogram sampling every few milliseconds. prom-client hands neither back and never
 * stops them, so each server that was closed kept both running, and both kept what they were made with:
 * the observer's callback and, through the async context they were created in, everything the creator
 * could reach (a test file's whole module registry, some 30 MB each). They are caught here as
 * prom-client makes them, in one synchronous call, and the methods they were caught through put back.
 */
export function collectDefaultMetrics(registry: Registry): () => void {
  const observers: perfHooks.PerformanceObserver[] = [];
  const histograms: perfHooks.IntervalHistogram[] = [];
  const observe = perfHooks.PerformanceObserver.prototype.observe;
  const monitorEventLoopDelay = perfHooks.monitorEventLoopDelay;
  perfHooks.PerformanceObserver.prototype.observe = function observeAndKeep(this: perfHooks.PerformanceObserver, ...options: Parameters<typeof observe>) {
    observers.push(this);
    return observe.apply(this, options);
  };
  perfHooks.monitorEventLoopDelay = (options) => {
    const histogram = monitorEventLoopDelay(options);
    histograms.push(histogram);
    return histogram;
  };
  try {
    loadContext.runInAsyncScope(() => collectPromClientDefaults({ register: registry }));
  } finally {
    perfHooks.PerformanceObserver.prototype.observe = observe;
    perfHooks.monitorEventLoopDelay = monitorEventLoopDelay;
  }
  return () => {
    for (const observer of observers.splice(0)) observer.disconnect();
    for (const histogram of histograms.splice(0)) histogram.disable();
  };
}
