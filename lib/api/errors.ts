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

/**
 * The one error class route handlers throw. Its message reaches the client, so it
 * must be written for users; causes that are not (driver errors, stack traces)
 * go in `cause` and only to the log.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.headers = options?.headers;
  }
  readonly headers: Record<string, string> | undefined;

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function errorResponse(
  code: ErrorCode,
  message: string,
  init?: { details?: unknown; headers?: Record<string, string> },
): Response {
  const body: ErrorBody = { error: { code, message, ...(init?.details === undefined ? {} : { details: init.details }) } };
  return Response.json(body, { status: ERROR_STATUS[code], headers: init?.headers });
}
