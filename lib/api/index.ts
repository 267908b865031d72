import 'server-only';

export { ApiError, errorResponse, ERROR_STATUS } from './errors';
export type { ErrorBody, ErrorCode } from './errors';
export { apiHandler, otherMethods, toErrorResponse } from './handler';
export { addResponseHeaders } from './response-headers';
export { parseBody, parseQuery, readBodyText, validate, DEFAULT_BODY_LIMIT } from './parse';
export { rejectIfOverloaded } from './overload';
export { eventStreamResponse, wantsEventStream } from './event-stream';
