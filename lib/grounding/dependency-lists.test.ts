import { describe, expect, it } from 'vitest';
import { check, errorsOf } from '@/tests/support/grounding-fleet';

// web-ui depends on ai-agent, mcp-server and postgres; the check ran for it alone.
const deps = { name: 'check_dependencies', arguments: { service: 'web-ui' }, result: { service: 'web-ui', dependencies: ['ai-agent', 'mcp-server', 'postgres'].map((name) => ({ name, status: 'running', health: 'healthy', reachable: true })), allHealthy: true } };
const spans = (answer: string, question = 'Can it still reach its dependencies?') => errorsOf(check(answer, { question, toolResults: [deps] })).map((f) => f.span);

describe('a list given as the dependencies the question points to', () => {
  it('must name only the checked service’s dependencies', () => {
    expect(spans('It can: all three answer fine: ai-agent, mcp-server and postgres.')).toEqual([]);
    expect(spans('It can: all three answer fine: ai-agent, redis and postgres.')).toEqual(['ai-agent, redis and postgres']);
  });

  it('is left alone when the question names a service or the words do not present the whole set', () => {
    // (The relations module reads a question that names the service.)
    expect(spans('All three answer fine: ai-agent, redis and postgres.', 'Can model-b reach its dependencies?')).toEqual([]);
    expect(spans('Two things stand out: ai-agent and redis.')).toEqual([]);
  });
});
