import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { checkGrounding } from '@/lib/grounding';
import { enforceRateLimit } from '@/lib/security';
import { groundingCheckSchema } from './schema';

export const dynamic = 'force-dynamic';

/**
 * Checks any text against the fleet's inventory and current state and the tool
 * results given: `{ verdict, findings, claims }`. No model is involved.
 */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const input = await parseBody(req, groundingCheckSchema, 256 * 1024);
  const result = await checkGrounding(input);
  return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
