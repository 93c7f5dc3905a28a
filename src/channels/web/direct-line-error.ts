import type { Request, Response } from 'express';
import type { Limiter } from './limiter';

/**
 * Errors in Direct Line's own shape, `{ error: { code, message } }`, so the official clients read them; the
 * message says what was wrong and what to do instead.
 */
export function sendDirectLineError(response: Response, status: number, code: string, message: string, retryAfterSeconds?: number): void {
  if (retryAfterSeconds !== undefined) response.set('Retry-After', String(retryAfterSeconds));
  response.status(status).json({ error: { code, message } });
}

/** The caller's address for per-address limits (behind a proxy, as the `trust proxy` setting says). */
export const clientAddress = (request: Request) => request.ip ?? request.socket.remoteAddress ?? 'unknown';

/** Takes one request from `key`'s allowance; over it, answers 429 with Retry-After and says so. */
export async function limited(response: Response, limiter: Limiter, key: string, what: string): Promise<boolean> {
  const decision = await limiter.consume(key);
  if (decision.allowed) return false;
  sendDirectLineError(response, 429, 'too_many_requests', `Too many ${what}; try again in ${decision.retryAfterSeconds} s.`, decision.retryAfterSeconds);
  return true;
}
