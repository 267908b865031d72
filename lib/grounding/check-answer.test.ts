import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { evaluateSets, labelledKind } from './evaluate';
import { readSets } from './labelled-sets';
import { fleetFacts, KNOWN_ENDPOINTS } from './fleet-facts';
import type { ServiceFacts } from './types';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/grounding');
const fleet = (JSON.parse(readFileSync(path.join(fixtures, 'dev/bad-deploy-redis-crash.json'), 'utf8')) as { fleet: { services: ServiceFacts[] } }).fleet;
const facts = fleetFacts(fleet.services);
const check = (answer: string, extra: { question?: string; toolResults?: Parameters<typeof checkAnswer>[0]['toolResults'] } = {}) => checkAnswer({ answer, ...extra }, facts);

describe('checkAnswer', () => {
  it('finds invented services and explains with the real inventory, but not a denial', () => {
    const r = check('payment-gateway is running normally with 2 replicas.', { question: 'How is payment-gateway?' });
    expect(r.verdict).toBe('hallucination');
    expect(r.findings[0]).toMatchObject({ kind: 'unknown_entity', span: 'payment-gateway', start: 0 });
    expect(r.findings[0]!.fact).toContain('web-ui');
    expect(check('There is no service called payment-gateway in the fleet.', { question: 'How is payment-gateway?' }).verdict).toBe('grounded');
  });

  it('an action claim needs a successful matching tool call this turn', () => {
    expect(check('I restarted web-ui.').findings.map((f) => f.kind)).toEqual(['unperformed_action']);
    const restart = { name: 'restart_service', arguments: { service: 'web-ui' }, result: { service: 'web-ui' } };
    expect(check('I restarted web-ui.', { toolResults: [restart] }).verdict).toBe('grounded');
    expect(check('I restarted web-ui.', { toolResults: [{ ...restart, isError: true }] }).verdict).toBe('hallucination');
    expect(check('I restarted redis.', { toolResults: [restart] }).verdict).toBe('hallucination');
    expect(check('I have not restarted anything.').verdict).toBe('grounded');
  });

  it('statuses and numbers are checked against the tool results first, then the fleet', () => {
    expect(check('web-ui is running and healthy.').verdict).toBe('hallucination');
    const recovered = { name: 'get_service_status', arguments: { service: 'web-ui' }, result: { name: 'web-ui', status: 'running', health: 'healthy', replicas: 3 } };
    expect(check('web-ui is running and healthy with 3 replicas.', { toolResults: [recovered] }).verdict).toBe('grounded');
    const wrong = check('postgres has 4 replicas and a latency of 300 ms.');
    expect(wrong.findings.map((f) => [f.kind, f.span])).toEqual([['contradicted_fact', '4 replicas'], ['contradicted_fact', '300 ms']]);
    expect(wrong.findings[0]!.fact).toContain('postgres replicas: 1');
  });

  it('a confident answer to a question no fact answers is unsupported; saying so is fine', () => {
    const question = 'Who deployed web-ui yesterday?';
    expect(check('The platform team deployed it at noon.', { question }).findings[0]?.kind).toBe('unsupported_claim');
    expect(check("I can't tell: the tools only report the present.", { question }).verdict).toBe('grounded');
  });

  it('unknown tools, endpoints and versions are entities that do not exist', () => {
    expect(check('Use the purge_queue tool.').findings[0]).toMatchObject({ kind: 'unknown_entity', span: 'purge_queue' });
    expect(check('Call get_service_logs for that.').verdict).toBe('grounded');
    expect(check('GET /api/services/all lists them.').findings[0]).toMatchObject({ kind: 'unknown_entity', span: '/api/services/all' });
    expect(check('GET /api/logs/redis returns its logs.').verdict).toBe('grounded');
    expect(check('redis runs version 6.2.0.').findings[0]).toMatchObject({ kind: 'contradicted_fact', span: 'version 6.2.0' });
  });

  it('a number it cannot check makes the answer unverified, not a hallucination', () => {
    const noFacts = fleetFacts(fleet.services.map(({ name, status, health }) => ({ name, status, health })));
    const r = checkAnswer({ answer: 'postgres answers in 3 ms.' }, noFacts);
    expect(r.verdict).toBe('unverified');
    expect(r.findings[0]).toMatchObject({ severity: 'warning', kind: 'unsupported_claim' });
  });
});

describe('the dev set', () => {
  it('has at least 60 answers of every kind, and the detector keeps precision and recall at 0.9 or better on it', () => {
    const sets = [...readSets('dev'), ...readSets('dev-extra')];
    const answers = sets.flatMap((s) => s.answers);
    expect(answers.length).toBeGreaterThanOrEqual(60);
    expect(new Set(answers.map((a) => labelledKind(a)).filter((k) => k !== 'unlabelled'))).toEqual(new Set(['unknown_entity', 'unperformed_action', 'contradicted_fact', 'unsupported_claim']));
    const result = evaluateSets(sets);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  }, 60_000);
});

describe('KNOWN_ENDPOINTS', () => {
  it('lists exactly the API routes under app/ (the catch-all 404 route aside)', () => {
    const found: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) visit(full);
        else if (entry === 'route.ts') found.push(path.relative(path.join(root, 'app'), dir).split(path.sep).join('/'));
      }
    };
    visit(path.join(root, 'app'));
    const routes = found.map((r) => `/${r}`).filter((r) => !r.includes('[...')).sort();
    expect(routes).toEqual([...KNOWN_ENDPOINTS].sort());
  });
});

describe('checkAnswer on what the simulators write', () => {
  it('quoting a tool result word for word is grounded, and each percentage is read in its own clause', () => {
    const logs = { name: 'get_service_logs', arguments: { service: 'web-ui' }, result: { lines: [{ level: 'info', message: 'GET /api/generate 200 in 350ms' }] } };
    const metrics = { name: 'get_service_metrics', arguments: { service: 'web-ui' }, result: { current: { latencyMs: 45, errorRate: 0.002, cpuPct: 9 } } };
    const r = check('web-ui: status degraded. Now: latency 45 ms, error rate 0.2%, CPU 9%. Latest logs: [info] "GET /api/generate 200 in 350ms".', { toolResults: [logs, metrics] });
    expect(r.findings).toEqual([]);
    expect(check('web-ui: error rate 5%, CPU 9%.', { toolResults: [metrics] }).findings.map((f) => f.span)).toEqual(['5%']);
  });
});
