import 'server-only';

export { loadComparison } from './load-comparison';
export { rollupComparison } from './rollup-job';
export { COMPARE_ROLLUP_INTERVAL_MS } from './rollup-store';
export { askBoth, ASK_MAX_STEPS } from './ask-both';
export * from './types';
