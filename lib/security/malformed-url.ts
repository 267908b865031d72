import { NON_PAGE_CSP, STATIC_SECURITY_HEADERS } from './headers';

/**
 * The index of the first path segment that is not a valid percent-encoding of
 * UTF-8 (`%FF`, a cut-off `%E0%A4%A`, an encoded surrogate `%ED%A0%80`), or -1.
 * Next.js answers such a path with a plain-text 500 (without our headers) when
 * it decodes the route's parameters, which would count as a server error.
 */
export function malformedSegment(pathname: string): number {
  const segments = pathname.split('/');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return i;
    }
  }
  return -1;
}

/**
 * A 400 in the API's error shape, with every security header, for an API path
 * that cannot be decoded; undefined for any other request. proxy.ts calls it
 * for the API paths that contain a `%` (its matcher), before Next.js decodes them.
 */
export function refuseMalformedUrl(pathname: string): Response | undefined {
  if (!pathname.startsWith('/api/')) return undefined;
  const index = malformedSegment(pathname);
  if (index < 0) return undefined;
  return Response.json(
    {
      error: {
        code: 'bad_request',
        message: `The URL path is not valid: segment ${index} has a malformed percent-encoding (it must encode UTF-8).`,
      },
    },
    { status: 400, headers: { ...STATIC_SECURITY_HEADERS, 'Content-Security-Policy': NON_PAGE_CSP, 'Cache-Control': 'no-store' } },
  );
}
