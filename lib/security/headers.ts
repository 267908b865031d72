import { randomBytes } from 'node:crypto';
import staticHeaders from './static-headers.json';

/*
 * Where the headers come from (one source of truth, static-headers.json):
 * - every response (pages, API, /metrics, static files) gets the static ones
 *   from next.config.mjs `headers()`, which Next.js applies while routing, at
 *   no per-request cost; API, /metrics and static files also get a CSP that
 *   allows nothing (they are not documents) and HSTS behind an https proxy;
 * - pages also pass through proxy.ts, which adds the per-request CSP nonce
 *   Next.js puts on its scripts, and HSTS when the request came over https.
 * proxy.ts does not run for /api: running Next's middleware for every API call
 * halved the throughput of the cheapest routes (docs/benchmarks.md). CSRF is
 * refused in apiHandler instead (cross-site.ts).
 */

/** nosniff, Referrer-Policy, X-Frame-Options (frame-ancestors 'none' says the same to current browsers), Permissions-Policy, COOP. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = staticHeaders.all;

/** The CSP of everything that is not a page: nothing may load, nothing may frame it. */
export const NON_PAGE_CSP: string = staticHeaders.nonPageContentSecurityPolicy;

/** Two years, subdomains included; sent only over https (browsers ignore it on http anyway). */
export const HSTS: string = staticHeaders.hsts;

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
export function contentSecurityPolicy({ nonce, https, dev, connect = [] }: { nonce: string; https: boolean; dev: boolean; connect?: string[] }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // A nonce in style-src makes browsers ignore 'unsafe-inline', so dev gets only the latter.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    // Plus where the browser sends telemetry itself (Application Insights' ingestion endpoint, when configured).
    `connect-src 'self'${connect.map((origin) => ` ${origin}`).join('')}`,
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
