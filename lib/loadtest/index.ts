import 'server-only';

export { currentLoadTest, startLoadTest, stopLoadTest } from './runner';
export { loadTestLimits, parseLoadTestInput } from './limits';
export { listLoadTestRuns } from './store';
export * from './types';
