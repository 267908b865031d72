import { ApiError, apiHandler, otherMethods, validate } from '@/lib/api';
import { runJobOnce } from '@/lib/jobs';
import { requireCronSecret } from '@/lib/security';
import { cronParamsSchema } from './schema';

export const dynamic = 'force-dynamic';
// Vercel: the longest a run may take before the function is cut off (retention can delete many rows).
export const maxDuration = 60;

/**
 * One run of a background job, for Vercel Cron (vercel.json): GET with `Authorization: Bearer <CRON_SECRET>`.
 * 200 `{ job, outcome }` (`success`, `standby` when another instance holds its lease, `busy` when this
 * one is running it); a failed run answers 503 with the job's state, so Vercel's cron log shows it.
 */
export const GET = apiHandler(async (req, ctx: { params: Promise<{ job: string }> }) => {
  requireCronSecret(req);
  const { job } = validate(cronParamsSchema, await ctx.params, 'params');
  const result = await runJobOnce(job);
  if (!result) throw new ApiError('not_found', `No background job ${job}.`);
  if (result.outcome === 'failure') throw new ApiError('unavailable', `${result.job.title} failed: ${result.job.lastError ?? 'no detail'}`, { job: result.job });
  return Response.json({ job: result.job, outcome: result.outcome }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
