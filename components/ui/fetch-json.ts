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
import { readEvents } from './read-events';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type JsonInit = RequestInit & { json?: unknown };

/** One request, logged and reported (RUM) the same way for JSON and for streams; a network failure is an ApiClientError. */
async function send(url: string, init: JsonInit | undefined, accept: string): Promise<Response> {
  const { json, ...rest } = init ?? {};
  let response: Response;
  const started = performance.now();
  const method = (rest.method ?? 'GET').toUpperCase() as Method;
  const path = new URL(url, window.location.origin).pathname;
  clog('APIClient', `${method} request: ${path}`);
  try {
    response = await fetch(url, {
      ...rest,
      headers: { Accept: accept, ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch (error) {
    // Cancelled by the caller: theirs to report, not a failure of the server.
    if (rest.signal?.aborted) throw error;
    reportRum({ type: 'api_call', path, method, status: 0, durationMs: performance.now() - started });
    clog('APIClient', `${method} ${path} failed after ${(performance.now() - started).toFixed(2)}ms: cannot reach the server`);
    throw new ApiClientError(0, 'network', 'Cannot reach the server.');
  }
  const elapsed = performance.now() - started;
  reportRum({ type: 'api_call', path, method, status: response.status, durationMs: elapsed });
  // The source demo's wording, word for word: "GET /api/health completed in 45.23ms with status 200".
  clog('APIClient', `${method} ${path} completed in ${elapsed.toFixed(2)}ms with status ${response.status}`);
  return response;
}

type ErrorShape = { error?: { code?: string; message?: string } };

function failure(response: Response, body: ErrorShape | undefined): ApiClientError {
  return new ApiClientError(response.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `The server answered ${response.status}.`);
}

/**
 * The one fetch helper every React Query hook uses: JSON in, JSON out, and
 * `{ error: { code, message } }` (or a network failure) turned into an ApiClientError.
 */
export async function fetchJson<T>(url: string, init?: JsonInit): Promise<T> {
  const response = await send(url, init, 'application/json');
  const body = (await response.json().catch(() => undefined)) as (T & ErrorShape) | undefined;
  if (!response.ok) throw failure(response, body);
  return body as T;
}

/**
 * A streamed answer (Server-Sent Events over POST, as workflows and chat answers
 * come): each event's JSON as it arrives; a refusal before the stream starts is an
 * ApiClientError as with fetchJson.
 */
export async function* streamEvents<E>(url: string, init?: JsonInit): AsyncGenerator<E> {
  const response = await send(url, init, 'text/event-stream');
  if (!response.ok || !response.body) throw failure(response, (await response.json().catch(() => undefined)) as ErrorShape | undefined);
  yield* readEvents<E>(response.body);
}
