import type { DestinationStream } from 'pino';

/** What BatchedLogLines hands its lines to: pino's asynchronous destination (sonic-boom). */
export interface LineTarget {
  write(text: string): unknown;
  flush?(callback?: (error?: Error) => void): void;
  flushSync?(): void;
}

export interface BatchedLogLinesOptions {
  /** Lines are handed over at most this long after they were logged. */
  batchMs?: number;
  /** ...or at once when this many characters wait. */
  maximumWaiting?: number;
}

/** Destinations holding lines not yet handed over, flushed if the process exits before their timer. */
const holding = new Set<BatchedLogLines>();
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
 * in flight it holds every line since: under load that copied the held text once per line (5 kB a turn at
 * 3,000 turns a second, a seventh of all a turn allocated), and each write is a string copied and a task for
 * libuv's thread pool, which shares the machine's cores with the turns. Lines are handed over together
 * instead, one string every `batchMs` (20 ms: a log line is still out at once to a person reading it), so a
 * busy server makes one write for some fifty turns. Nothing waits on it, and at exit what is held is written.
 */
export class BatchedLogLines implements DestinationStream {
  private pending: string[] = [];
  private waiting = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly batchMs: number;
  private readonly maximumWaiting: number;

  constructor(
    private readonly target: LineTarget,
    options: BatchedLogLinesOptions = {},
  ) {
    this.batchMs = options.batchMs ?? 20;
    this.maximumWaiting = options.maximumWaiting ?? 64 * 1024;
  }

  write(line: string): boolean {
    this.pending.push(line);
    this.waiting += line.length;
    if (this.waiting >= this.maximumWaiting) this.handOver();
    else if (this.timer === undefined) {
      holding.add(this);
      if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.on('exit', flushAllAtExit);
      }
      // Unreferenced: held lines never keep the process alive (the exit hook writes them).
      this.timer = setTimeout(this.handOver, this.batchMs);
      this.timer.unref();
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
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    holding.delete(this);
    if (this.pending.length === 0) return;
    const text = this.pending.length === 1 ? this.pending[0] : this.pending.join('');
    this.pending = [];
    this.waiting = 0;
    this.target.write(text);
  };
}
