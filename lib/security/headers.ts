import { randomBytes } from 'node:crypto';

/**
 * The security headers of every response, pages and API alike, in one place
 * (proxy.ts applies them; next.config.mjs no longer sets any).
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // frame-ancestors 'none' in the CSP says the same to current browsers.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Two years, subdomains included; sent only over https (browsers ignore it on http anyway). */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** 128 random bits, fresh for every request. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * A strict CSP: scripts only with this request's nonce (Next.js adds it to its
 * own scripts when it finds `'nonce-…'` in the request's CSP header), and what
 * they load ('strict-dynamic'); no inline scripts, no framing, no plugins.
 * Development adds what React's dev tooling needs ('unsafe-eval', inline styles).
 */
export function contentSecurityPolicy({ nonce, https, dev }: { nonce: string; https: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // A nonce in style-src makes browsers ignore 'unsafe-inline', so dev gets only the latter.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Only over https: on plain http (a laptop, a LAN address) it would break every asset.
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** The nonce in a CSP header value (what Next.js itself extracts). */
export function nonceOf(csp: string): string | undefined {
  return /'nonce-([^']+)'/.exec(csp)?.[1];
}
