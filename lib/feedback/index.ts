import 'server-only';

export { recordFeedback, FEEDBACK_CACHE_PREFIX } from './store';
export type { FeedbackInput, FeedbackOutcome } from './store';
export { groundingQuality } from './quality';
export { startFeedbackMetrics } from './quality';
export { liveFigures } from './live-figures';
export * from './types';
