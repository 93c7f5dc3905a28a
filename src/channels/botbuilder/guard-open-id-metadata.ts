import { createPublicKey, type KeyObject } from 'node:crypto';
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';

export interface OpenIdMetadataLimits {
  /** The whole fetch (metadata document and key set) gives up after this long. */
  timeoutMs: number;
  /** After a failed fetch, requests are answered 503 for this long before the next fetch is tried. */
  retryAfterSeconds: number;
}

/** The signing keys cannot be had right now: the route answers 503 with Retry-After, never 401. */
export class SigningKeysUnavailableError extends Error {
  override name = 'SigningKeysUnavailableError';
  readonly statusCode = 503;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

interface SigningKey {
  key: KeyObject;
  endorsements?: string[];
}

interface KeySetState {
  keys?: Map<string, SigningKey>;
  fetchedAt: number;
  inFlight?: Promise<void>;
  failedAt?: number;
  failure?: string;
}

const refreshEveryMs = 24 * 60 * 60_000;
// A token naming a key we don't have may mean Microsoft rotated keys; look again, but not on every request.
const unknownKeyRefreshMs = 5 * 60_000;

let limits: OpenIdMetadataLimits = { timeoutMs: 5000, retryAfterSeconds: 10 };
let states = new WeakMap<object, KeySetState>();
let installed = false;

/**
 * botframework-connector's OpenIdMetadata fetches Microsoft's signing keys with no time limit, fetches again
 * on every request while the host is down (answering 401, since a network error carries no status), lets
 * concurrent requests fetch side by side, and hands jsonwebtoken a PEM string that the SDK prints to stderr
 * when a token's key id is wrong. Its `getKey` is replaced here, for every instance the SDK creates: one
 * shared fetch per metadata address with a time limit, a pause after a failure (SigningKeysUnavailableError,
 * so the route answers 503 with Retry-After), the last good keys kept while a refresh fails, and keys as
 * KeyObjects, which print as "[object KeyObject]". Calling it again sets new limits and forgets every key.
 */
export function guardOpenIdMetadata(settings: OpenIdMetadataLimits): void {
  limits = { ...settings };
  states = new WeakMap();
  if (installed) return;
  installed = true;
  OpenIdMetadata.prototype.getKey = async function getKey(this: OpenIdMetadata, keyId: string) {
    const metadataUrl = (this as unknown as { url: string }).url;
    let state = states.get(this);
    if (!state) states.set(this, (state = { fetchedAt: 0 }));
    const age = Date.now() - state.fetchedAt;
    const needsRefresh = !state.keys || age > refreshEveryMs || (!state.keys.has(keyId) && age > unknownKeyRefreshMs);
    if (needsRefresh) {
      try {
        await refresh(state, metadataUrl);
      } catch (error) {
        if (!state.keys) throw error;
      }
    }
    // The SDK's type says a PEM string; jsonwebtoken takes a KeyObject too, and it never prints as a key.
    return (state.keys?.get(keyId) ?? null) as unknown as Awaited<ReturnType<OpenIdMetadata['getKey']>>;
  };
}

function refresh(state: KeySetState, metadataUrl: string): Promise<void> {
  if (state.inFlight) return state.inFlight;
  const retryAfterMs = limits.retryAfterSeconds * 1000;
  if (state.failedAt !== undefined && Date.now() - state.failedAt < retryAfterMs) {
    const remaining = Math.max(1, Math.ceil((retryAfterMs - (Date.now() - state.failedAt)) / 1000));
    return Promise.reject(new SigningKeysUnavailableError(`signing keys unavailable (${state.failure}); next try in ${remaining} s`, remaining));
  }
  state.inFlight = fetchSigningKeys(metadataUrl, limits.timeoutMs)
    .then(
      (keys) => {
        state.keys = keys;
        state.fetchedAt = Date.now();
        state.failedAt = undefined;
      },
      (error: unknown) => {
        state.failedAt = Date.now();
        state.failure = error instanceof Error ? error.message : String(error);
        throw new SigningKeysUnavailableError(`could not fetch signing keys from ${metadataUrl}: ${state.failure}`, Math.max(1, Math.ceil(limits.retryAfterSeconds)));
      },
    )
    .finally(() => {
      state.inFlight = undefined;
    });
  return state.inFlight;
}

async function fetchSigningKeys(metadataUrl: string, timeoutMs: number): Promise<Map<string, SigningKey>> {
  const signal = AbortSignal.timeout(timeoutMs);
  const metadata = await fetchJson(metadataUrl, signal);
  const jwksUri = (metadata as { jwks_uri?: unknown }).jwks_uri;
  if (typeof jwksUri !== 'string') throw new Error(`${metadataUrl} names no jwks_uri`);
  const keySet = await fetchJson(jwksUri, signal);
  const listed = (keySet as { keys?: unknown }).keys;
  if (!Array.isArray(listed)) throw new Error(`${jwksUri} lists no keys`);
  const keys = new Map<string, SigningKey>();
  for (const entry of listed as Array<{ kid?: unknown; kty?: unknown; n?: unknown; e?: unknown; endorsements?: unknown }>) {
    // RSA keys only, as the SDK: the channel signs with RS256.
    if (typeof entry?.kid !== 'string' || typeof entry.n !== 'string' || typeof entry.e !== 'string') continue;
    try {
      const key = createPublicKey({ key: { kty: 'RSA', n: entry.n, e: entry.e }, format: 'jwk' });
      const endorsements = Array.isArray(entry.endorsements) ? entry.endorsements.filter((value): value is string => typeof value === 'string') : undefined;
      keys.set(entry.kid, { key, endorsements });
    } catch {
      // A malformed key is skipped; a token signed with it then fails as an unknown key (401).
    }
  }
  return keys;
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}
