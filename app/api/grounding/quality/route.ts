import { apiHandler, otherMethods } from '@/lib/api';
import { groundingQuality } from '@/lib/feedback';
import { enforceRateLimit } from '@/lib/security';

export const dynamic = 'force-dynamic';

/** The detector's live precision and recall against users' votes, the judge's agreement, and the labelled-set figures. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  return Response.json(await groundingQuality(), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
