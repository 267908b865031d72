import 'server-only';

// A leaf: process-wide state that every other lib folder may use, importing nothing of theirs.
export { processSingleton, clearProcessSingleton } from './process-singleton';
export { markStarted, processStartedAt, uptimeSeconds } from './uptime';
export { inFlight } from './in-flight';
export { boundHeapGrowth } from './heap-growth';
export type { InFlight } from './in-flight';
