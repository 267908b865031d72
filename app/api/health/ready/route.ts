import { apiHandler, otherMethods } from '@/lib/api';
import { readiness } from '@/lib/monitoring';

export const dynamic = 'force-dynamic';

// Readiness: 200 only when the database answers and every migration is applied.
export const GET = apiHandler(async () => {
  const result = await readiness();
  return Response.json(
    result.ready
      ? { status: 'ready', database: result.database }
      : { status: 'not_ready', reason: result.reason, database: result.database },
    { status: result.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
