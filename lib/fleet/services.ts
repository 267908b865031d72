import { SERVICE_ROLES, type ServiceName } from './types';

/** What a service is when nothing is wrong with it. */
export interface ServiceSpec {
  name: ServiceName;
  displayName: string;
  role: string;
  kind: 'model' | 'agent' | 'mcp' | 'web' | 'load' | 'database' | 'cache';
  version: string;
  previousVersion: string;
  replicas: number;
  dependencies: ServiceName[];
  cpuPct: number;
  memoryMb: number;
  memoryLimitMb: number;
  latencyMs: number;
  requestsPerSec: number;
}

/** The demo's own stack, as the source demo's docker-compose ran it. */
export const SERVICE_SPECS: Record<ServiceName, ServiceSpec> = {
  'model-a': {
    name: 'model-a', displayName: 'Model A server', role: SERVICE_ROLES['model-a'], kind: 'model',
    version: '0.6.2', previousVersion: '0.6.1', replicas: 1, dependencies: [],
    cpuPct: 62, memoryMb: 5_800, memoryLimitMb: 8_192, latencyMs: 1_450, requestsPerSec: 3.2,
  },
  'model-b': {
    name: 'model-b', displayName: 'Model B server', role: SERVICE_ROLES['model-b'], kind: 'model',
    version: '0.6.2', previousVersion: '0.6.1', replicas: 1, dependencies: [],
    cpuPct: 48, memoryMb: 3_900, memoryLimitMb: 6_144, latencyMs: 620, requestsPerSec: 4.1,
  },
  'ai-agent': {
    name: 'ai-agent', displayName: 'AI agent', role: SERVICE_ROLES['ai-agent'], kind: 'agent',
    version: '1.8.0', previousVersion: '1.7.3', replicas: 2, dependencies: ['model-a', 'model-b', 'mcp-server', 'redis'],
    cpuPct: 24, memoryMb: 410, memoryLimitMb: 1_024, latencyMs: 2_100, requestsPerSec: 2.4,
  },
  'mcp-server': {
    name: 'mcp-server', displayName: 'MCP server', role: SERVICE_ROLES['mcp-server'], kind: 'mcp',
    version: '1.4.2', previousVersion: '1.4.1', replicas: 2, dependencies: ['postgres', 'redis'],
    cpuPct: 11, memoryMb: 180, memoryLimitMb: 512, latencyMs: 18, requestsPerSec: 9.5,
  },
  'web-ui': {
    name: 'web-ui', displayName: 'Web UI', role: SERVICE_ROLES['web-ui'], kind: 'web',
    version: '2.3.0', previousVersion: '2.2.4', replicas: 2, dependencies: ['ai-agent', 'mcp-server', 'postgres'],
    cpuPct: 9, memoryMb: 260, memoryLimitMb: 768, latencyMs: 45, requestsPerSec: 14,
  },
  'load-generator': {
    name: 'load-generator', displayName: 'Load generator', role: SERVICE_ROLES['load-generator'], kind: 'load',
    version: '2.31.1', previousVersion: '2.30.0', replicas: 1, dependencies: ['web-ui'],
    cpuPct: 14, memoryMb: 150, memoryLimitMb: 512, latencyMs: 60, requestsPerSec: 12,
  },
  postgres: {
    name: 'postgres', displayName: 'PostgreSQL', role: SERVICE_ROLES['postgres'], kind: 'database',
    version: '16.4', previousVersion: '16.3', replicas: 1, dependencies: [],
    cpuPct: 17, memoryMb: 620, memoryLimitMb: 2_048, latencyMs: 3, requestsPerSec: 85,
  },
  redis: {
    name: 'redis', displayName: 'Redis', role: SERVICE_ROLES['redis'], kind: 'cache',
    version: '7.4.1', previousVersion: '7.2.5', replicas: 1, dependencies: [],
    cpuPct: 5, memoryMb: 96, memoryLimitMb: 256, latencyMs: 1, requestsPerSec: 140,
  },
};
