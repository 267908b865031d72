/**
 * One plain sentence for a database failure: what a user can act on
 * ("connection refused at db:5432"), not a driver stack trace.
 */
export function describeDbError(error: unknown, target?: string): string {
  const e = error as { code?: string; message?: string; cause?: unknown; errno?: string };
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  const where = target ? ` at ${target}` : '';
  switch (code) {
    case 'ECONNREFUSED':
      return `database unreachable: connection refused${where}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `database unreachable: host not found${where}`;
    case 'ETIMEDOUT':
      return `database unreachable: connection timed out${where}`;
    case '3D000':
      return `database does not exist${where}`;
    case '28P01':
    case '28000':
      return `database rejected the credentials${where}`;
    case '57P03':
      return `database is starting up${where}`;
  }
  const message = (e?.message ?? String(error)).split('\n')[0] ?? 'unknown error';
  // Prisma wraps driver errors in its own words; recognise the common ones.
  if (/can't reach database server|ECONNREFUSED/i.test(message)) return `database unreachable: connection refused${where}`;
  if (/timeout|timed out/i.test(message)) return `database unreachable: connection timed out${where}`;
  return `database error${where}: ${message.slice(0, 200)}`;
}

/** host:port of a PostgreSQL URL, for messages (never the credentials). */
export function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the configured database';
  }
}
