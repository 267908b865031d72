/** An API failure as the browser sees it: the server's code and plain message. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiClientError';
  }
}

import { reportRum } from '@/components/telemetry/rum-queue';
import { clog } from './console-log';

/**
 * The one fetch helper every React Query hook uses: JSON in, JSON out, and
 * `{ error: { code, message } }` (or a network failure) turned into an ApiClientError.
 */
export async function fetchJson<T>(url: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {};
  let response: Response;
  const started = performance.now();
  const method = (rest.method ?? 'GET').toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  const path = new URL(url, window.location.origin).pathname;
  clog('APIClient', `${method} request: ${path}`);
  try {
    response = await fetch(url, {
      ...rest,
      headers: { Accept: 'application/json', ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    reportRum({ type: 'api_call', path, method, status: 0, durationMs: performance.now() - started });
    clog('APIClient', `${method} ${path} failed after ${(performance.now() - started).toFixed(2)}ms: cannot reach the server`);
    throw new ApiClientError(0, 'network', 'Cannot reach the server.');
  }
  const elapsed = performance.now() - started;
  reportRum({ type: 'api_call', path, method, status: response.status, durationMs: elapsed });
  // The source demo's wording, word for word: "GET /api/health completed in 45.23ms with status 200".
  clog('APIClient', `${method} ${path} completed in ${elapsed.toFixed(2)}ms with status ${response.status}`);
  const body = (await response.json().catch(() => undefined)) as
    | (T & { error?: { code?: string; message?: string } })
    | undefined;
  if (!response.ok) {
    throw new ApiClientError(
      response.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return body as T;
}
