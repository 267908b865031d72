import { apiHandler, otherMethods, parseBody, validate } from '@/lib/api';
import { deleteQuestionSet, getQuestionSet, updateQuestionSet } from '@/lib/experiments';
import { enforceRateLimit, requestActor } from '@/lib/security';
import { idSchema, questionSetSchema } from '../../schema';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = apiHandler(async (req, ctx: Ctx) => {
  await enforceRateLimit(req, 'read');
  const { id } = validate(idSchema, await ctx.params, 'params');
  const { sessionId } = await requestActor(req);
  return Response.json({ set: await getQuestionSet(id, sessionId) }, { headers: { 'Cache-Control': 'no-store' } });
});

/** Replaces the set's name and questions (questions sent with their id keep it). */
export const PUT = apiHandler(async (req, ctx: Ctx) => {
  await enforceRateLimit(req, 'read');
  const { id } = validate(idSchema, await ctx.params, 'params');
  const input = await parseBody(req, questionSetSchema, 64 * 1024);
  const { sessionId } = await requestActor(req);
  return Response.json({ set: await updateQuestionSet(id, input, sessionId) });
});

export const DELETE = apiHandler(async (req, ctx: Ctx) => {
  await enforceRateLimit(req, 'read');
  const { id } = validate(idSchema, await ctx.params, 'params');
  const { sessionId } = await requestActor(req);
  await deleteQuestionSet(id, sessionId);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH } = otherMethods('GET', 'PUT', 'DELETE');
