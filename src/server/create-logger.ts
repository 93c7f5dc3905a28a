import pino, { type DestinationStream, type Logger } from 'pino';
import type { ServerConfig } from '../config';
import { BatchedLogLines } from './batched-log-lines';

export type { Logger } from 'pino';

/**
 * Where log lines go (standard output, or a file): written asynchronously, so a turn never waits for a
 * write to the terminal or the container's log pipe. Lines are handed to the writer in batches, at most
 * 20 ms after they were logged (batched-log-lines.ts), and lines logged while a write is in flight go out
 * together in the next one; at exit what is still held is written.
 */
export function logDestination(destination: number | string = 1): DestinationStream {
  return new BatchedLogLines(pino.destination({ dest: destination, sync: false }));
}

/**
 * Structured JSON logs. Message text is never a field unless `logMessages` is on; authorization headers
 * are redacted in case a request object is ever logged whole.
 */
export function createLogger(server: Pick<ServerConfig, 'logLevel'>, destination: DestinationStream = logDestination()): Logger {
  const options = {
    level: server.logLevel,
    base: { service: 'latch' },
    redact: ['request.headers.authorization', 'headers.authorization'],
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return pino(options, destination);
}
