import { NextResponse, type NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/errors';
import { recordAudit } from '@/lib/audit';
import { getConfig } from '@/lib/config';
import { clientIp, isHttps } from './client-ip';
import { csrfRefusal } from './csrf';
import { contentSecurityPolicy, HSTS, newNonce, STATIC_SECURITY_HEADERS } from './headers';
import { sessionIdOf } from './session';

function applyHeaders(headers: Headers, csp: string, https: boolean): void {
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) headers.set(name, value);
  headers.set('Content-Security-Policy', csp);
  if (https) headers.set('Strict-Transport-Security', HSTS);
}

/**
 * What proxy.ts does for every request before routing: refuse cross-site
 * state-changing API calls (403, audited), and give every response the
 * security headers with a CSP whose nonce Next.js puts on its own scripts.
 */
export async function guardRequest(request: NextRequest): Promise<Response> {
  const https = isHttps(request);
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, https, dev: getConfig().env === 'development' });
  const { pathname } = request.nextUrl;

  const refusal = pathname.startsWith('/api/') ? csrfRefusal(request) : undefined;
  if (refusal) {
    await recordAudit({
      // The victim's session, when a forged request rode on its cookie.
      actor: { sessionId: await sessionIdOf(request), isAdmin: false, ip: clientIp(request) },
      action: 'csrf.refuse',
      resourceType: 'api',
      resourceId: `${request.method} ${pathname}`.slice(0, 200),
      outcome: 'denied',
      error: refusal,
    });
    const response = errorResponse('forbidden', 'Cross-site request refused: call this API from the AIMon site itself, or without a browser.');
    applyHeaders(response.headers, csp, https);
    return response;
  }

  // Next.js reads the nonce from the *request's* CSP header while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  applyHeaders(response.headers, csp, https);
  return response;
}
