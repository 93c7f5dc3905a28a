import type { DestinationStream } from 'pino';

/** What LinesPerTick hands its lines to: pino's asynchronous destination (sonic-boom). */
export interface LineTarget {
  write(text: string): unknown;
  flush?(callback?: (error?: Error) => void): void;
  flushSync?(): void;
}

/** Destinations holding lines not yet handed over, flushed if the process exits before the next tick. */
const holding = new Set<LinesPerTick>();
let exitHookInstalled = false;

function flushAllAtExit(): void {
  for (const destination of holding) {
    try {
      destination.flushSync();
    } catch {
      // A destination that cannot write now (a file still opening) loses its last lines, as pino's would.
    }
  }
}

/**
 * pino's asynchronous destination measures the text it holds each time a line is added, and while a write is
 * in flight it holds every line since: under load that copied the held text once per line (5 KB a turn at
 * 3,000 turns a second, a seventh of all a turn allocated). The lines logged in one pass of the event loop
 * are handed over together, as one string, so it measures and copies each batch once. Nothing waits: the
 * hand-over runs at the end of the pass, and at exit the lines still here are written at once.
 */
export class LinesPerTick implements DestinationStream {
  private pending: string[] = [];
  private scheduled = false;

  constructor(private readonly target: LineTarget) {}

  write(line: string): boolean {
    this.pending.push(line);
    if (!this.scheduled) {
      this.scheduled = true;
      holding.add(this);
      if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.on('exit', flushAllAtExit);
      }
      setImmediate(this.handOver);
    }
    return true;
  }

  /** pino's `logger.flush(callback)`: hands the lines over, then flushes the target. */
  flush(callback?: (error?: Error) => void): void {
    this.handOver();
    if (this.target.flush) this.target.flush(callback);
    else callback?.();
  }

  flushSync(): void {
    this.handOver();
    this.target.flushSync?.();
  }

  private readonly handOver = (): void => {
    this.scheduled = false;
    holding.delete(this);
    if (this.pending.length === 0) return;
    const text = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.target.write(text);
  };
}
