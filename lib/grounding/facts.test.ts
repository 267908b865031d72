import { describe, expect, it } from 'vitest';
import { check, status, testServices } from '@/tests/support/grounding-fleet';

describe('the turn’s tool results win over the live fleet', () => {
  const answers = ['redis is running and healthy on 7.4.1 with 1 replica.', 'redis is stopped.', 'redis uses 90 MB of memory.', 'I restarted redis.'];
  const recovered = status('redis', { status: 'running', health: 'healthy', memoryMb: 90, uptimeSec: 30 });
  const fleets = [
    testServices(),
    testServices({ redis: { status: 'running', health: 'healthy', version: '7.2.5', replicas: 3, memoryMb: 200 } }),
    testServices({ redis: { status: 'degraded', health: 'warning', version: '8.0.0', previousVersion: '7.4.1', memoryMb: 10 } }),
  ];

  it('gives the same verdict and findings on the same answer and results whatever the fleet says now', () => {
    for (const answer of answers) {
      const results = fleets.map((services) => check(answer, { toolResults: [recovered], services }));
      expect(results.map((r) => r.verdict), answer).toEqual(results.map(() => results[0]!.verdict));
      expect(results.map((r) => r.findings.map((f) => f.fact))).toEqual(results.map(() => results[0]!.findings.map((f) => f.fact)));
    }
    expect(check(answers[0]!, { toolResults: [recovered] }).verdict).toBe('grounded');
    expect(check(answers[1]!, { toolResults: [recovered] }).verdict).toBe('hallucination');
  });

  it('without tool results the fleet is the fact; with them, what they do not report is unverified unless a call was about the service', () => {
    expect(check('redis is stopped.').verdict).toBe('grounded');
    // No call of the turn was about postgres: the figure may come from an earlier turn.
    expect(check('postgres uses 620 MB of memory.', { toolResults: [recovered] }).verdict).toBe('unverified');
    // A restart of postgres was this turn's: the figure it does not report falls back to the fleet.
    const restart = { name: 'restart_service', arguments: { service: 'postgres' }, result: { service: 'postgres', kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z' } };
    expect(check('postgres uses 620 MB of memory.', { toolResults: [restart] }).verdict).toBe('grounded');
    expect(check('postgres uses 1900 MB of memory.', { toolResults: [restart] }).verdict).toBe('hallucination');
  });

  it('an isError result backs nothing and reports no state', () => {
    const failed = { name: 'restart_service', arguments: { service: 'redis' }, result: { error: 'redis is busy' }, isError: true };
    expect(check('I restarted redis.', { toolResults: [failed] }).findings[0]!.fact).toContain('failed');
  });
});
