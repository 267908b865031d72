import { apiHandler, otherMethods } from '@/lib/api';
import { enforceRateLimit, mcpProtectedResourceMetadata } from '@/lib/security';

export const dynamic = 'force-dynamic';

/**
 * RFC 9728 protected-resource metadata of the MCP endpoint, at
 * /.well-known/oauth-protected-resource/api/mcp (the path the 401's
 * WWW-Authenticate names) and at the bare well-known path for hosts that look
 * there. Readable from any origin: browser-based MCP hosts fetch it.
 */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  return Response.json(mcpProtectedResourceMetadata(req), {
    headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
