import 'server-only';

export { SESSION_COOKIE, ensureSession, pageSessionIsAdmin, readSession, sessionIsAdmin } from './session';
export type { SessionData, SessionInfo } from './session';
export { requireAdmin, requestActor, loginAdmin, logoutAdmin } from './admin';
export { adminToken, sessionSecret } from './secrets';
export { clientIp, isHttps } from './client-ip';
