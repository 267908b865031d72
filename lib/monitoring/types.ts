/** Shapes shared by the server and the browser (no server-only imports here). */
export type HealthStatus = 'online' | 'warning' | 'degraded';

export interface ComponentHealth {
  status: 'up' | 'degraded' | 'down';
  /** Short phrase for badges ("database unreachable"). */
  summary?: string;
  detail: string;
  latencyMs?: number;
}

export interface HealthReport {
  status: HealthStatus;
  /** One short phrase for the badge ("database unreachable"); absent when online. */
  summary?: string;
  /** Each component that is not up, with its detail. */
  reasons: string[];
  version: string;
  startedAt: string;
  uptimeSec: number;
  components: Record<string, ComponentHealth>;
}
