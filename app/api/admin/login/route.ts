import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { enforceRateLimit, ensureSession, loginAdmin } from '@/lib/security';
import { loginSchema } from './schema';

export const dynamic = 'force-dynamic';

/** Exchanges the admin token for an admin session (HttpOnly cookie); 401 for a wrong token; audited either way. */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'login'); // before anything else: refused attempts cost nothing
  const { token } = await parseBody(req, loginSchema, 2048);
  await ensureSession(req);
  await loginAdmin(req, token);
  return Response.json({ admin: true });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
