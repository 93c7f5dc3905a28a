/**
 * A cap on model calls in flight. When it is reached the turn gets the curated answer at once instead of
 * queueing, so a slow model server can't pile up requests and memory.
 */
export class ConcurrencyLimit {
  private active = 0;

  constructor(readonly maximum: number) {
    if (!Number.isInteger(maximum) || maximum < 1) throw new Error(`a concurrency limit must be a whole number of at least 1, not ${maximum}`);
  }

  get inFlight(): number {
    return this.active;
  }

  /** A release function when a slot was free, undefined when the cap is reached. Releasing twice is harmless. */
  tryAcquire(): (() => void) | undefined {
    if (this.active >= this.maximum) return undefined;
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
    };
  }
}
