/** A shared store (Redis) could not be reached; routes answer 503 and the client tries again. */
export class StoreUnavailableError extends Error {
  constructor(what: string, cause: unknown) {
    super(`${what}: the shared store is unreachable (${cause instanceof Error ? cause.message : String(cause)}); check LATCH_REDIS_URL and that Redis is running`, { cause });
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(error: unknown): boolean {
  return error instanceof Error && error.name === 'StoreUnavailableError';
}
