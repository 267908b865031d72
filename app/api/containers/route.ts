import { apiHandler, otherMethods } from '@/lib/api';
import { fleetServicesJson } from '@/lib/fleet';

export const dynamic = 'force-dynamic';

/**
 * The status grid: every service with status, health, metrics, version, replicas, dependencies, faults.
 * Polled by every open Tools page, so it is cached for CACHE_CONTAINERS_TTL_MS (writes to the fleet invalidate it).
 */
// The cached JSON text as it is: no parse and serialize again per poll.
export const GET = apiHandler(async () => new Response(await fleetServicesJson(), { headers: { 'Content-Type': 'application/json' } }));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
