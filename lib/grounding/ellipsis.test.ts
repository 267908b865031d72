import { describe, expect, it } from 'vitest';
import { check, errorsOf, listServices } from '@/tests/support/grounding-fleet';
import { questionEllipsis } from './ellipsis';

const NAMES = ['model-a', 'model-b', 'ai-agent', 'mcp-server', 'web-ui', 'load-generator', 'postgres', 'redis'];

describe('questionEllipsis', () => {
  it('puts the names an answer gives in front of the question’s predicate', () => {
    expect(questionEllipsis('Which services run more than one replica?', 'Just these two — web-ui, mcp-server.', NAMES)).toBeUndefined();
    expect(questionEllipsis('Which services run more than one replica?', 'Two: web-ui, mcp-server.', NAMES)).toMatchObject({ sentence: 'web-ui and mcp-server run more than one replica.', span: 'web-ui, mcp-server' });
    expect(questionEllipsis('Who relies on postgres?', 'mcp-server and web-ui (both healthy).', NAMES)).toMatchObject({ sentence: 'mcp-server and web-ui rely on postgres.', start: 0 });
    expect(questionEllipsis('What is downstream of redis?', 'Two services: ai-agent and mcp-server.', NAMES)?.sentence).toBe('ai-agent and mcp-server depend on redis.');
  });

  it('leaves alone answers that say more than names, and questions about something other than services', () => {
    expect(questionEllipsis('Which services run more than one replica?', 'web-ui runs two and mcp-server runs two.', NAMES)).toBeUndefined();
    expect(questionEllipsis('Which release is web-ui on?', 'web-ui, 2.3.0.', NAMES)).toBeUndefined();
    expect(questionEllipsis('Which one should I restart first?', 'redis.', NAMES)).toBeUndefined();
  });

  it('a wrong name in such an answer is a finding on the names', () => {
    const said = (q: string, a: string) => errorsOf(check(a, { question: q, toolResults: [listServices] })).map((f) => [f.kind, f.span]);
    expect(said('Who relies on postgres?', 'mcp-server and web-ui.')).toEqual([]);
    expect(said('Who relies on postgres?', 'mcp-server and model-b.')).toEqual([['contradicted_fact', 'mcp-server and model-b']]);
    expect(said('Which services are stopped?', 'Only redis.')).toEqual([]);
    expect(said('Which services are stopped?', 'Only postgres.')).toEqual([['contradicted_fact', 'postgres']]);
  });

  it('"What does X depend on?" answered with names gives X those dependencies, the whole list unless it says there are more', () => {
    expect(questionEllipsis('What does web-ui rely on?', 'ai-agent, mcp-server and postgres.', NAMES)?.sentence).toBe('web-ui depends on ai-agent, mcp-server and postgres only.');
    expect(questionEllipsis('What does web-ui rely on?', 'postgres, among others.', NAMES)?.sentence).toBe('web-ui depends on postgres.');
    const said = (q: string, a: string) => errorsOf(check(a, { question: q, toolResults: [listServices] })).map((f) => f.kind);
    expect(said('What does web-ui need?', 'Only ai-agent and postgres.')).toEqual(['contradicted_fact']);
    expect(said('What does web-ui need?', 'ai-agent, mcp-server and postgres.')).toEqual([]);
    expect(said('What does web-ui need?', 'postgres (ai-agent and mcp-server too).')).toEqual([]);
  });
});
