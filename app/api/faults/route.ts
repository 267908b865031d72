import { apiHandler, otherMethods, parseBody, parseQuery } from '@/lib/api';
import { clearFaults, injectFault } from '@/lib/fleet';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { clearFaultsQuerySchema, injectFaultSchema } from './schema';

export const dynamic = 'force-dynamic';

// Admin routes check the admin before the body: an anonymous caller learns
// nothing of the body's shape (a 401, not a 400 listing the fields).

/** Injects a fault into a simulated service (admin). */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'fault.inject', resourceType: 'service' });
  const input = await parseBody(req, injectFaultSchema);
  return Response.json({ fault: await injectFault(input, actor) }, { status: 201 });
});

/** Ends every active fault, or those of `?service=` (admin). */
export const DELETE = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'fault.clear', resourceType: 'service' });
  const { service } = parseQuery(req, clearFaultsQuerySchema);
  return Response.json(await clearFaults(service, actor));
});

export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
