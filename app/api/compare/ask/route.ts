import { apiHandler, otherMethods, parseBody, rejectIfOverloaded } from '@/lib/api';
import { askBoth } from '@/lib/compare';
import { attributeSpend, refuseIfOverBudget } from '@/lib/monitoring';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { askBothSchema } from './schema';

export const dynamic = 'force-dynamic';

/** One prompt to Model A and Model B at once (read-only fleet tools): both answers with latency, tokens, cost and tool calls. */
export const POST = apiHandler(async (req) => {
  rejectIfOverloaded();
  await enforceRateLimit(req, 'chat');
  const { prompt } = await parseBody(req, askBothSchema, 8 * 1024);
  await ensureSession(req);
  const actor = await requestActor(req);
  await refuseIfOverBudget(actor.sessionId);
  return Response.json(await attributeSpend(actor.sessionId, () => askBoth(prompt, actor)));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
