import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import { logger } from '@/lib/telemetry';

/**
 * SESSION_SECRET, or one generated once and kept in the data directory so that
 * sessions survive a restart of the embedded mode.
 */
export function sessionSecret(): string {
  return processSingleton('session-secret', () => {
    const config = getConfig();
    if (config.session.secret) return config.session.secret;
    const file = path.join(/* turbopackIgnore: true */ config.dataDir, 'session-secret');
    try {
      const stored = readFileSync(/* turbopackIgnore: true */ file, 'utf8').trim();
      if (stored.length >= 32) return stored;
    } catch {
      // first start: fall through and create it
    }
    const secret = randomBytes(32).toString('base64url');
    mkdirSync(/* turbopackIgnore: true */ config.dataDir, { recursive: true });
    writeFileSync(/* turbopackIgnore: true */ file, secret, { mode: 0o600 });
    chmodSync(/* turbopackIgnore: true */ file, 0o600);
    logger.warn({ file }, 'SESSION_SECRET is not set: generated one and stored it in the data directory');
    return secret;
  });
}

export interface AdminTokenInfo {
  token: string;
  generated: boolean;
}

/** ADMIN_TOKEN, or one generated at start (printed once at start, lib/server). */
export function adminToken(): AdminTokenInfo {
  return processSingleton('admin-token', () => {
    const configured = getConfig().adminToken;
    if (configured) return { token: configured, generated: false };
    return { token: randomBytes(18).toString('base64url'), generated: true };
  });
}

/** Compares a presented token with the admin token in constant time. */
export function isAdminToken(presented: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(adminToken().token).digest();
  return timingSafeEqual(a, b);
}

/**
 * A short fingerprint of the admin token, kept in admin sessions: changing
 * ADMIN_TOKEN (or restarting with a generated one) ends every admin session.
 */
export function adminFingerprint(): string {
  return createHash('sha256').update(`aimon-admin:${adminToken().token}`).digest('base64url').slice(0, 22);
}
