/**
 * One plain sentence for a database failure: what a user can act on
 * ("database unreachable: connection refused"), not a driver stack trace.
 * Callers that may be anonymous leave out `target` (host, port, database name).
 */
export function describeDbError(error: unknown, target?: string): string {
  const where = target ? ` at ${target}` : '';
  // Prisma and our own wrappers keep the driver's error as `cause`: the specific words are often there.
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const known = describeKnown(e as DriverError, where);
    if (known) return known;
    e = (e as DriverError).cause;
  }
  const e = error as DriverError;
  const code = e?.code ?? (e?.cause as DriverError | undefined)?.code;
  const message = (e?.message ?? String(error)).split('\n')[0] || (code ? String(code) : 'no error message');
  return `database error${where}: ${message.slice(0, 200)}`;
}

interface DriverError {
  code?: string;
  message?: string;
  cause?: unknown;
}

function describeKnown(e: DriverError, where: string): string | undefined {
  switch (e?.code) {
    case 'ECONNREFUSED':
      return `database unreachable: connection refused${where}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `database unreachable: host not found${where}`;
    case 'ETIMEDOUT':
      return `database unreachable: connection timed out${where}`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `database unreachable: connection lost${where}`;
    case '3D000':
      return `database does not exist${where}`;
    case '28P01':
    case '28000':
      return `database rejected the credentials${where}`;
    case '57P03':
      return `database is starting up${where}`;
  }
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0]! : '';
  // Prisma wraps driver errors in its own words, and pg's own time-outs carry
  // no code: recognise the common ones.
  if (/can't reach database server|ECONNREFUSED/i.test(message)) return `database unreachable: connection refused${where}`;
  if (/Query read timeout/i.test(message)) return `database unreachable: no answer to a query in time${where}`;
  if (/timeout exceeded when trying to connect/i.test(message)) return `database unreachable: no connection within the time-out${where}`;
  if (/connection timeout|timeout expired/i.test(message)) return `database unreachable: no answer within the connect time-out${where}`;
  if (/Connection terminated|Connection ended|ECONNRESET|EPIPE/i.test(message)) return `database unreachable: connection lost${where}`;
  if (/timeout|timed out/i.test(message)) return `database unreachable: connection timed out${where}`;
  return undefined;
}

/** host:port/name of a PostgreSQL URL, for admins and the log (never the credentials). */
export function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the configured database';
  }
}
