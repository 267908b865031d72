// Browser- and script-safe (no 'server-only'): every layer throws these, the
// fleet's pure state machine included, and the client reads the same codes.

/** Error codes the API answers with, and the HTTP status each one means. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** A session over its cost budget (lib/monitoring budgets), with refusal on. */
  budget_exceeded: 429,
  internal: 500,
  unavailable: 503,
  overloaded: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

export interface AppErrorOptions {
  details?: unknown;
  cause?: unknown;
  headers?: Record<string, string>;
  /** Whether the message is written for users and may be sent to the client (default true). */
  expose?: boolean;
}

/**
 * A domain error: a code (which gives the HTTP status) and whether its message
 * may be shown. Causes that are not for users (driver errors, stack traces) go
 * in `cause` and only to the log. Recognised by its shape (`isAppError`), not by
 * `instanceof`: Next.js bundles routes and instrumentation separately, so the
 * class of one bundle is not the class of another.
 */
export class AppError extends Error {
  readonly expose: boolean;
  readonly details: unknown;
  readonly headers: Record<string, string> | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.expose = options.expose ?? true;
    this.details = options.details;
    this.headers = options.headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/**
 * The error route handlers throw (an AppError whose message is for users), with
 * the handlers' long-standing argument order.
 */
export class ApiError extends AppError {
  constructor(code: ErrorCode, message: string, details?: unknown, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(code, message, { details, ...options });
    this.name = 'ApiError';
  }
}

/** Whether `error` is an AppError of any bundle: an Error with a known code and an `expose` flag. */
export function isAppError(error: unknown): error is AppError {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return false;
  const e = error as { code?: unknown; expose?: unknown };
  return typeof e.code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_STATUS, e.code) && typeof e.expose === 'boolean';
}

export function errorResponse(code: ErrorCode, message: string, init?: { details?: unknown; headers?: Record<string, string> }): Response {
  const body: ErrorBody = { error: { code, message, ...(init?.details === undefined ? {} : { details: init.details }) } };
  return Response.json(body, { status: ERROR_STATUS[code], headers: init?.headers });
}
