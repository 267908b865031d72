import { apiHandler, otherMethods } from '@/lib/api';
import { fleetServices } from '@/lib/fleet';

export const dynamic = 'force-dynamic';

/**
 * The status grid: every service with status, health, metrics, version, replicas, dependencies, faults.
 * Polled by every open Tools page, so it is cached for CACHE_CONTAINERS_TTL_MS (writes to the fleet invalidate it).
 */
export const GET = apiHandler(async () => Response.json(await fleetServices()));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
