import { apiHandler, otherMethods, parseBody, rejectIfOverloaded } from '@/lib/api';
import { parseLoadTestInput, startLoadTest } from '@/lib/loadtest';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { startBodySchema } from './schema';

export const dynamic = 'force-dynamic';

/**
 * Starts a load test `{ users, durationSec, scenario, rps? }` against this app's
 * loopback address: 202 with the run; 400 with the limits for bad input; 409
 * while one runs; admins always, other sessions LOADTEST_SESSION_RUNS_PER_HOUR.
 */
export const POST = apiHandler(async (req) => {
  rejectIfOverloaded();
  await enforceRateLimit(req, 'expensive');
  const input = parseLoadTestInput(await parseBody(req, startBodySchema, 4 * 1024));
  await ensureSession(req);
  const actor = await requestActor(req);
  const run = await startLoadTest(input, actor);
  return Response.json({ run }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
