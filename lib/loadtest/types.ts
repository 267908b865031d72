/** Load-test shapes the Monitoring page receives (browser-safe). */

export const LOAD_TEST_SCENARIOS = [
  { id: 'health', title: 'Health checks', description: 'GET /api/health, /api/health/live and /api/health/ready: the cheapest requests.' },
  { id: 'browse', title: 'Browsing the pages’ APIs', description: 'What the pages poll: fleet, metrics, workflow history, alerts, traces, comparison.' },
  {
    id: 'chat',
    title: 'Model answers (ask both)',
    description: 'POST /api/compare/ask: one fleet question to Model A and Model B with read-only tools (the chat feature’s own endpoint is not in this build).',
  },
  { id: 'workflows', title: 'Workflows', description: 'POST /api/workflows (JSON): read-only health-check workflows, alternating Model A and Model B.' },
  { id: 'mix', title: 'Mix', description: 'Mostly browsing and health checks, with a workflow and a model answer in every cycle.' },
] as const;

export type LoadTestScenario = (typeof LOAD_TEST_SCENARIOS)[number]['id'];
export const LOAD_TEST_SCENARIO_IDS = LOAD_TEST_SCENARIOS.map((s) => s.id) as [LoadTestScenario, ...LoadTestScenario[]];

export type LoadTestStatus = 'running' | 'finished' | 'stopped' | 'error';

/** What one run may ask for (LOADTEST_* variables). */
/** A load test as asked for: what POST /api/load-test/start takes, within LoadTestLimits. */
export interface LoadTestInput {
  users: number;
  durationSec: number;
  scenario: LoadTestScenario;
  /** Requests per second across all users; at most LOADTEST_MAX_RPS (the default). */
  rps: number;
}

export interface LoadTestLimits {
  maxUsers: number;
  maxDurationSec: number;
  maxRps: number;
  /** Runs a non-admin session may start per hour; 0 = admins only. */
  sessionRunsPerHour: number;
}

/** One second of a run. */
export interface LoadTestPoint {
  /** Seconds since the start. */
  t: number;
  requests: number;
  errors: number;
  meanMs: number | null;
}

export interface LoadTestRunView {
  id: string;
  scenario: LoadTestScenario;
  status: LoadTestStatus;
  startedAt: string;
  finishedAt?: string;
  users: number;
  durationSec: number;
  targetRps: number;
  elapsedSec: number;
  /** Responses received (any status) plus requests that failed without one. */
  requests: number;
  /** 5xx and 4xx responses, time-outs and connection errors. */
  errors: number;
  timeouts: number;
  statusCounts: { '2xx': number; '4xx': number; '429': number; '5xx': number };
  rps: number;
  avgLatencyMs: number | null;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
  p99LatencyMs: number | null;
  maxLatencyMs: number | null;
  timeline: LoadTestPoint[];
  startedByAdmin: boolean;
  error?: string;
}

export interface LoadTestStatusView {
  running: boolean;
  /** The run in progress, else the last one (null before the first). */
  run: LoadTestRunView | null;
  limits: LoadTestLimits;
}
