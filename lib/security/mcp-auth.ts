import { createHash, timingSafeEqual } from 'node:crypto';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import type { OAuthProtectedResourceMetadata } from '@modelcontextprotocol/sdk/shared/auth.js';
import { ApiError } from '@/lib/errors';
import { getConfig } from '@/lib/config';
import { bearerToken } from './admin';
import { isHttps } from './client-ip';
import { countFailedAdminAuth, refuseIfLoginBudgetSpent } from './rate-limit';
import { isAdminToken } from './secrets';

/**
 * /api/mcp as an OAuth 2.1 protected resource, as the MCP authorization spec
 * describes: tools that change the fleet need `Authorization: Bearer` with the
 * `fleet:write` scope (the admin token, or one of MCP_TOKENS); read-only tools
 * stay open. A refusal is a 401 (or 403 for too small a scope) whose
 * `WWW-Authenticate` points at the RFC 9728 metadata, which is how MCP hosts
 * (the Inspector, the SDK client) learn what to send. There is no
 * authorization server: tokens are configured, so the metadata names none.
 */
export const MCP_RESOURCE_PATH = '/api/mcp';
export const MCP_SCOPE_READ = 'fleet:read';
export const MCP_SCOPE_WRITE = 'fleet:write';
const WELL_KNOWN = '/.well-known/oauth-protected-resource';

function origin(req: Request): string {
  const host = req.headers.get('host') ?? new URL(req.url).host;
  return `${isHttps(req) ? 'https' : 'http'}://${host}`;
}

/** The resource identifier (RFC 8707/9728): this server's MCP endpoint. */
export function mcpResourceUrl(req: Request): string {
  return origin(req) + MCP_RESOURCE_PATH;
}

/** Where the metadata is: the well-known path with the resource's path appended (RFC 9728 §3.1). */
export function mcpResourceMetadataUrl(req: Request): string {
  return origin(req) + WELL_KNOWN + MCP_RESOURCE_PATH;
}

export function mcpProtectedResourceMetadata(req: Request): OAuthProtectedResourceMetadata {
  return {
    resource: mcpResourceUrl(req),
    scopes_supported: [MCP_SCOPE_READ, MCP_SCOPE_WRITE],
    bearer_methods_supported: ['header'],
    resource_name: 'AIMon fleet operations (MCP)',
    resource_documentation: `${origin(req)}/#mcp`,
  };
}

function sameToken(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function challenge(req: Request, error?: { code: 'invalid_token' | 'insufficient_scope'; description: string }): string {
  const parts = [`resource_metadata="${mcpResourceMetadataUrl(req)}"`, `scope="${MCP_SCOPE_WRITE}"`];
  if (error) parts.unshift(`error="${error.code}"`, `error_description="${error.description}"`);
  return `Bearer ${parts.join(', ')}`;
}

/**
 * Who is calling /api/mcp: undefined without an Authorization header
 * (anonymous: read-only tools), the token's grant with one, and a 401 for a
 * token that is not valid. Wrong tokens spend the address's `login` budget,
 * like wrong admin tokens anywhere, so the endpoint is no way round it.
 */
export async function authenticateMcpCaller(req: Request): Promise<AuthInfo | undefined> {
  if (!req.headers.has('authorization')) return undefined;
  const token = bearerToken(req);
  if (token !== undefined) {
    await refuseIfLoginBudgetSpent(req);
    if (isAdminToken(token)) return { token, clientId: 'admin', scopes: [MCP_SCOPE_READ, MCP_SCOPE_WRITE], extra: { admin: true } };
    const index = getConfig().mcpTokens.findIndex((t) => sameToken(token, t));
    if (index >= 0) return { token, clientId: `mcp-token-${index + 1}`, scopes: [MCP_SCOPE_READ, MCP_SCOPE_WRITE] };
    await countFailedAdminAuth(req);
  }
  const description = token === undefined ? 'The Authorization header must be "Bearer <token>".' : 'The token is not valid.';
  throw new ApiError('unauthorized', `${description} Send the admin token or one of MCP_TOKENS.`, undefined, {
    headers: { 'WWW-Authenticate': challenge(req, { code: 'invalid_token', description }) },
  });
}

/**
 * Refuses a call of a tool that changes the fleet without the `fleet:write`
 * scope: 401 and the challenge without credentials (RFC 6750 §3.1), 403
 * `insufficient_scope` with too small a grant.
 */
export function requireMcpWriteScope(req: Request, caller: AuthInfo | undefined): void {
  if (caller?.scopes.includes(MCP_SCOPE_WRITE)) return;
  if (!caller) {
    throw new ApiError(
      'unauthorized',
      'This tool changes the fleet: send Authorization: Bearer <token> (the admin token or one of MCP_TOKENS). Read-only tools need none.',
      undefined,
      { headers: { 'WWW-Authenticate': challenge(req) } },
    );
  }
  throw new ApiError('forbidden', `This token lacks the ${MCP_SCOPE_WRITE} scope that tools changing the fleet need.`, undefined, {
    headers: { 'WWW-Authenticate': challenge(req, { code: 'insufficient_scope', description: `needs ${MCP_SCOPE_WRITE}` }) },
  });
}
