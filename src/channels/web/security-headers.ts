import type { RequestHandler } from 'express';

export interface PagePolicy {
  /** Where the page's script may connect besides its own origin (Azure Direct Line when configured). */
  connectOrigins: string[];
  /** Where images may come from besides the page's origin (an https logo). */
  imageOrigins: string[];
  /** Sites allowed to show the page in an iframe, besides the page's own origin. */
  frameAncestors: string[];
}

/**
 * Only what the page needs, checked in Chromium by the browser test: its own scripts (Web Chat's bundle and
 * latch's starter; no inline script, no eval), inline styles because Web Chat's emotion styling injects
 * <style> elements, blob: images that Web Chat creates, the data: favicon that stops a /favicon.ico request,
 * and connections to this server (or Azure Direct Line).
 */
export function contentSecurityPolicy(policy: PagePolicy): string {
  const list = (values: string[]) => values.map((value) => ` ${value}`).join('');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${list(policy.imageOrigins)}`,
    "font-src 'self'",
    `connect-src 'self'${list(policy.connectOrigins)}`,
    `frame-ancestors 'self'${list(policy.frameAncestors)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function securityHeaders(policy: PagePolicy): RequestHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(policy),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // frame-ancestors supersedes X-Frame-Options; the older header is only safe to send when no other site embeds.
  if (policy.frameAncestors.length === 0) headers['X-Frame-Options'] = 'SAMEORIGIN';
  return (_request, response, next) => {
    response.set(headers);
    next();
  };
}
