import type { ErrorClass, Feature } from './types';

/** Statuses that mean "timed out" whatever the duration (request time-out, gateway time-out). */
const TIMEOUT_STATUSES = new Set([408, 504]);

export interface Classified {
  /** 5xx or timed out: counts against availability and the error-rate alert. */
  failed: boolean;
  is5xx: boolean;
  /** A 4xx other than 403, 408 and 429 (those have their own class). */
  is4xx: boolean;
  is429: boolean;
  /** Forbidden, which here mostly means a CSRF or admin check refused the request. */
  is403: boolean;
  timeout: boolean;
}

export function classify(status: number, durationMs: number, timeoutMs: number): Classified {
  const timeout = TIMEOUT_STATUSES.has(status) || durationMs >= timeoutMs;
  const is5xx = status >= 500;
  return {
    failed: is5xx || timeout,
    is5xx,
    is4xx: status >= 400 && status < 500 && status !== 403 && status !== 429 && status !== 408,
    is429: status === 429,
    is403: status === 403,
    timeout,
  };
}

/** The single class a request is listed under in breakdowns (time-out first: it explains the 5xx). */
export function primaryClass(c: Classified): ErrorClass | undefined {
  if (c.timeout) return 'timeout';
  if (c.is5xx) return '5xx';
  if (c.is429) return '429';
  if (c.is403) return '403';
  if (c.is4xx) return '4xx';
  return undefined;
}

const FEATURE_PREFIXES: [string, Feature][] = [
  ['/tools', 'tools'],
  ['/api/tools', 'tools'],
  ['/api/mcp', 'tools'],
  ['/chat', 'chat'],
  ['/api/chat', 'chat'],
  ['/compare', 'compare'],
  ['/api/compare', 'compare'],
  ['/monitoring', 'monitoring'],
  ['/api/metrics', 'monitoring'],
  ['/api/alerts', 'monitoring'],
  ['/api/health', 'monitoring'],
  ['/api/chaos', 'monitoring'],
  ['/api/admin/alert-rules', 'monitoring'],
  ['/metrics', 'monitoring'],
  ['/debug', 'debug'],
  ['/api/traces', 'debug'],
  ['/api/debug', 'debug'],
];

/** The feature tag of a route pattern (the tools, chat, compare, monitoring, debug, api; pages otherwise). */
export function featureOf(route: string): Feature {
  for (const [prefix, feature] of FEATURE_PREFIXES) {
    if (route === prefix || route.startsWith(`${prefix}/`)) return feature;
  }
  return route.startsWith('/api/') ? 'api' : 'pages';
}
