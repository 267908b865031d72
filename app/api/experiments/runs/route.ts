import { apiHandler, otherMethods, parseBody, parseQuery, rejectIfOverloaded } from '@/lib/api';
import { listExperimentRuns, startExperiment } from '@/lib/experiments';
import { attributeSpend, refuseIfOverBudget } from '@/lib/monitoring';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { listRunsSchema, startExperimentSchema } from '../schema';

export const dynamic = 'force-dynamic';

/**
 * Starts a run of a question set against both models (202: it goes on in the
 * background; follow it with GET /api/experiments/runs/{id}). 409 while
 * another experiment of the session runs.
 */
export const POST = apiHandler(async (req) => {
  rejectIfOverloaded();
  await enforceRateLimit(req, 'expensive');
  const { setId } = await parseBody(req, startExperimentSchema, 1024);
  await ensureSession(req);
  const actor = await requestActor(req);
  await refuseIfOverBudget(actor.sessionId);
  // The run goes on after the 202, in this call's async context: its model calls count against the session.
  const run = await attributeSpend(actor.sessionId, () => startExperiment(setId, actor));
  return Response.json({ run }, { status: 202 });
});

/** This session's recent runs (of one set with ?setId=), newest first. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { setId } = parseQuery(req, listRunsSchema);
  const { sessionId } = await requestActor(req);
  return Response.json({ runs: await listExperimentRuns(sessionId, setId) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
