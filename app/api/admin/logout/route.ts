import { apiHandler, otherMethods } from '@/lib/api';
import { enforceRateLimit, logoutAdmin } from '@/lib/security';

export const dynamic = 'force-dynamic';

/** Ends the admin login (audited). */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  await logoutAdmin(req);
  return Response.json({ admin: false });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
