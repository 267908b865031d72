// Next 16's middleware, on the Node.js runtime, for pages only: a per-request
// CSP nonce (lib/security/request-guard.ts). API routes, /metrics and static
// files do not need a nonce and skip it: running the middleware cost every API
// call about half its throughput. Their headers come from next.config.mjs, CSRF
// is refused in apiHandler, and rate limits per endpoint class in the handlers.
import type { NextRequest } from 'next/server';
import { guardRequest } from '@/lib/security';

export function proxy(request: NextRequest) {
  return guardRequest(request);
}

export const config = {
  matcher: '/((?!api/|metrics$|_next/).*)',
};
