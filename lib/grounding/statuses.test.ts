import { describe, expect, it } from 'vitest';
import { check, errorsOf, listServices, status, testServices } from '@/tests/support/grounding-fleet';

const spans = (answer: string, toolResults = [listServices]) => errorsOf(check(answer, { toolResults })).map((f) => f.span);

describe('status claims', () => {
  it('checks what each named service is said to be, negations included', () => {
    expect(spans('postgres is humming along nicely and is operational.')).toEqual([]);
    expect(spans('redis is operational.')).toEqual(['redis is operational']);
    expect(spans("redis isn't running.")).toEqual([]);
    expect(spans('web-ui is not degraded.')).toEqual(['web-ui is not degraded']);
  });

  it('a past state is not a claim about now, a claim about X’s dependencies is not about X', () => {
    expect(spans('redis was healthy earlier, but it crashed.')).toEqual([]);
    expect(spans("load-generator's dependencies are not healthy.")).toEqual([]);
    expect(spans('load-generator is fine; its only dependency, web-ui, is degraded.')).toEqual([]);
  });

  it('a tally of counted states with the names in brackets gives each state to its own bracket, not to the name before it', () => {
    // web-ui is degraded, redis stopped, the other six healthy.
    expect(spans('Tally: six up and fine (model-a, model-b, ai-agent, mcp-server, load-generator, postgres); 1 degraded (web-ui); 1 down (redis).')).toEqual([]);
    expect(spans('Healthy: six of them (postgres and five more), then one degraded (web-ui) and one stopped (redis).')).toEqual([]);
    // A name put in the wrong bracket is still caught.
    expect(spans('Six healthy (model-a, model-b, ai-agent, mcp-server, load-generator, web-ui), one stopped (redis).')).not.toEqual([]);
    expect(spans('Seven running, one degraded (postgres).')).toEqual(['one degraded (postgres)']);
  });

  it('"is back" and "has recovered" say a service is up again; awaited in a clause of time or condition they claim nothing', () => {
    // redis is stopped, web-ui degraded (bad deployment), postgres healthy.
    expect(spans('Good news: redis is back and taking connections.')).toEqual(['redis is back']);
    expect(spans('postgres is back online after its blip.')).toEqual([]);
    expect(spans('After the restart web-ui has recovered and serves normally.')).toContain('web-ui has recovered');
    expect(spans('web-ui is back on 2.3.0 but still erroring.')).toEqual([]);
    expect(spans('ai-agent stays slow until redis is back.')).toEqual([]);
    expect(spans('Errors should clear once redis is running again.')).toEqual([]);
  });

  it('a service no tool of the turn read is held to the fleet, unless the tools’ words give it that state', () => {
    // Only web-ui's diagnostics were read; the fleet has model-b running and redis stopped.
    const diag = (findings: string[]) => [{ name: 'run_diagnostics', arguments: { service: 'web-ui' }, result: { service: 'web-ui', status: 'degraded', health: 'critical', findings } }];
    expect(spans('model-b has crashed, which is why web-ui struggles.', diag(['Calls to model-b take 2 s.']))).toEqual(['model-b has crashed']);
    expect(spans('redis has crashed as well.', diag(['Calls to redis take 2 s.']))).toEqual([]);
    // A service the turn's tools never touched (no call about it, not in their words) may be spoken of from an earlier turn.
    expect(spans('model-b has crashed, which is why web-ui struggles.', diag(['Error rate 40% (baseline 0.2%).']))).toEqual([]);
    // The tools say so in their own words: what the model read is not held to the fleet.
    expect(spans('model-b is stopped, going by the diagnostics.', diag(['Dependency model-b is stopped.']))).toEqual([]);
    // Unreachable is what callers see: refused connections back it.
    expect(spans('model-b is unreachable for now.', diag(['Connections to model-b are refused.']))).toEqual([]);
  });

  it('Slack emoji codes are signs and bullets like the emoji', () => {
    // redis is stopped, web-ui degraded.
    expect(spans(':red_circle: *redis* — stopped\n:large_yellow_circle: *web-ui* — degraded\n:large_green_circle: everything else — healthy')).toEqual([]);
    expect(spans(':white_check_mark: *redis* — healthy')).not.toEqual([]);
    expect(spans(':red_circle: *redis* — stopped\n:large_green_circle: everyone else — fine, web-ui included')).not.toEqual([]);
  });

  it('the whole fleet, "the rest", and counts of services', () => {
    expect(spans('Every service is green.')).toEqual(['Every service is green']);
    expect(spans('redis is down and web-ui is degraded; the others are healthy.')).toEqual([]);
    expect(spans('redis is down and web-ui is degraded; the rest of the fleet is healthy.')).toEqual([]);
    expect(spans('redis is down; the rest of the fleet is healthy.')).toEqual(['the fleet is healthy']);
    expect(spans('Two of the eight services need attention.')).toEqual([]);
    expect(spans('Just one of the 8 services is unhealthy.').length).toBe(1);
    expect(spans('We run 9 services.').length).toBe(1);
  });

  it('table cells and list items get the subject of their row or heading', () => {
    expect(spans('| Service | State |\n|---|---|\n| redis | stopped |\n| web-ui | healthy |')).toEqual(['healthy']);
    expect(spans('## redis\n- state: running normally')).toHaveLength(1);
  });

  it('states in brackets, as signs in a table, after "no problems with", and for everything but some', () => {
    expect(spans('I checked web-ui (healthy) and postgres (running).')).toEqual(['web-ui (healthy)']);
    expect(spans('| Service | Health |\n|---|---|\n| postgres | ✅ |\n| redis | ✅ |')).toHaveLength(1);
    expect(spans('No trouble at all with redis.')).toHaveLength(1);
    expect(spans('All but two services are healthy: web-ui and redis are not.')).toEqual([]);
    expect(spans('All but one service is healthy.')).toHaveLength(1);
    expect(spans('Everything except redis and web-ui is healthy.')).toEqual([]);
    expect(spans('Everything except redis is healthy.')).toHaveLength(1);
  });

  it('uses the turn’s tool results, not the fleet, when they are attached', () => {
    const back = status('redis', { status: 'running', health: 'healthy' });
    expect(spans('redis is healthy again.', [back])).toEqual([]);
    expect(spans('redis is stopped.', [back])).toEqual(['redis is stopped']);
  });

  it('after a clause about a service’s attribute, "it" or "the service" starts a claim about the service itself', () => {
    const said = (answer: string) => errorsOf(check(answer)).map((f) => f.kind);
    expect(said("redis's memory is flat, and the service looks healthy.")).toEqual(['contradicted_fact']);
    expect(said("web-ui's error rate is high and it is degraded.")).toEqual([]);
  });
  it('checks a share of the fleet in a state, in words or as a percentage (the test fleet: six of eight healthy)', () => {
    const said = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).map((f) => f.kind);
    for (const right of ['Three quarters of the fleet are in good shape.', 'Some 75 percent of the services look fine at present.', 'A quarter of our services are impaired.', 'Two in eight services are affected.', 'Most of the fleet is healthy.', 'Well over half the fleet is operational.']) expect(said(right), right).toEqual([]);
    for (const wrong of ['Half of the fleet is operational.', 'Roughly 40 per cent of the services are impaired.', 'One in eight services is affected.', 'Most of the services are unhealthy.']) expect(said(wrong), wrong).toEqual(['contradicted_fact']);
  });
  it('a sign before an action says how the action went, not that the service is healthy', () => {
    const said = (answer: string) => errorsOf(check(answer, { toolResults: [listServices, { name: 'restart_service', arguments: { service: 'web-ui' }, result: { service: 'web-ui', kind: 'restart', startedAt: '2026-12-01T09:00:00.000Z', completesAt: '2026-12-01T09:00:05.000Z' } }] })).map((f) => f.kind);
    expect(said('- ✅ Bounced web-ui — errors persist on this release.')).toEqual([]);
    expect(said('- ✅ web-ui\n- 🔴 redis')).toEqual(['contradicted_fact']);
  });
  it('a sign at the head of an emoji line is the service’s state, unless it heads other words', () => {
    const said = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).map((f) => f.kind);
    expect(said('🟢 web-ui')).toEqual(['contradicted_fact']);
    expect(said('🔴 web-ui\n🟢 its dependencies ai-agent, mcp-server and postgres')).toEqual([]);
  });
  it('a relative clause after a name says its state, even when a dash follows it', () => {
    const said = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).map((f) => f.kind);
    expect(said('First look at postgres, which is down — that explains the errors.')).toEqual(['contradicted_fact']);
    expect(said('First look at redis, which is down — that explains the errors.')).toEqual([]);
  });
  it('reads "back on its feet" and "working again" as healthy', () => {
    expect(spans('web-ui is back on its feet.')).not.toEqual([]);
    expect(spans('postgres is working again.')).toEqual([]);
  });

  it('denying that a fault is its own is about the cause, not the state', () => {
    // web-ui is degraded (bad deployment): "not broken by itself" says where the trouble comes from.
    expect(spans('web-ui is not broken by itself; the trouble is its new release.')).toEqual([]);
    expect(spans("web-ui isn't itself degraded, its dependencies are.")).toEqual([]);
    // A plain denial of its state is still held.
    expect(spans("web-ui isn't degraded at all.")).toEqual(["web-ui isn't degraded"]);
  });

  it('"no longer fails", "has stopped erroring" say the failing is over', () => {
    // web-ui is degraded (bad deployment), postgres healthy.
    expect(spans('Good news: web-ui has stopped erroring since the last check.')).toEqual(['web-ui has stopped erroring']);
    expect(spans('postgres no longer throws errors.')).toEqual([]);
    // Denied, it is the truth: the failing goes on.
    expect(spans('web-ui has not stopped erroring.')).toEqual([]);
    // "not yet", "no longer" on a state keep their meaning.
    expect(spans('web-ui is not yet healthy.')).toEqual([]);
    expect(spans('web-ui is no longer degraded.')).toEqual(['web-ui is no longer degraded']);
  });

  it('"the others" with nothing named before leaves out the services the question set apart', () => {
    // Only redis is down in this fleet.
    const services = testServices({ 'web-ui': { status: 'running', health: 'healthy', issues: [] } });
    const list = { name: 'list_services', arguments: {}, result: { services: services.map(({ name, status, health, version, replicas }) => ({ name, status, health, version, replicas })) } };
    const asked = (question: string, answer: string) => errorsOf(check(answer, { question, toolResults: [list], services })).map((f) => f.kind);
    expect(asked('Apart from redis, is anything wrong?', 'No, the other seven are up and healthy.')).toEqual([]);
    expect(asked('Besides redis, anything wrong?', 'Nope: the rest are all healthy.')).toEqual([]);
    expect(asked('Apart from postgres, is anything wrong?', 'No, the other seven are up and healthy.')).toEqual(['contradicted_fact']);
  });
});

describe('a sentence framed in the past', () => {
  it('speaks of then until "now" turns it', () => {
    // redis is stopped and web-ui degraded in the test fleet's list.
    expect(spans('Earlier, postgres was slow, with redis healthy and web-ui fine.')).toEqual([]);
    expect(spans('Before the outage redis was up, web-ui healthy as well.')).toEqual([]);
    // Once the sentence comes to the present, its states are claims again.
    expect(spans('Before the outage postgres was slow; now redis is healthy.')).toEqual(['redis is healthy']);
    // Without the frame, a state said with a past verb elsewhere in the sentence is still checked.
    expect(spans('postgres was slow, with redis healthy.')).toEqual(['redis healthy']);
  });
});

describe('a state word after a verb of connection', () => {
  it('is how the link works, not the caller\'s state', () => {
    // web-ui is degraded in the test fleet's list.
    expect(spans('postgres answers normally, and web-ui gets to it fine.')).toEqual([]);
    expect(spans('web-ui can still reach postgres OK.')).toEqual([]);
    // Its own state is still checked.
    expect(spans('postgres answers normally, and web-ui is fine.')).toEqual(['web-ui is fine']);
  });
});

describe('"is stopped" said of a service mid-restart', () => {
  const restarting = [status('mcp-server', { status: 'restarting', health: 'warning', action: { kind: 'restart', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:06.000Z' } })];
  it('is wrong; "down" and "restarting" are right', () => {
    expect(spans('mcp-server is stopped for now.', restarting)).toEqual(['mcp-server is stopped']);
    expect(spans('mcp-server is down for now.', restarting)).toEqual([]);
    expect(spans('mcp-server is restarting.', restarting)).toEqual([]);
    // A stopped service is stopped.
    expect(spans('redis is stopped.')).toEqual([]);
  });
});

describe('a count of "the other N" services', () => {
  it('counts those left after the ones named, not the whole fleet', () => {
    // Six of the eight are healthy; web-ui and redis are not.
    expect(spans('redis is stopped and web-ui is degraded; the other six services are healthy.')).toEqual([]);
    expect(spans('model-a is fine, web-ui is degraded and redis is stopped; the other five services are healthy too.')).toEqual([]);
    expect(spans('redis is stopped and web-ui is degraded; the other five services are healthy.')).toEqual(['five services are healthy']);
  });
});

describe('a relative clause telling what befell a service', () => {
  it('says its state, as "which is down" does', () => {
    // In the test fleet redis is stopped and postgres is running.
    expect(spans('The culprit is postgres, which crashed; model-b is fine.').length).toBe(1);
    expect(spans('The culprit is redis, which crashed; model-b is fine.')).toEqual([]);
    expect(spans('mcp-server calls postgres, which is healthy, and redis, which crashed.')).toEqual([]);
  });
});
