// Next 16's middleware, on the Node.js runtime: only what must happen before
// routing. The logic lives in lib/security (request-guard.ts): CSRF refusal for
// state-changing /api calls, security headers and a per-request CSP nonce.
// Rate limits are per endpoint class, so route handlers apply them
// (enforceRateLimit), where the session is at hand.
import type { NextRequest } from 'next/server';
import { guardRequest } from '@/lib/security';

export function proxy(request: NextRequest) {
  return guardRequest(request);
}

export const config = {
  // Everything: pages, API, and static assets (which need nosniff too).
  matcher: '/:path*',
};
