import 'server-only';

export { bootstrap } from './bootstrap';
export { processSingleton } from './process-singleton';
export { processStartedAt, uptimeSeconds } from './uptime';
export { inFlight } from './in-flight';
export type { InFlight } from './in-flight';
