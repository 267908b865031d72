import { getConfig } from '@/lib/config';

/**
 * The client's address. Behind a trusted proxy (TRUST_PROXY=true) it is the first
 * X-Forwarded-For entry; otherwise a client could forge that header, so we take
 * the entry our own server added last (the socket's peer).
 */
export function clientIp(req: Request): string {
  const forwarded = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = getConfig().trustProxy ? forwarded[0] : forwarded.at(-1);
  return normalizeIp(ip ?? req.headers.get('x-real-ip') ?? 'unknown');
}

function normalizeIp(ip: string): string {
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

/** Whether the request reached us over https (directly, or per a trusted proxy). */
export function isHttps(req: Request): boolean {
  if (new URL(req.url).protocol === 'https:') return true;
  return getConfig().trustProxy && req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
