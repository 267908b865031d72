import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config';
import { isHttps } from './client-ip';
import { contentSecurityPolicy, HSTS, newNonce } from './headers';

/**
 * What proxy.ts does for every page request before rendering: a fresh CSP
 * nonce, which Next.js reads from the request's CSP header and puts on its own
 * scripts, the same CSP on the response, and HSTS over https. The static
 * headers come from next.config.mjs (see headers.ts).
 */
export function guardRequest(request: NextRequest): Response {
  const https = isHttps(request);
  const nonce = newNonce();
  const config = getConfig();
  const browser = config.telemetry.browser;
  const csp = contentSecurityPolicy({ nonce, https, dev: config.env === 'development', connect: browser ? [browser.ingestionOrigin] : [] });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}
