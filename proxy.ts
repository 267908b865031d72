// Next 16's middleware, on the Node.js runtime, for pages: a per-request CSP
// nonce (lib/security/request-guard.ts). API routes, /metrics and static files
// do not need a nonce and skip it: running the middleware cost every API call
// about half its throughput. Their headers come from next.config.mjs, CSRF is
// refused in apiHandler, and rate limits per endpoint class in the handlers.
// The one exception: API paths with a `%` in them pass here so that one that
// cannot be decoded gets a 400 JSON before Next.js tries (and answers a bare 500).
import { NextResponse, type NextRequest } from 'next/server';
import { guardRequest, refuseMalformedUrl } from '@/lib/security';

export function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;
  if (pathname.startsWith('/api/')) return refuseMalformedUrl(pathname) ?? NextResponse.next();
  return guardRequest(request);
}

export const config = {
  matcher: ['/((?!api/|metrics$|_next/).*)', '/api/(.*%.*)'],
};
