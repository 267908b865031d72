import 'server-only';

export { SESSION_COOKIE, ensureSession, pageSessionIsAdmin, readSession, sessionIsAdmin } from './session';
export type { SessionData, SessionInfo } from './session';
export { requireAdmin, requestActor, loginAdmin, logoutAdmin, bearerToken } from './admin';
export { adminToken, sessionSecret } from './secrets';
export { clientIp, isHttps } from './client-ip';
export { enforceRateLimit, checkRateLimit, countFailedAdminAuth, refuseIfLoginBudgetSpent, RATE_LIMIT_CLASSES } from './rate-limit';
export type { RateLimitClass, RateLimitDecision } from './rate-limit';
export { rateLimitStore } from './rate-limit-store';
export { csrfRefusal } from './csrf';
export {
  authenticateMcpCaller,
  requireMcpWriteScope,
  mcpProtectedResourceMetadata,
  mcpResourceMetadataUrl,
  MCP_SCOPE_READ,
  MCP_SCOPE_WRITE,
} from './mcp-auth';
export { contentSecurityPolicy, nonceOf, NON_PAGE_CSP, STATIC_SECURITY_HEADERS } from './headers';
export { installPeerAddressHeader } from './peer-address';
export { guardRequest } from './request-guard';
export { refuseMalformedUrl } from './malformed-url';
export { refuseCrossSite } from './cross-site';
export { requireCronSecret } from './cron';
export { issueLoadTestPass, hasLoadTestPass, LOAD_TEST_HEADER } from './load-test-pass';
export type { LoadTestPass } from './load-test-pass';
export { addResponseHeaders, withPendingHeaders } from './response-headers';
