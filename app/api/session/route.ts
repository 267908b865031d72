import { apiHandler, otherMethods } from '@/lib/api';
import { enforceRateLimit, ensureSession } from '@/lib/security';

export const dynamic = 'force-dynamic';

/** The browser's session (created on first call): id, start time, admin or not. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { info } = await ensureSession(req);
  return Response.json({ session: info }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
