import 'server-only';

export { logger, redactUrl } from './logger';
export type { Logger } from './logger';
export { currentTraceId } from './trace';
