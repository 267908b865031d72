import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { listAuditPage } from '@/lib/audit';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { auditQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** The audit trail, newest first, a page at a time: `next` is the cursor of the older page (admin only). */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  await requireAdmin(req, { action: 'audit.read', resourceType: 'audit_log' });
  const query = parseQuery(req, auditQuerySchema);
  return Response.json(await listAuditPage(query));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
