import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  /** The one conversation this token opens. */
  conversationId: string;
  /** The user this token speaks for; Web Chat reads it from the token's `user` claim, as with Azure's tokens. */
  userId: string;
  /** Seconds since 1970, like a JWT's `exp`. */
  expiresAt: number;
}

export type TokenCheck = { valid: true; claims: TokenClaims } | { valid: false; reason: 'invalid' | 'expired' };

export interface DirectLineTokens {
  issue(conversationId: string, userId: string): { token: string; expiresIn: number };
  check(token: string): TokenCheck;
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Conversation tokens as HS256 JWTs signed with node:crypto. The JWT shape matters: Web Chat decodes the
 * token to find the user id, exactly as it does with Azure Direct Line's. Nothing is stored per token, so
 * handing them out costs no memory.
 */
export function createDirectLineTokens(options: { key?: string; lifetimeSeconds: number; now?: () => number }): DirectLineTokens {
  const key = options.key ? Buffer.from(options.key) : randomBytes(32);
  const now = options.now ?? Date.now;
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  const sign = (content: string) => createHmac('sha256', key).update(content).digest();

  function issue(conversationId: string, userId: string): { token: string; expiresIn: number } {
    const issuedAt = Math.floor(now() / 1000);
    const payload = encode({ conv: conversationId, user: userId, iat: issuedAt, exp: issuedAt + options.lifetimeSeconds });
    const content = `${header}.${payload}`;
    return { token: `${content}.${sign(content).toString('base64url')}`, expiresIn: options.lifetimeSeconds };
  }

  function check(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== header) return { valid: false, reason: 'invalid' };
    const expected = sign(`${parts[0]}.${parts[1]}`);
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'invalid' };
    let payload: { conv?: unknown; user?: unknown; exp?: unknown };
    try {
      payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return { valid: false, reason: 'invalid' };
    }
    if (typeof payload.conv !== 'string' || typeof payload.user !== 'string' || typeof payload.exp !== 'number') return { valid: false, reason: 'invalid' };
    if (payload.exp * 1000 <= now()) return { valid: false, reason: 'expired' };
    return { valid: true, claims: { conversationId: payload.conv, userId: payload.user, expiresAt: payload.exp } };
  }

  return { issue, check };
}
