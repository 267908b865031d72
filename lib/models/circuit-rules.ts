import type { ModelSlot } from './types';

/**
 * The pure rules of the model circuit breaker (circuit-breaker.ts): what counts
 * as the server failing, the error a paused call throws, and its plain message.
 */

/**
 * An HTTP answer that counts as the model server failing.
 * - 5xx: the server (or the proxy in front of it) is broken or overloaded.
 * - 408: it timed out, like our own time-out.
 * - 429: it is shedding load or our quota is spent. It counts: the server is
 *   asking for fewer calls, which is exactly what an open circuit gives it, while
 *   the AI SDK would otherwise retry each call MODEL_MAX_RETRIES times into the
 *   same wall; the cool-down (30 s) is in the range of quota windows.
 * Every other 4xx (400 bad request, 401/403 key, 404 unknown model, 413, 422) is
 * the caller's fault: the server is up and answering, and pausing would hide
 * that real error behind "paused".
 */
export function isServerFailureStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** A failure counted by the breaker in a few words, for health and logs: never a URL, a header or a key. */
export function describeFailure(reason: { error: unknown } | { value: unknown }): string {
  if ('value' in reason) {
    const status = (reason.value as { status?: unknown } | undefined)?.status;
    return typeof status === 'number' ? `HTTP ${status}` : 'bad answer';
  }
  const error = reason.error as { name?: unknown; code?: unknown; cause?: { code?: unknown; errors?: Array<{ code?: unknown }> } } | undefined;
  if (error?.name === 'TimeoutError') return 'timed out';
  // A refused connection to a name with several addresses comes as an AggregateError of them.
  const code = error?.cause?.code ?? error?.cause?.errors?.[0]?.code ?? error?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  return typeof error?.name === 'string' && /^\w{1,60}$/.test(error.name) ? error.name : 'network error';
}

// A marker instead of instanceof: every Next.js route bundle has its own copy of
// this class, while the model (and its breaker) is one per process.
const MARKER = Symbol.for('aimon.model-circuit-open');

/**
 * Thrown instead of calling a model server whose circuit is open: no request is made.
 * Deliberately has no `cause` and no `code`: the AI SDK turns a fetch error whose
 * cause chain holds a network code (ECONNREFUSED…) into a retryable APICallError,
 * and it retries only APICallError with isRetryable; this plain error passes
 * through untouched, so a paused call is never retried.
 */
export class ModelCircuitOpenError extends Error {
  readonly [MARKER] = true;

  constructor(
    readonly slot: ModelSlot,
    /** Failed requests in a row when the call was refused. */
    readonly consecutiveFailures: number,
    /** Epoch ms when a trial call will be let through. */
    readonly retryAt: number,
  ) {
    super(`Model ${slot}: circuit open after ${consecutiveFailures} consecutive failures; no request sent`);
    this.name = 'ModelCircuitOpenError';
  }
}

function isCircuitOpen(value: unknown): value is ModelCircuitOpenError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
}

/**
 * The circuit-open error inside whatever the AI SDK made of it: itself, or the
 * last error of a RetryError (a retry refused because the circuit opened meanwhile).
 */
export function findModelCircuitOpenError(error: unknown): ModelCircuitOpenError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    if (isCircuitOpen(current)) return current;
    seen.add(current);
    const e = current as { lastError?: unknown; cause?: unknown };
    current = e.lastError ?? e.cause;
  }
  return undefined;
}

/** "Model A: the model server has failed 5 times in a row; calls are paused for another 27 s." */
export function describeCircuitOpen(model: string, error: ModelCircuitOpenError, now = Date.now()): string {
  const n = error.consecutiveFailures;
  const seconds = Math.max(1, Math.ceil((error.retryAt - now) / 1000));
  return `${model}: the model server has failed ${n} time${n === 1 ? '' : 's'} in a row; calls are paused for another ${seconds} s.`;
}
