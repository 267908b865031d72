import pino from 'pino';

/**
 * JSON logs on stdout (one object per line, ready for any log shipper).
 * Secret-looking fields are censored wherever they appear, so a careless
 * `log.info({ req })` cannot leak a token or a cookie.
 */
export const logger = pino({
  // Bootstrap sets the configured level; until then (config may be invalid) log at info.
  level: 'info',
  base: { service: 'aimon' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      'token', '*.token', 'password', '*.password', 'secret', '*.secret',
      'authorization', '*.authorization', 'cookie', '*.cookie', 'headers.cookie', 'headers.authorization',
      'connectionString', '*.connectionString', 'adminToken', '*.adminToken', 'sessionSecret',
    ],
    censor: '[redacted]',
  },
});

export type Logger = typeof logger;

/** A URL safe to log: the password (and any query string) removed. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    url.search = '';
    return url.toString();
  } catch {
    return '[unparseable url]';
  }
}
