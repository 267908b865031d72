import { getConfig } from '@/lib/config';
import { PEER_ADDRESS_HEADER } from './peer-address';

/**
 * The client's address. Behind a trusted proxy (TRUST_PROXY=true) it is the last
 * X-Forwarded-For entry, the one that proxy appended (entries left of it are
 * whatever the client claimed). Otherwise it is the socket's peer address,
 * stamped by peer-address.ts: X-Forwarded-For is then the client's word only,
 * and Next.js passes a client-sent one through untouched.
 */
export function clientIp(req: Request): string {
  const peer = req.headers.get(PEER_ADDRESS_HEADER) ?? undefined;
  if (getConfig().trustProxy) {
    const forwarded = (req.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return normalizeIp(forwarded.at(-1) ?? peer ?? 'unknown');
  }
  return normalizeIp(peer ?? 'unknown');
}

function normalizeIp(ip: string): string {
  const trimmed = ip.slice(0, 64);
  return trimmed.startsWith('::ffff:') ? trimmed.slice(7) : trimmed;
}

/** Whether the request reached us over https (directly, or per a trusted proxy). */
export function isHttps(req: Request): boolean {
  if (new URL(req.url).protocol === 'https:') return true;
  return getConfig().trustProxy && req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
