import { recordAudit, type AuditActor } from '@/lib/audit';
import { isAppError } from '@/lib/errors';
import { getFleet } from './app-fleet';
import type { FaultInput } from './simulation';
import type { FaultView, ServiceName } from './types';

// The admin actions on the fleet, audited here (the fleet's own writes
// invalidate the cached status grid), so route handlers only parse and call.

/** Injects a fault into a simulated service; a refusal (FleetError) is audited as a failure and rethrown. */
export async function injectFault(input: FaultInput, actor: AuditActor): Promise<FaultView & { service: ServiceName }> {
  try {
    const fault = await getFleet().injectFault(input);
    await recordAudit({ actor, action: 'fault.inject', resourceType: 'service', resourceId: input.service, outcome: 'success', details: { ...input, faultId: fault.id } });
    return fault;
  } catch (error) {
    if (isAppError(error)) {
      await recordAudit({ actor, action: 'fault.inject', resourceType: 'service', resourceId: input.service, outcome: 'failure', error: error.message, details: { ...input } });
    }
    throw error;
  }
}

/** Ends every active fault, or those of one service. */
export async function clearFaults(service: ServiceName | undefined, actor: AuditActor): Promise<{ cleared: number }> {
  const result = await getFleet().clearFaults(service);
  await recordAudit({ actor, action: 'fault.clear', resourceType: 'service', resourceId: service, outcome: 'success', details: result });
  return result;
}
