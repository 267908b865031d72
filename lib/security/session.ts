import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { getIronSession, webCookies, type IronSession } from 'iron-session';
import { cookies } from 'next/headers';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { annotateActiveSpan, SESSION_ATTRIBUTE } from '@/lib/telemetry';
import { adminFingerprint } from './secrets';
import { sessionSecret } from './secrets';
import { isHttps } from './client-ip';

export const SESSION_COOKIE = 'aimon_session';

export interface SessionData {
  id?: string;
  createdAt?: number;
  /** adminFingerprint() at login time; see secrets.ts. */
  admin?: string;
  /** This admin login's id: a row of admin_sessions that logout revokes (see sessionIsAdmin). */
  adminSid?: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  isAdmin: boolean;
}

function sessionOptions(req: Request) {
  const ttl = getConfig().session.ttlSec;
  return {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE,
    ttl,
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: isHttps(req),
      path: '/',
      maxAge: ttl,
    },
  };
}

/**
 * Whether the request carries a session cookie at all. A script or an MCP host
 * sends none; reading the (empty) session costs it ~0.1 ms of CPU per request
 * for nothing (profiled on /api/mcp), so callers that only want an existing
 * session's id check this first.
 */
export function hasSessionCookie(req: Request): boolean {
  return (req.headers.get('cookie') ?? '').includes(`${SESSION_COOKIE}=`);
}

/** The iron-session for this request (may be empty). */
export async function readSession(req: Request): Promise<IronSession<SessionData>> {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions(req));
  // Ties the request to its session in monitoring (per-session figures) and traces.
  if (session.id) annotateActiveSpan({ [SESSION_ATTRIBUTE]: session.id });
  return session;
}

/**
 * The session id in a request's cookie, read from the request alone (proxy.ts
 * runs before next/headers is available); undefined for no or a tampered cookie.
 */
export async function sessionIdOf(req: Request): Promise<string | undefined> {
  try {
    const session = await getIronSession<SessionData>(webCookies(req, new Headers()), sessionOptions(req));
    return session.id;
  } catch {
    return undefined;
  }
}

/** What admin_sessions keeps of an admin login id: its hash, so a copy of the table logs nobody in. */
function adminSidKey(sid: string): string {
  return createHash('sha256').update(sid).digest('base64url');
}

/**
 * Whether this session is an admin's: the cookie's fingerprint matches the
 * admin token in force and its admin login is still open in the database.
 * The database check is what makes logout final: iron-session cookies are
 * sealed but self-contained, so a copy taken before logout would otherwise
 * stay valid on every replica until it expired.
 */
export async function sessionIsAdmin(session: SessionData): Promise<boolean> {
  if (session.admin === undefined || session.admin !== adminFingerprint() || !session.adminSid) return false;
  const prisma = await db();
  const row = await prisma.adminSession.findUnique({ where: { id: adminSidKey(session.adminSid) }, select: { expiresAt: true, revokedAt: true } });
  return row !== null && row.revokedAt === null && row.expiresAt.getTime() > Date.now();
}

/**
 * Opens an admin login for this session under a fresh id (and closes the one
 * it had): a cookie copied before this login never becomes an admin's.
 */
export async function openAdminSession(session: IronSession<SessionData>): Promise<void> {
  const prisma = await db();
  if (session.adminSid) await revokeAdminSid(session.adminSid);
  const sid = randomBytes(24).toString('base64url');
  await prisma.adminSession.create({
    data: { id: adminSidKey(sid), sessionId: session.id, expiresAt: new Date(Date.now() + getConfig().session.ttlSec * 1000) },
  });
  session.admin = adminFingerprint();
  session.adminSid = sid;
  await session.save();
}

/** Ends the session's admin login on every replica (its row is revoked), and drops it from the cookie. */
export async function closeAdminSession(session: IronSession<SessionData>): Promise<void> {
  if (session.adminSid) await revokeAdminSid(session.adminSid);
  delete session.admin;
  delete session.adminSid;
  await session.save();
}

async function revokeAdminSid(sid: string): Promise<void> {
  const prisma = await db();
  await prisma.adminSession.updateMany({ where: { id: adminSidKey(sid), revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * The session for this request, created (cookie and chat-session row) when absent.
 * Creating the row here means every later feature can rely on it existing.
 */
export async function ensureSession(req: Request): Promise<{ session: IronSession<SessionData>; info: SessionInfo }> {
  const session = await readSession(req);
  const prisma = await db();
  const isAdmin = await sessionIsAdmin(session);
  if (!session.id) {
    session.id = randomUUID();
    session.createdAt = Date.now();
    annotateActiveSpan({ [SESSION_ATTRIBUTE]: session.id });
    await session.save();
    await prisma.chatSession.create({ data: { id: session.id } });
  } else {
    // A cookie from before a database reset, or another replica's first sight of it.
    await prisma.chatSession.upsert({
      where: { id: session.id },
      create: { id: session.id, createdAt: new Date(session.createdAt ?? Date.now()) },
      update: { lastSeenAt: new Date(), isAdmin },
    });
  }
  return {
    session,
    info: { id: session.id, createdAt: new Date(session.createdAt ?? Date.now()).toISOString(), isAdmin },
  };
}

/**
 * Whether the browser rendering a page has the admin session: for server
 * components, which have the cookies but no Request. Read-only (it never saves
 * the session), so the cookie options that need the request do not matter.
 */
export async function pageSessionIsAdmin(): Promise<boolean> {
  const session = await getIronSession<SessionData>(await cookies(), {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE,
    ttl: getConfig().session.ttlSec,
  });
  // Fails closed: with the database away the admin login cannot be checked,
  // and the page shows its non-admin form (the APIs answer 503 themselves).
  return sessionIsAdmin(session).catch(() => false);
}
