import { apiHandler, otherMethods } from '@/lib/api';
import { getFleet } from '@/lib/fleet';

export const dynamic = 'force-dynamic';

/** The status grid: every service with status, health, metrics, version, replicas, dependencies, faults. */
export const GET = apiHandler(async () => Response.json(await getFleet().services()));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
