import 'server-only';

export { readInitialData, INITIAL_DATA_BUDGET_MS } from './initial-data';
export type { InitialData } from './types';
