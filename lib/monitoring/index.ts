import 'server-only';

export { healthReport, readiness } from './health';
export type { ComponentHealth, HealthReport, HealthStatus } from './types';
