import { describe, expect, it } from 'vitest';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';
import { structuredFields } from './structured';

const NAMES = ['model-a', 'model-b', 'ai-agent', 'mcp-server', 'web-ui', 'load-generator', 'postgres', 'redis'];

describe('JSON and YAML blocks', () => {
  it('reads each field as words, with the service its object or key names', () => {
    const json = structuredFields('[{"service": "postgres", "p95_ms": 4, "replicaCount": 1}, {"service": "redis", "errorRate": 1}]', 'json', NAMES, []);
    expect(json?.map((f) => [f.text, f.subjects])).toEqual([
      ['p95: 4 ms', ['postgres']],
      ['replica count: 1', ['postgres']],
      ['error rate: 100 %', ['redis']],
    ]);
    const yaml = structuredFields('fleet:\n  mcp-server:\n    state: running\n    cpu_pct: 11\n  redis:\n    state: stopped', 'yaml', NAMES, []);
    expect(yaml?.map((f) => [f.text, f.subjects])).toEqual([
      ['state: running', ['mcp-server']],
      ['cpu: 11 %', ['mcp-server']],
      ['state: stopped', ['redis']],
    ]);
    // A log excerpt or a command is not a structured block.
    expect(structuredFields('ERROR 500 on /api/chat\nretrying in 2s', '', NAMES, [])).toBeUndefined();
    expect(structuredFields('kubectl rollout undo deploy/web-ui', 'bash', NAMES, [])).toBeUndefined();
  });

  it('checks a summary written as a block like one written in prose, not as a quote of the tools', () => {
    const tools = [status('postgres')];
    expect(errorsOf(check('As requested:\n```yaml\n- name: postgres\n  status: running\n  replicas: 1\n  version: "16.4"\n```', { toolResults: tools }))).toEqual([]);
    expect(errorsOf(check('As requested:\n```yaml\n- name: postgres\n  status: running\n  replicas: 3\n```', { toolResults: tools })).map((f) => f.kind)).toEqual(['contradicted_fact']);
    expect(errorsOf(check('```json\n{"postgres": {"status": "stopped"}}\n```', { toolResults: tools })).map((f) => f.kind)).toEqual(['contradicted_fact']);
  });
  it('reads a list under a key as the key said of each entry, and an action with its state as one claim', () => {
    const yaml = structuredFields('down:\n  - redis\nrejected:\n  - scale redis (stopped)', 'yaml', NAMES, []);
    expect(yaml?.map((f) => f.text)).toEqual(['down: redis', 'rejected: scale redis (stopped)']);
    expect(errorsOf(check('```json\n{"down": ["redis"], "degraded": ["web-ui"]}\n```', { toolResults: [status('redis'), status('web-ui')] }))).toEqual([]);
    expect(errorsOf(check('```json\n{"down": ["web-ui"]}\n```', { toolResults: [status('web-ui')] })).map((f) => f.kind)).toEqual(['contradicted_fact']);
    // A flush said done with no flush call behind it.
    const flush = '```json\n[{"service": "postgres", "action": "flush_cache", "state": "completed"}]\n```';
    expect(errorsOf(check(flush, { toolResults: [status('postgres')] })).map((f) => f.kind)).toEqual(['unperformed_action']);
    expect(errorsOf(check(flush.replace('completed', 'not_started'), { toolResults: [status('postgres')] }))).toEqual([]);
  });
});
