import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { createQuestionSet, listQuestionSets } from '@/lib/experiments';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { questionSetSchema } from '../schema';

export const dynamic = 'force-dynamic';

/** This session's question sets, newest change first. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { sessionId } = await requestActor(req);
  return Response.json({ sets: await listQuestionSets(sessionId) }, { headers: { 'Cache-Control': 'no-store' } });
});

/** A new set: a name and up to 50 questions, each optionally with expected facts. */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const input = await parseBody(req, questionSetSchema, 64 * 1024);
  await ensureSession(req);
  const { sessionId } = await requestActor(req);
  return Response.json({ set: await createQuestionSet(input, sessionId) }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
