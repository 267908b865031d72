import { describe, expect, it } from 'vitest';
import { check, errorsOf, listServices } from '@/tests/support/grounding-fleet';

const wrong = (answer: string) => errorsOf(check(answer)).map((f) => f.kind);

describe('dependency claims', () => {
  it('"nothing depends on X except A and B" names X\'s dependents, not none', () => {
    // ai-agent depends on redis, and so does mcp-server.
    expect(wrong('Nothing depends on redis except ai-agent and mcp-server.')).toEqual([]);
    expect(wrong('Nothing depends on redis, apart from ai-agent and mcp-server.')).toEqual([]);
    expect(wrong('Nothing depends on redis except ai-agent, mcp-server and load-generator.')).toEqual(['contradicted_fact']);
    expect(wrong('Nothing depends on redis.')).toEqual(['contradicted_fact']);
  });

  it('each dependency named must be one of the service’s', () => {
    expect(wrong('mcp-server needs postgres and redis.')).toEqual([]);
    expect(wrong('mcp-server needs postgres and model-b.')).toEqual(['contradicted_fact']);
    expect(wrong("mcp-server doesn't depend on web-ui.")).toEqual([]);
    expect(wrong('mcp-server does not rely on postgres.')).toEqual(['contradicted_fact']);
  });

  it('a group said to have no dependencies, and "only" that group', () => {
    expect(wrong('model-a, model-b and postgres have no dependencies of their own.')).toEqual([]);
    expect(wrong('Only model-a, model-b, postgres and redis have no dependencies.')).toEqual([]);
    expect(wrong('Just model-b and redis have no dependencies; the rest all need something.')).toEqual(['contradicted_fact']);
    expect(wrong('web-ui and redis have no dependencies.')).toEqual(['contradicted_fact']);
  });

  it('a failing connection claimed between services that never talk', () => {
    expect(wrong('postgres keeps refusing connections from ai-agent.')).toEqual(['contradicted_fact']);
  });

  it('counts and exclusive lists', () => {
    expect(wrong('web-ui leans on exactly three services.')).toEqual([]);
    expect(wrong('ai-agent relies on only one other service.')).toEqual(['contradicted_fact']);
    expect(wrong('model-b has no dependencies at all.')).toEqual([]);
    expect(wrong('load-generator depends only on web-ui.')).toEqual([]);
    expect(wrong('mcp-server depends only on redis.')).toEqual(['contradicted_fact']);
  });

  it('"only" before the verb, and a counted list', () => {
    expect(wrong('load-generator only calls web-ui.')).toEqual([]);
    expect(wrong('mcp-server only talks to redis.')).toEqual(['contradicted_fact']);
    expect(wrong('mcp-server calls two services: postgres and redis.')).toEqual([]);
    expect(wrong('mcp-server calls two services: postgres and web-ui.')).toEqual(['contradicted_fact']);
  });

  it('who depends on a service', () => {
    expect(wrong('No service depends on load-generator.')).toEqual([]);
    expect(wrong('No other service depends on postgres.')).toEqual(['contradicted_fact']);
    expect(wrong('Two services depend on redis.')).toEqual([]);
    expect(wrong('Three services depend on redis.')).toEqual(['contradicted_fact']);
  });

  it('the state of a service’s dependencies, not of the service', () => {
    expect(wrong("All of load-generator's dependencies are healthy.")).toEqual(['contradicted_fact']);
    expect(wrong("All of mcp-server's dependencies are healthy.")).toEqual(['contradicted_fact']);
    expect(wrong("model-a's dependencies are all fine.")).toEqual([]);
    // web-ui itself is degraded; "all three of web-ui's dependencies are up" says nothing of web-ui.
    expect(wrong("All three of web-ui's dependencies are up: ai-agent at 2.1 s, mcp-server at 18 ms and postgres at 3 ms.")).toEqual([]);
    expect(wrong("Both of mcp-server's dependencies are healthy, postgres at 3 ms and redis idle.")).toContain('contradicted_fact');
  });

  it('a list of dependencies goes on past a decimal point', () => {
    expect(wrong('web-ui’s dependencies are ai-agent at 2.1 s, mcp-server at 18 ms and postgres.')).toEqual([]);
    expect(wrong('web-ui’s dependencies are ai-agent at 2.1 s and postgres at 3 ms.')).toEqual(['contradicted_fact']);
  });

  it('a relation said again of another service by ellipsis ("nor does X", "as does X", "X does too")', () => {
    expect(wrong('load-generator does not rely on postgres, and neither does model-b.')).toEqual([]);
    expect(wrong('load-generator does not rely on postgres, and neither does mcp-server.')).toEqual(['contradicted_fact']);
    expect(wrong('mcp-server reads from postgres; so does web-ui.')).toEqual([]);
    expect(wrong('mcp-server reads from postgres; so does load-generator.')).toEqual(['contradicted_fact']);
    expect(wrong('ai-agent talks to redis. mcp-server does too, as does model-a.')).toEqual(['contradicted_fact']);
  });

  it('several services said unreachable from one: each is a lost connection', () => {
    const deps = { name: 'check_dependencies', arguments: { service: 'ai-agent' }, result: { service: 'ai-agent', dependencies: [{ name: 'model-a', reachable: true }, { name: 'model-b', reachable: true }, { name: 'mcp-server', reachable: true }, { name: 'redis', reachable: false }] } };
    const found = (answer: string) => errorsOf(check(answer, { toolResults: [deps] })).map((f) => f.kind);
    expect(found('From ai-agent, redis is unreachable.')).toEqual([]);
    expect(found('redis and model-b are both unreachable from ai-agent.')).toEqual(['contradicted_fact']);
  });

  it('reachability with a quantifier or an exception is read against check_dependencies', () => {
    const deps = { name: 'check_dependencies', arguments: { service: 'web-ui' }, result: { service: 'web-ui', dependencies: [{ name: 'ai-agent', reachable: true }, { name: 'mcp-server', reachable: false }, { name: 'postgres', reachable: true }] } };
    const found = (answer: string) => errorsOf(check(answer, { toolResults: [deps] })).map((f) => f.kind);
    expect(found('web-ui can reach every dependency except mcp-server.')).toEqual([]);
    expect(found('web-ui can reach every dependency except postgres.')).toEqual(['contradicted_fact']);
    expect(found("All three of web-ui's dependencies are reachable.")).toEqual(['contradicted_fact']);
  });
  it('each name given as one of X’s dependants must depend on X (British spelling too)', () => {
    const said = (answer: string) => errorsOf(check(answer)).map((f) => f.kind);
    expect(said("Both of mcp-server's dependants are affected: ai-agent and web-ui.")).toEqual([]);
    expect(said("Both of redis's dependants are affected: ai-agent and web-ui.")).toEqual(['contradicted_fact']);
  });
  it('"the ones that depend on X: A and B" says A and B depend on X, not that X depends on them', () => {
    expect(wrong('Only the services that rely on redis are hurting: ai-agent (errors up) and mcp-server.')).toEqual([]);
    expect(wrong('Those which depend on postgres — mcp-server and web-ui — would feel an outage.')).toEqual([]);
    expect(errorsOf(check('The three that call it: ai-agent, web-ui and load-generator.', { question: 'Who is hit if mcp-server goes down?' })).map((f) => f.kind)).toEqual(['contradicted_fact']);
    expect(wrong('The ones that lean on redis: ai-agent and web-ui.')).toEqual(['contradicted_fact']);
    // A name right before the relative pronoun is still its subject.
    expect(wrong('ai-agent, which depends on redis, is slow.')).toEqual([]);
  });
  it('a counted list after a colon runs past an aside on one of its names', () => {
    expect(wrong('mcp-server talks to two services: postgres, which answers quickly, and redis, which is down.')).toEqual([]);
    expect(wrong('mcp-server talks to two services: postgres, which answers quickly, and web-ui.')).toContain('contradicted_fact');
  });
  it('"only X relies on Y" counts Y\'s dependents, and "lean on", "read from" are dependencies', () => {
    expect(wrong('Just web-ui leans on ai-agent.')).toEqual([]);
    expect(wrong('Only web-ui leans on postgres.')).toContain('contradicted_fact');
    expect(wrong('Both ai-agent and model-b read from postgres.')).toContain('contradicted_fact');
  });
});

describe('an answer that opens on the connection the question asks about', () => {
  // mcp-server's logs: it cannot reach redis (mcp-server depends on postgres and redis).
  const logs = { name: 'get_service_logs', arguments: { service: 'mcp-server' }, result: { service: 'mcp-server', count: 1, lines: [{ at: '2026-12-01T10:00:00.000Z', service: 'mcp-server', level: 'error', message: 'connection to redis failed: ECONNREFUSED' }] } };
  const run = (answer: string) => errorsOf(check(answer, { question: 'What link has mcp-server dropped?', toolResults: [logs] })).map((f) => f.kind);
  it('takes the question’s verb and subject', () => {
    expect(run('The link to redis — every attempt is refused.')).toEqual([]);
    expect(run('The link to postgres — every attempt is refused.')).toEqual(['contradicted_fact']);
  });
});

describe('a list of services said to depend together', () => {
  // ai-agent: model-a, model-b, mcp-server, redis; web-ui: ai-agent, mcp-server, postgres; load-generator: web-ui.
  const wrong = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).filter((f) => f.kind === 'contradicted_fact').length;
  it('"A, B and C all rely on X" claims it of each', () => {
    expect(wrong('web-ui and ai-agent both rely on mcp-server.')).toBe(0);
    expect(wrong('web-ui, ai-agent and load-generator all rely on mcp-server.')).toBe(1);
  });
  it('"A (…), B and C, which all go through X" claims it of each, past their brackets', () => {
    expect(wrong('Two callers are hit: ai-agent (errors) and web-ui, which both go through mcp-server.')).toBe(0);
    expect(wrong('Two callers are hit: ai-agent (errors) and load-generator, which both go through mcp-server.')).toBe(1);
    // "go through" with no service right after it is no dependency.
    expect(wrong('Requests from load-generator to postgres go through quickly.')).toBe(0);
  });
});
