import 'server-only';

export { ApiError, AppError, errorResponse, ERROR_STATUS, isAppError } from '@/lib/errors';
export type { ErrorBody, ErrorCode } from '@/lib/errors';
export { apiHandler, otherMethods, toErrorResponse } from './handler';
export { parseBody, parseQuery, readBodyText, validate, DEFAULT_BODY_LIMIT } from './parse';
export { rejectIfOverloaded } from './overload';
export { eventStreamResponse, wantsEventStream } from './event-stream';
