import 'server-only';

export { loadComparison } from './load-comparison';
export { askBoth, ASK_MAX_STEPS } from './ask-both';
export * from './types';
