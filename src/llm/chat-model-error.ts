/** What went wrong, coarsely enough for a fallback reason and a metric label. */
export type ChatModelFailure = 'http' | 'timeout' | 'network' | 'malformed' | 'empty' | 'content_filter' | 'aborted';

const retryableStatuses = new Set([408, 409, 429]);

export function isRetryableStatus(status: number): boolean {
  return retryableStatuses.has(status) || status >= 500;
}

/** Every failure of a model call, HTTP or not, carries what an operator needs to see why. */
export class ChatModelError extends Error {
  readonly failure: ChatModelFailure;
  readonly status: number | undefined;
  /** The response body as received (truncated), for logs; never shown to the person chatting. */
  readonly body: string | undefined;
  readonly isRetryable: boolean;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(options: { failure: ChatModelFailure; message: string; status?: number; body?: string; isRetryable?: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ChatModelError';
    this.failure = options.failure;
    this.status = options.status;
    this.body = options.body;
    this.isRetryable = options.isRetryable ?? (options.status !== undefined && isRetryableStatus(options.status));
    this.retryAfterMs = options.retryAfterMs;
  }
}
