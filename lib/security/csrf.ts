import { getConfig } from '@/lib/config';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Why a state-changing request looks cross-site, or undefined when it may go on.
 * Browsers send `Sec-Fetch-Site` and `Origin` on such requests and a page on
 * another site cannot forge them; clients that send neither (curl, scripts with
 * a Bearer token) are not browsers riding on someone's cookie, so they pass.
 * SameSite=Lax cookies already stop most of this; this is the second lock.
 */
export function csrfRefusal(req: Request): string | undefined {
  if (!STATE_CHANGING.has(req.method.toUpperCase())) return undefined;
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') {
    return `Sec-Fetch-Site is ${site.slice(0, 40)}`;
  }
  const origin = req.headers.get('origin');
  if (origin === null) return undefined;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `Origin ${origin.slice(0, 100)} is not a web origin`;
    originHost = url.host.toLowerCase();
  } catch {
    return `Origin ${origin.slice(0, 100)} is not a web origin`;
  }
  if (!ownHosts(req).includes(originHost)) return `Origin ${origin.slice(0, 100)} is not this site`;
  return undefined;
}

/** The host names this request was addressed to (behind a trusted proxy, the forwarded one too). */
function ownHosts(req: Request): string[] {
  const hosts = [req.headers.get('host')];
  if (getConfig().trustProxy) hosts.push(req.headers.get('x-forwarded-host')?.split(',')[0]?.trim() ?? null);
  if (hosts[0] === null) {
    try {
      hosts.push(new URL(req.url).host);
    } catch {
      // no usable URL: only the headers count
    }
  }
  return hosts.filter((h): h is string => Boolean(h)).map((h) => h.toLowerCase());
}
