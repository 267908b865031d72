/**
 * Captures real fleet states for the hallucination detector's labelled sets:
 * boots the fleet simulation in-process (the same pure state machine the app
 * stores in its database), drives it into each state with the same commands
 * the MCP tools send, and records the ServiceFacts list (as fleet-facts.ts
 * builds it) plus the results of the real MCP tool implementations
 * (lib/mcp/tools.ts) called against that state.
 *
 *   node --conditions=react-server --import tsx scripts/grounding-fixtures/capture-states.ts
 *
 * Writes tests/fixtures/grounding/states/<state>.json. Deterministic: a fixed
 * seed and a fixed simulated clock, so re-running gives the same files.
 *
 * The only stand-in is the store: log lines and the state live in memory
 * instead of PostgreSQL (FleetStore does exactly this plus the SQL), so the
 * capture needs no database.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkDependencies, diagnose } from '../../lib/fleet/diagnostics';
import { advance, fleetAt, FleetError, injectFault, metricsSeries, serviceAt, startAction, type ActionInput, type FaultInput, type FleetState, type LogLine, type Step } from '../../lib/fleet/simulation';
import { createFleet } from '../../lib/fleet/simulation';
import { LOG_LEVELS, type LogEntry, type ServiceName } from '../../lib/fleet/types';
import type { FleetService, LogQuery } from '../../lib/fleet';
import { fleetFacts } from '../../lib/grounding/fleet-facts';
import { TOOL_DEFINITIONS } from '../../lib/mcp/tools';

const SEED = 42;
const T0 = Date.UTC(2026, 10, 30, 14, 0, 0);
const sec = (n: number) => T0 + n * 1000;

/** FleetService's read and write methods over an in-memory state (mirrors fleet-service.ts and store.ts). */
class MemoryFleet {
  state: FleetState;
  private lines: Array<LogLine & { seq: number }> = [];
  private seq = 0;
  constructor(public now: number) {
    this.state = createFleet(SEED, now);
    this.current();
  }
  private apply<T>(step: Step<T>): T {
    this.state = step.state;
    for (const l of step.logs) this.lines.push({ ...l, seq: this.seq++ });
    return step.result;
  }
  private current() {
    const at = Math.max(this.now, this.state.clock);
    this.apply(advance(this.state, at));
    return { state: this.state, at };
  }
  async services() {
    const { state, at } = this.current();
    return { at: new Date(at).toISOString(), services: fleetAt(state, at) };
  }
  async service(name: ServiceName) {
    const { state, at } = this.current();
    return serviceAt(state, name, at);
  }
  async logs(name: ServiceName, query: LogQuery): Promise<LogEntry[]> {
    this.current();
    const min = query.level ? LOG_LEVELS.indexOf(query.level) : 0;
    return this.lines
      .filter((l) => l.service === name && LOG_LEVELS.indexOf(l.level) >= min)
      .filter((l) => !query.since || l.at >= query.since.getTime())
      .filter((l) => !query.q || l.message.toLowerCase().includes(query.q.toLowerCase()))
      .sort((a, b) => b.at - a.at || b.seq - a.seq)
      .slice(0, query.limit)
      .map((l) => ({ at: new Date(l.at).toISOString(), service: l.service, level: l.level, message: l.message }));
  }
  async metrics(name: ServiceName, minutes: number) {
    const { state, at } = this.current();
    return { service: name, current: serviceAt(state, name, at), series: metricsSeries(state, name, at, minutes) };
  }
  async dependencies(name: ServiceName) {
    const { state, at } = this.current();
    return checkDependencies(state, name, at);
  }
  async diagnose(name: ServiceName) {
    const { state, at } = this.current();
    const recentErrors = await this.logs(name, { level: 'warn', limit: 5, since: new Date(at - 15 * 60_000) });
    return { ...diagnose(state, name, at), recentErrors };
  }
  async injectFault(input: FaultInput) {
    const result = this.apply(injectFault(this.state, Math.max(this.now, this.state.clock), input));
    return { service: input.service, ...result };
  }
  async act(name: ServiceName, action: ActionInput) {
    const result = this.apply(startAction(this.state, Math.max(this.now, this.state.clock), name, action));
    return { service: name, ...result };
  }
}

interface ToolCall {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
  isError?: boolean;
  /** Simulated time of the call (the fleet facts are taken at the state's `at`). */
  at: string;
}

/** Calls a real tool implementation the way lib/mcp/server.ts does, and returns what the agent reads. */
async function call(fleet: MemoryFleet, name: string, args: Record<string, unknown> = {}): Promise<ToolCall> {
  const definition = TOOL_DEFINITIONS[name];
  if (!definition) throw new Error(`no tool ${name}`);
  const parsed = z.object(definition.inputSchema).parse(args);
  const at = new Date(fleet.now).toISOString();
  try {
    const value = await definition.run(fleet as unknown as FleetService, parsed);
    // The agent reads the JSON text back (mcp-tool-source.ts), so round-trip it.
    return { name, arguments: args, result: JSON.parse(JSON.stringify(value)), at };
  } catch (error) {
    if (!(error instanceof FleetError)) throw error;
    return { name, arguments: args, result: error.message, isError: true, at };
  }
}

const ALL: ServiceName[] = ['model-a', 'model-b', 'ai-agent', 'mcp-server', 'web-ui', 'load-generator', 'postgres', 'redis'];

/** The read-only tools for every service (logs and metrics kept short). */
async function reads(fleet: MemoryFleet, prefix = ''): Promise<Record<string, ToolCall>> {
  const out: Record<string, ToolCall> = {};
  out[`${prefix}list_services`] = await call(fleet, 'list_services');
  for (const s of ALL) {
    out[`${prefix}get_service_status:${s}`] = await call(fleet, 'get_service_status', { service: s });
    out[`${prefix}get_service_logs:${s}`] = await call(fleet, 'get_service_logs', { service: s, limit: 8 });
    out[`${prefix}get_service_logs:${s}:warn`] = await call(fleet, 'get_service_logs', { service: s, level: 'warn', limit: 8 });
    out[`${prefix}get_service_metrics:${s}`] = await call(fleet, 'get_service_metrics', { service: s, minutes: 3 });
    out[`${prefix}check_dependencies:${s}`] = await call(fleet, 'check_dependencies', { service: s });
    out[`${prefix}run_diagnostics:${s}`] = await call(fleet, 'run_diagnostics', { service: s });
  }
  return out;
}

interface Captured {
  description: string;
  at: string;
  services: ReturnType<typeof fleetFacts>['services'];
  tools: Record<string, ToolCall>;
}

async function finish(fleet: MemoryFleet, description: string, extra: Record<string, ToolCall> = {}): Promise<Captured> {
  const tools = { ...extra, ...(await reads(fleet)) };
  const { services } = await fleet.services();
  return { description, at: new Date(fleet.now).toISOString(), services: fleetFacts(services).services, tools };
}

const STATES: Record<string, () => Promise<Captured>> = {
  healthy: async () => {
    const f = new MemoryFleet(T0);
    f.now = sec(30);
    return finish(f, 'A healthy fleet: all eight services running, no faults, no actions.');
  },
  crash: async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'redis', kind: 'crash' });
    f.now = sec(40);
    const extra = {
      'scale_service:redis': await call(f, 'scale_service', { service: 'redis', replicas: 2 }),
      'clear_cache:redis': await call(f, 'clear_cache', { service: 'redis' }),
    };
    return finish(f, 'redis crashed 40 s ago (stopped); ai-agent and mcp-server, which depend on it, are degraded. A scale and a cache flush of redis were refused.', extra);
  },
  'latency-spike': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'model-b', kind: 'latency_spike' });
    f.now = sec(35);
    return finish(f, 'model-b has a latency spike (35 s old, heals by itself after 120 s or with more replicas).');
  },
  'memory-leak': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'model-a', kind: 'memory_leak' });
    f.now = sec(160);
    return finish(f, 'model-a leaks memory (160 s in, not yet OOM-killed; it is killed at 300 s).');
  },
  'error-burst': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'mcp-server', kind: 'error_burst' });
    f.now = sec(25);
    return finish(f, 'mcp-server has an error burst from a poisoned cache entry (25 s old).');
  },
  'dependency-failure': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'ai-agent', kind: 'dependency_failure' });
    f.now = sec(30);
    return finish(f, 'ai-agent lost its connection to one of its dependencies (30 s old); the dependency itself is fine.');
  },
  'bad-deployment': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'web-ui', kind: 'bad_deployment' });
    f.now = sec(30);
    const restart = await call(f, 'restart_service', { service: 'web-ui' });
    f.now = sec(45);
    return finish(f, 'web-ui got a bad deployment (2.4.0) 45 s ago; a restart 15 s ago completed but did not fix it.', { 'restart_service:web-ui': restart });
  },
  'action-in-progress': async () => {
    const f = new MemoryFleet(T0);
    f.now = sec(10);
    const restart = await call(f, 'restart_service', { service: 'postgres' });
    const scale = await call(f, 'scale_service', { service: 'ai-agent', replicas: 4 });
    f.now = sec(12);
    const again = await call(f, 'restart_service', { service: 'postgres' });
    const rollback = await call(f, 'rollback_deployment', { service: 'ai-agent' });
    return finish(f, 'postgres is restarting (requested 2 s ago) and ai-agent is scaling from 2 to 4 replicas; a second restart of postgres and a rollback of ai-agent were refused as busy.', {
      'restart_service:postgres': restart,
      'scale_service:ai-agent': scale,
      'restart_service:postgres:again': again,
      'rollback_deployment:ai-agent': rollback,
    });
  },
  'after-actions': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'model-a', kind: 'crash' });
    await f.injectFault({ service: 'model-b', kind: 'latency_spike', durationSec: 600 });
    await f.injectFault({ service: 'web-ui', kind: 'bad_deployment' });
    await f.injectFault({ service: 'redis', kind: 'error_burst', durationSec: 600 });
    f.now = sec(20);
    const before = await reads(f, 'before:');
    f.now = sec(30);
    const extra: Record<string, ToolCall> = {
      'restart_service:model-a': await call(f, 'restart_service', { service: 'model-a' }),
      'scale_service:model-b': await call(f, 'scale_service', { service: 'model-b', replicas: 3 }),
      'rollback_deployment:web-ui': await call(f, 'rollback_deployment', { service: 'web-ui' }),
      'clear_cache:redis': await call(f, 'clear_cache', { service: 'redis' }),
    };
    f.now = sec(60);
    extra['rollback_deployment:web-ui:again'] = await call(f, 'rollback_deployment', { service: 'web-ui' });
    extra['scale_service:model-b:again'] = await call(f, 'scale_service', { service: 'model-b', replicas: 3 });
    f.now = sec(70);
    return finish(
      f,
      'Four faults repaired 40 s ago, all actions complete: model-a restarted after a crash, model-b scaled from 1 to 3 replicas after a latency spike, web-ui rolled back from 2.4.0 to 2.3.0, redis cache flushed after an error burst. A second rollback of web-ui and a repeated scale of model-b were refused. Tools prefixed "before:" were called at 20 s, before the repairs.',
      { ...before, ...extra },
    );
  },
  'two-faults': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'mcp-server', kind: 'crash' });
    f.now = sec(20);
    await f.injectFault({ service: 'model-a', kind: 'latency_spike' });
    f.now = sec(50);
    const extra = {
      'clear_cache:mcp-server': await call(f, 'clear_cache', { service: 'mcp-server' }),
      'scale_service:mcp-server': await call(f, 'scale_service', { service: 'mcp-server', replicas: 3 }),
    };
    return finish(
      f,
      'Two faults at once: mcp-server crashed 50 s ago (stopped; ai-agent and web-ui, which depend on it, are degraded) and model-a has had a latency spike for 30 s. A cache flush and a scale of mcp-server were refused (it is stopped).',
      extra,
    );
  },
  'scale-down': async () => {
    const f = new MemoryFleet(T0);
    f.now = sec(10);
    const extra: Record<string, ToolCall> = {
      'scale_service:web-ui': await call(f, 'scale_service', { service: 'web-ui', replicas: 1 }),
      'scale_service:mcp-server': await call(f, 'scale_service', { service: 'mcp-server', replicas: 1 }),
    };
    f.now = sec(30);
    extra['scale_service:web-ui:again'] = await call(f, 'scale_service', { service: 'web-ui', replicas: 1 });
    f.now = sec(40);
    return finish(
      f,
      'A healthy fleet scaled down 30 s ago: web-ui from 2 to 1 replica and mcp-server from 2 to 1, both complete. A second scale of web-ui to 1 was refused (already at 1).',
      extra,
    );
  },
  'rollback-failed': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'ai-agent', kind: 'memory_leak' });
    f.now = sec(60);
    const rollback = await call(f, 'rollback_deployment', { service: 'ai-agent' });
    f.now = sec(90);
    const again = await call(f, 'rollback_deployment', { service: 'ai-agent' });
    f.now = sec(100);
    return finish(
      f,
      'ai-agent leaks memory (100 s in); a rollback 40 s ago completed (1.8.0 to 1.7.3) but did not stop the leak, and a second rollback was refused (no previous version left).',
      { 'rollback_deployment:ai-agent': rollback, 'rollback_deployment:ai-agent:again': again },
    );
  },
  'recovery-in-progress': async () => {
    const f = new MemoryFleet(T0);
    await f.injectFault({ service: 'redis', kind: 'crash' });
    await f.injectFault({ service: 'model-b', kind: 'latency_spike', durationSec: 600 });
    f.now = sec(30);
    const extra: Record<string, ToolCall> = {
      'restart_service:redis': await call(f, 'restart_service', { service: 'redis' }),
      'scale_service:model-b': await call(f, 'scale_service', { service: 'model-b', replicas: 2 }),
    };
    f.now = sec(31);
    extra['clear_cache:redis'] = await call(f, 'clear_cache', { service: 'redis' });
    f.now = sec(32);
    return finish(
      f,
      'Recovery in progress: redis crashed 32 s ago and is restarting (requested 2 s ago; ai-agent and mcp-server degraded), model-b has a latency spike and is scaling from 1 to 2 replicas; a cache flush of redis was refused as busy.',
      extra,
    );
  },
};

const outDir = path.resolve(__dirname, '../../tests/fixtures/grounding/states');

async function main() {
  mkdirSync(outDir, { recursive: true });
  for (const [name, build] of Object.entries(STATES)) {
    const captured = await build();
    writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(captured, null, 1)}\n`);
    console.log(`${name}: ${captured.services.length} services, ${Object.keys(captured.tools).length} tool results`);
  }
}

void main();
