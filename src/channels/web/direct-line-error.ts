import type { Response } from 'express';

/**
 * Errors in Direct Line's own shape, `{ error: { code, message } }`, so the official clients read them; the
 * message says what was wrong and what to do instead.
 */
export function sendDirectLineError(response: Response, status: number, code: string, message: string, retryAfterSeconds?: number): void {
  if (retryAfterSeconds !== undefined) response.set('Retry-After', String(retryAfterSeconds));
  response.status(status).json({ error: { code, message } });
}
