import type { LoadTestScenario } from './types';

/** One request of a scenario (headers are added by the runner). */
export interface ScenarioRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

const HEALTH: ScenarioRequest[] = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/health/live' },
  { method: 'GET', path: '/api/health/ready' },
];

/** What the pages poll while someone looks at them. */
const BROWSE: ScenarioRequest[] = [
  { method: 'GET', path: '/api/containers' },
  { method: 'GET', path: '/api/metrics?window=1m' },
  { method: 'GET', path: '/api/workflows?limit=10' },
  { method: 'GET', path: '/api/alerts' },
  { method: 'GET', path: '/api/logs/web-ui?limit=50' },
  { method: 'GET', path: '/api/traces?limit=20' },
  { method: 'GET', path: '/api/compare?range=1h' },
  { method: 'GET', path: '/api/session' },
];

const QUESTIONS = ['Which services need attention right now?', 'What is the status of postgres?', 'Show me recent errors in the web-ui logs.'];

/**
 * Model answers go through the ask-both endpoint (one question, both models,
 * read-only tools): the chat feature's /api/chat is built separately and its
 * body is its own, so this scenario does not guess it.
 */
const CHAT: ScenarioRequest[] = QUESTIONS.map((prompt) => ({ method: 'POST', path: '/api/compare/ask', body: { prompt } }));

/** Read-only workflows (a health check changes nothing), alternating the models. */
const WORKFLOWS: ScenarioRequest[] = (['A', 'B'] as const).map((model) => ({
  method: 'POST',
  path: '/api/workflows',
  body: { model, scenario: 'health-check' },
}));

const MIX: ScenarioRequest[] = [...BROWSE, ...HEALTH, WORKFLOWS[0]!, ...BROWSE.slice(0, 4), CHAT[0]!, ...HEALTH, WORKFLOWS[1]!];

/** The requests each virtual user sends in turn, cycling until the run ends. */
export function scenarioRequests(scenario: LoadTestScenario): ScenarioRequest[] {
  switch (scenario) {
    case 'health':
      return HEALTH;
    case 'browse':
      return BROWSE;
    case 'chat':
      return CHAT;
    case 'workflows':
      return WORKFLOWS;
    case 'mix':
      return MIX;
  }
}
