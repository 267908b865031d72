import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { listAudit } from '@/lib/audit';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { auditQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** The audit trail, newest first (admin only). */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  await requireAdmin(req, { action: 'audit.read', resourceType: 'audit_log' });
  const query = parseQuery(req, auditQuerySchema);
  return Response.json({ entries: await listAudit(query) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
