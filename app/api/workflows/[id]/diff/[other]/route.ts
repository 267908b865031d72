import { apiHandler, otherMethods, validate } from '@/lib/api';
import { diffWorkflows } from '@/lib/agent';
import { enforceRateLimit } from '@/lib/security';
import { workflowPairSchema } from '../../../schema';

export const dynamic = 'force-dynamic';

/** Two runs aligned step by step, the first divergence and a one-line summary. */
export const GET = apiHandler(async (req, ctx: { params: Promise<{ id: string; other: string }> }) => {
  await enforceRateLimit(req, 'read');
  const { id, other } = validate(workflowPairSchema, await ctx.params, 'params');
  return Response.json({ diff: await diffWorkflows(id, other) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
