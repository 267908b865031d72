import { apiHandler, otherMethods, parseBody, parseQuery } from '@/lib/api';
import { recordAudit } from '@/lib/audit';
import { FleetError, getFleet } from '@/lib/fleet';
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
  try {
    const fault = await getFleet().injectFault(input);
    await recordAudit({ actor, action: 'fault.inject', resourceType: 'service', resourceId: input.service, outcome: 'success', details: { ...input, faultId: fault.id } });
    return Response.json({ fault }, { status: 201 });
  } catch (error) {
    if (error instanceof FleetError) {
      await recordAudit({ actor, action: 'fault.inject', resourceType: 'service', resourceId: input.service, outcome: 'failure', error: error.message, details: input });
    }
    throw error;
  }
});

/** Ends every active fault, or those of `?service=` (admin). */
export const DELETE = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'fault.clear', resourceType: 'service' });
  const { service } = parseQuery(req, clearFaultsQuerySchema);
  const result = await getFleet().clearFaults(service);
  await recordAudit({ actor, action: 'fault.clear', resourceType: 'service', resourceId: service, outcome: 'success', details: result });
  return Response.json(result);
});

export const { GET, PUT, PATCH } = otherMethods('POST', 'DELETE');
