import { enforceRateLimit } from '@/lib/security';
import { ApiError, apiHandler, otherMethods, validate } from '@/lib/api';
import { getRun } from '@/lib/agent';
import { workflowIdSchema } from '../schema';

export const dynamic = 'force-dynamic';

/** One run with its steps. */
export const GET = apiHandler(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await enforceRateLimit(req, 'read');
  const { id } = validate(workflowIdSchema, await ctx.params, 'params');
  const run = await getRun(id);
  if (!run) throw new ApiError('not_found', `No workflow ${id}.`);
  return Response.json({ run }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
