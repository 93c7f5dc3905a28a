import pino, { type DestinationStream, type Logger } from 'pino';
import type { ServerConfig } from '../config';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. Message text is never a field unless `logMessages` is on; authorization headers
 * are redacted in case a request object is ever logged whole.
 */
export function createLogger(server: Pick<ServerConfig, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    level: server.logLevel,
    base: { service: 'latch' },
    redact: ['request.headers.authorization', 'headers.authorization'],
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
