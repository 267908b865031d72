import http from 'node:http';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';

/**
 * The TCP peer's address, as a request header only this process can set.
 * Next.js hands route handlers a Request without the socket, and fills in
 * X-Forwarded-For from the socket only when the client sent none, so without
 * this a client could name any address it liked (and get a fresh rate-limit
 * budget with every request).
 */
export const PEER_ADDRESS_HEADER = 'x-aimon-peer-address';

/**
 * Stamps every incoming request with its socket's address, overwriting whatever
 * the client sent under that name. Installed once per process from start-up (lib/server)
 * (instrumentation.ts), which runs before Next.js serves the first request.
 *
 * Without a trusted proxy (TRUST_PROXY=false) a client's X-Forwarded-Proto is
 * dropped here too: Next.js builds the request URL from it, so `https` over
 * plain http would otherwise yield HSTS, upgrade-insecure-requests and Secure
 * cookies. Next.js then fills the header in from the socket itself.
 */
export function installPeerAddressHeader(): void {
  processSingleton('peer-address-header', () => {
    const trustProxy = getConfig().trustProxy;
    const emit = http.Server.prototype.emit as (this: http.Server, ...args: unknown[]) => boolean;
    // Called for every event of every server: no rest parameters (an array per call), and the
    // header is deleted only when sent (a `delete` turns the headers object into a slow
    // dictionary for every later read of it, and Next.js reads it often).
    http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, request?: unknown) {
      if (event === 'request') {
        const req = request as http.IncomingMessage;
        req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? 'unknown';
        if (!trustProxy && req.headers['x-forwarded-proto'] !== undefined) delete req.headers['x-forwarded-proto'];
      }
      return emit.apply(this, arguments as unknown as unknown[]);
    } as typeof http.Server.prototype.emit;
    return true;
  });
}
