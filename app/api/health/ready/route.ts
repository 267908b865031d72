import { apiHandler, otherMethods } from '@/lib/api';
import { readiness } from '@/lib/monitoring';
import { requestActor } from '@/lib/security';

export const dynamic = 'force-dynamic';

// Readiness: 200 only when the database answers and every migration is applied.
// Where the database is (host, port, name) is for admins only.
export const GET = apiHandler(async (req) => {
  const [result, actor] = await Promise.all([readiness(), requestActor(req)]);
  const { target, ...database } = result.database;
  const shown = actor.isAdmin ? { ...database, target } : database;
  return Response.json(
    result.ready
      ? { status: 'ready', database: shown }
      : { status: 'not_ready', reason: result.reason, database: shown },
    { status: result.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
