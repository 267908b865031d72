import { describe, expect, it } from 'vitest';
import { checkDependencies, diagnose } from './diagnostics';
import {
  ACTION_MS,
  advance,
  clearFaults,
  createFleet,
  FleetError,
  injectFault,
  LEAK_FILL_MS,
  metricsSeries,
  serviceAt,
  startAction,
  TICK_MS,
  type LogLine,
  type Step,
} from './simulation';
import { SERVICE_NAMES } from './types';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const sec = (n: number) => n * 1000;

/** A fleet plus its accumulated log, driven by explicit times. */
function harness(seed = 42) {
  let state = createFleet(seed, T0);
  const logs: LogLine[] = [];
  const apply = <T>(step: Step<T>): T => {
    state = step.state;
    logs.push(...step.logs);
    return step.result;
  };
  return {
    get state() {
      return state;
    },
    logs,
    at: (t: number) => apply(advance(state, t)),
    inject: (t: number, input: Parameters<typeof injectFault>[2]) => apply(injectFault(state, t, input)),
    act: (t: number, name: Parameters<typeof startAction>[2], cmd: Parameters<typeof startAction>[3]) => apply(startAction(state, t, name, cmd)),
    clear: (t: number) => apply(clearFaults(state, t)),
    view: (name: Parameters<typeof serviceAt>[1], t: number) => serviceAt(state, name, t),
  };
}

describe('a new fleet', () => {
  it('has eight running, healthy services with history', () => {
    const h = harness();
    h.at(T0);
    const views = SERVICE_NAMES.map((name) => h.view(name, T0));
    expect(views).toHaveLength(8);
    for (const view of views) {
      expect(view).toMatchObject({ status: 'running', health: 'healthy', faults: [], action: null, issues: [] });
      expect(view.uptimeSec).toBeGreaterThanOrEqual(2 * 3600);
      expect(view.cpuPct).toBeGreaterThan(0);
      expect(view.memoryMb).toBeLessThan(view.memoryLimitMb);
    }
    expect(h.view('ai-agent', T0).dependencies).toEqual(['model-a', 'model-b', 'mcp-server', 'redis']);
    // Three minutes of background lines, all in the past and in order.
    expect(h.logs.length).toBeGreaterThan(40);
    expect(h.logs.every((l, i) => l.at <= T0 && (i === 0 || h.logs[i - 1]!.at <= l.at))).toBe(true);
    expect(new Set(h.logs.map((l) => l.level))).toContain('info');
  });
});

describe('determinism', () => {
  function script(seed: number) {
    const h = harness(seed);
    h.at(T0);
    h.inject(T0 + sec(3), { service: 'model-a', kind: 'crash' });
    h.inject(T0 + sec(7), { service: 'ai-agent', kind: 'dependency_failure' });
    h.act(T0 + sec(20), 'model-a', { kind: 'restart' });
    h.at(T0 + sec(120));
    return { state: h.state, logs: h.logs };
  }

  it('replays exactly for the same seed and commands', () => {
    expect(script(7)).toEqual(script(7));
  });

  it('differs for another seed', () => {
    expect(script(7).logs).not.toEqual(script(8).logs);
  });

  it('does not depend on how often the fleet is read', () => {
    const once = harness();
    once.at(T0 + sec(90));
    const often = harness();
    for (let t = T0; t <= T0 + sec(90); t += 1_337) often.at(t);
    often.at(T0 + sec(90));
    expect(often.logs).toEqual(once.logs);
    expect(often.state).toEqual(once.state);
  });

  it('never changes the state it is given', () => {
    const h = harness();
    const before = structuredClone(h.state);
    advance(h.state, T0 + sec(60));
    injectFault(h.state, T0, { service: 'redis', kind: 'crash' });
    startAction(h.state, T0, 'redis', { kind: 'restart' });
    expect(h.state).toEqual(before);
  });

  it('reports no change (and keeps the same object) when no time has passed', () => {
    const h = harness();
    h.at(T0);
    const step = advance(h.state, T0 + 10);
    expect(step.result.changed).toBe(false);
    expect(step.state).toBe(h.state);
  });
});

describe('faults and repairs', () => {
  it('a crash stops the service, degrades its dependents, and needs a restart that takes time', () => {
    const h = harness();
    h.at(T0);
    h.inject(T0, { service: 'postgres', kind: 'crash' });
    expect(h.view('postgres', T0)).toMatchObject({ status: 'stopped', health: 'critical', uptimeSec: 0, cpuPct: 0 });
    expect(h.view('mcp-server', T0 + sec(1))).toMatchObject({ status: 'degraded', issues: ['dependency postgres unavailable'] });
    expect(h.logs.at(-1)).toMatchObject({ service: 'postgres', level: 'error', message: expect.stringContaining('exited with code 137') });

    // It does not heal by itself.
    h.at(T0 + sec(600));
    expect(h.view('postgres', T0 + sec(600)).status).toBe('stopped');
    expect(h.logs.some((l) => l.service === 'mcp-server' && l.message.includes('upstream postgres unavailable'))).toBe(true);

    const action = h.act(T0 + sec(600), 'postgres', { kind: 'restart' });
    const done = Date.parse(action.completesAt);
    expect(done - (T0 + sec(600))).toBeGreaterThanOrEqual(ACTION_MS.restart);
    expect(done - (T0 + sec(600))).toBeLessThanOrEqual(ACTION_MS.restart + 2_000);
    expect(h.view('postgres', done - 1).status).toBe('restarting');
    // Down while it restarts: no uptime carried over from the process before.
    expect(h.view('postgres', done - 1).uptimeSec).toBe(0);
    expect(() => h.act(T0 + sec(601), 'postgres', { kind: 'restart' })).toThrow(/busy/);

    h.at(done + 1);
    expect(h.view('postgres', done + 1)).toMatchObject({ status: 'running', health: 'healthy', faults: [], action: null });
    expect(h.view('postgres', done + sec(10)).uptimeSec).toBe(10);
    expect(h.view('mcp-server', done + 1).status).toBe('running');
    expect(h.logs.some((l) => l.service === 'postgres' && l.message.startsWith('restart complete'))).toBe(true);
  });

  it('a latency spike heals by itself after its duration, or earlier by scaling up', () => {
    const h = harness();
    h.at(T0);
    const base = h.view('model-b', T0).latencyMs;
    const fault = h.inject(T0, { service: 'model-b', kind: 'latency_spike', durationSec: 30 });
    expect(fault.endsAt).toBe(new Date(T0 + sec(30)).toISOString());
    expect(fault.fixedBy).toEqual(['scale']);
    expect(h.view('model-b', T0 + sec(10)).latencyMs).toBeGreaterThan(base * 5);
    expect(h.view('model-b', T0 + sec(10)).status).toBe('degraded');
    h.at(T0 + sec(31));
    expect(h.view('model-b', T0 + sec(31)).status).toBe('running');
    expect(h.logs.some((l) => l.service === 'model-b' && l.level === 'warn' && l.message.startsWith('slow request'))).toBe(true);
    expect(h.logs.filter((l) => l.message === 'latency back to normal').map((l) => l.at)).toEqual([T0 + sec(30)]);

    h.inject(T0 + sec(40), { service: 'model-b', kind: 'latency_spike' });
    const scale = h.act(T0 + sec(45), 'model-b', { kind: 'scale', replicas: 3 });
    const done = Date.parse(scale.completesAt);
    expect(h.view('model-b', done - 1)).toMatchObject({ status: 'degraded', replicas: 1 });
    h.at(done);
    expect(h.view('model-b', done)).toMatchObject({ status: 'running', replicas: 3 });
  });

  it('a memory leak grows until the service is OOM-killed; a restart fixes it', () => {
    const h = harness();
    h.at(T0);
    h.inject(T0, { service: 'ai-agent', kind: 'memory_leak' });
    const early = h.view('ai-agent', T0 + sec(30)).memoryPct;
    const late = h.view('ai-agent', T0 + LEAK_FILL_MS - sec(30)).memoryPct;
    expect(late).toBeGreaterThan(early + 30);
    expect(h.view('ai-agent', T0 + LEAK_FILL_MS - sec(30)).health).toBe('critical');
    h.at(T0 + LEAK_FILL_MS + sec(1));
    expect(h.view('ai-agent', T0 + LEAK_FILL_MS + sec(1))).toMatchObject({ status: 'stopped', issues: ['out of memory (OOM-killed)'] });
    expect(h.logs.some((l) => l.service === 'ai-agent' && l.message.startsWith('OOMKilled'))).toBe(true);
    expect(h.view('web-ui', T0 + LEAK_FILL_MS + sec(1)).status).toBe('degraded');

    const restart = h.act(T0 + LEAK_FILL_MS + sec(2), 'ai-agent', { kind: 'restart' });
    h.at(Date.parse(restart.completesAt));
    const after = h.view('ai-agent', Date.parse(restart.completesAt));
    expect(after.status).toBe('running');
    expect(after.memoryPct).toBeLessThan(early + 5);
  });

  it('a bad deployment survives a restart and is fixed by a rollback to the previous version', () => {
    const h = harness();
    h.at(T0);
    expect(h.view('web-ui', T0).version).toBe('2.3.0');
    h.inject(T0, { service: 'web-ui', kind: 'bad_deployment' });
    expect(h.view('web-ui', T0)).toMatchObject({ version: '2.4.0', previousVersion: '2.3.0', status: 'degraded' });
    expect(h.view('web-ui', T0 + 1).errorRate).toBeGreaterThan(0.3);

    const restart = h.act(T0 + sec(5), 'web-ui', { kind: 'restart' });
    h.at(Date.parse(restart.completesAt) + 1);
    expect(h.view('web-ui', Date.parse(restart.completesAt) + 1).status).toBe('degraded');
    expect(h.logs.some((l) => l.message.startsWith('still failing after restart'))).toBe(true);

    const rollback = h.act(T0 + sec(20), 'web-ui', { kind: 'rollback' });
    expect(h.view('web-ui', T0 + sec(21)).status).toBe('restarting');
    expect(h.view('web-ui', T0 + sec(21)).uptimeSec).toBe(0);
    h.at(Date.parse(rollback.completesAt));
    expect(h.view('web-ui', Date.parse(rollback.completesAt))).toMatchObject({ status: 'running', version: '2.3.0', previousVersion: null });
    expect(() => h.act(T0 + sec(60), 'web-ui', { kind: 'rollback' })).toThrow(/no previous version/);
  });

  it('an error burst is fixed by clearing the cache', () => {
    const h = harness();
    h.at(T0);
    h.inject(T0, { service: 'mcp-server', kind: 'error_burst', durationSec: 600 });
    expect(h.view('mcp-server', T0 + 1).errorRate).toBeGreaterThan(0.15);
    const clear = h.act(T0 + sec(10), 'mcp-server', { kind: 'clear_cache' });
    h.at(Date.parse(clear.completesAt));
    expect(h.view('mcp-server', Date.parse(clear.completesAt))).toMatchObject({ status: 'running', faults: [] });
    expect(h.logs.some((l) => l.service === 'mcp-server' && l.message.startsWith('cache flushed'))).toBe(true);
  });

  it('a dependency failure names the lost dependency and shows in the dependency check', () => {
    const h = harness();
    h.at(T0);
    h.inject(T0, { service: 'mcp-server', kind: 'dependency_failure', durationSec: 60 });
    const lost = h.state.faults[0]!.dependency!;
    expect(['postgres', 'redis']).toContain(lost);
    const check = checkDependencies(h.state, 'mcp-server', T0 + 1);
    expect(check.allHealthy).toBe(false);
    expect(check.dependencies.find((d) => d.name === lost)).toMatchObject({ reachable: false });
    expect(diagnose(h.state, 'mcp-server', T0 + 1).suggestedAction).toMatchObject({ action: 'restart', target: 'mcp-server' });
    h.at(T0 + sec(61));
    expect(checkDependencies(h.state, 'mcp-server', T0 + sec(61)).allHealthy).toBe(true);
  });

  it('diagnosis points at the failed dependency before the symptom', () => {
    const h = harness();
    h.at(T0);
    h.inject(T0, { service: 'redis', kind: 'crash' });
    expect(diagnose(h.state, 'ai-agent', T0 + 1).suggestedAction).toMatchObject({ action: 'investigate_dependency', target: 'redis' });
    expect(diagnose(h.state, 'redis', T0 + 1).suggestedAction).toMatchObject({ action: 'restart', target: 'redis' });
    expect(diagnose(h.state, 'model-a', T0 + 1)).toMatchObject({ status: 'running', suggestedAction: { action: 'none' } });
  });

  it('clearing faults ends them all and restores a bad deployment', () => {
    const h = harness();
    h.at(T0);
    h.inject(T0, { service: 'model-a', kind: 'crash' });
    h.inject(T0, { service: 'model-b', kind: 'bad_deployment' });
    expect(h.clear(T0 + sec(1))).toEqual({ cleared: 2 });
    expect(h.view('model-a', T0 + sec(1)).status).toBe('running');
    expect(h.view('model-b', T0 + sec(1))).toMatchObject({ status: 'running', version: '0.6.2', previousVersion: '0.6.1' });
  });

  it('refuses commands that make no sense', () => {
    const h = harness();
    h.at(T0);
    const refuse = (fn: () => unknown, code: FleetError['code'], text: RegExp) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(FleetError);
        expect((error as FleetError).code).toBe(code);
        expect((error as FleetError).message).toMatch(text);
        return;
      }
      throw new Error('expected a FleetError');
    };
    refuse(() => h.inject(T0, { service: 'postgres', kind: 'dependency_failure' }), 'bad_request', /no dependencies/);
    h.inject(T0, { service: 'redis', kind: 'crash' });
    refuse(() => h.inject(T0, { service: 'redis', kind: 'crash' }), 'conflict', /already has an active crash/);
    refuse(() => h.act(T0, 'redis', { kind: 'scale', replicas: 2 }), 'conflict', /stopped: restart it first/);
    refuse(() => h.act(T0, 'web-ui', { kind: 'scale', replicas: 2 }), 'bad_request', /already runs 2/);
    refuse(() => h.act(T0, 'web-ui', { kind: 'scale', replicas: 11 }), 'bad_request', /1 to 10/);
  });
});

describe('metrics', () => {
  it('gives one point a minute, oldest first, reflecting past faults', () => {
    const h = harness();
    h.at(T0);
    h.inject(T0, { service: 'model-a', kind: 'latency_spike', durationSec: 120 });
    h.at(T0 + sec(300));
    const series = metricsSeries(h.state, 'model-a', T0 + sec(300), 5);
    expect(series).toHaveLength(6);
    expect(series[0]!.at).toBe(new Date(T0).toISOString());
    // Minutes 0-1 were during the spike, minutes 3-5 after it.
    expect(series[1]!.latencyMs).toBeGreaterThan(series[5]!.latencyMs * 4);
  });

  it('jitters per tick but is stable within one', () => {
    const h = harness();
    const t = Math.floor(T0 / TICK_MS) * TICK_MS;
    expect(serviceAt(h.state, 'web-ui', t + 1).cpuPct).toBe(serviceAt(h.state, 'web-ui', t + 2_000).cpuPct);
    const samples = new Set(Array.from({ length: 10 }, (_, i) => serviceAt(h.state, 'web-ui', t + i * TICK_MS).cpuPct));
    expect(samples.size).toBeGreaterThan(3);
  });
});

