import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from '@/lib/errors';
import { getConfig } from '@/lib/config';

/**
 * Lets a Vercel Cron call through: it sends `Authorization: Bearer <CRON_SECRET>`.
 * Without CRON_SECRET the cron routes do not exist (404), so a container never exposes them by accident.
 */
export function requireCronSecret(req: Request): void {
  const secret = getConfig().platform.cronSecret;
  if (!secret) throw new ApiError('not_found', 'The cron routes are off: set CRON_SECRET to call /api/cron/{job} (Vercel Cron sends it).');
  const presented = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  if (presented === undefined) throw new ApiError('unauthorized', 'Send Authorization: Bearer <CRON_SECRET>.');
  // Hashed first so the comparison takes the same time whatever the length presented.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(secret).digest();
  if (!timingSafeEqual(a, b)) throw new ApiError('forbidden', 'Wrong CRON_SECRET.');
}
