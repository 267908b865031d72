import { quantitiesOf, type MetricKey } from './quantities';
import { walk } from './text';
import type { FleetFacts, ServiceFacts, ToolResultInput } from './types';

/**
 * What one check knows, built once per answer.
 *
 * The turn's tool results win: when an answer comes with tool results, every
 * fact that changes with time (status, health, versions, replicas, figures,
 * actions in progress) comes from those results only, so the verdict on the
 * same answer and results does not move with the live fleet. The fleet then
 * only gives what does not change at run time: the inventory (names, tools,
 * endpoints) and who depends on whom. Without tool results (a bare check
 * through the API) the fleet's current state is the fact.
 */
export interface PendingAction {
  kind: string;
  replicas?: number;
  completesAt?: string;
}

export interface ServiceState extends ServiceFacts {
  memoryLimitMb?: number;
  action?: PendingAction | null;
  issues?: string[];
}

export interface Observed {
  /** The value now (status fields, the `current` block of metrics). */
  current: number[];
  /** Points of a metrics series (history within the last hour). */
  series: number[];
  /** Figures read from the tools' prose (diagnostics findings, log lines). */
  prose: number[];
  /** Values it had before (the "from" of a scale, previous version). */
  previous: number[];
  /** Values it is heading to (a scale in progress). */
  target: number[];
  /** Its normal level, as the tools' prose states it ("baseline of 620 ms", "p95 budget 1240ms"). */
  baseline: number[];
}

const STATE_KEYS = ['status', 'health', 'version', 'previousVersion', 'replicas', 'cpuPct', 'memoryMb', 'memoryLimitMb', 'memoryPct', 'latencyMs', 'errorRate', 'requestsPerSec', 'uptimeSec'] as const;
const NUMERIC_KEYS: MetricKey[] = ['replicas', 'cpuPct', 'memoryMb', 'memoryLimitMb', 'memoryPct', 'latencyMs', 'errorRate', 'requestsPerSec', 'uptimeSec'];
const ACTION_KINDS = new Set(['restart', 'scale', 'rollback', 'clear_cache']);

function serviceArg(args: Record<string, unknown> | undefined): string | undefined {
  const v = args?.service ?? args?.serviceName ?? args?.name;
  return typeof v === 'string' ? v : undefined;
}

export class Facts {
  readonly names: string[];
  /** True when the answer came with tool results: then only they give the state. */
  readonly fromTools: boolean;
  /** Every string the tool results hold, with the service it is about. */
  readonly texts: Array<{ service?: string; text: string }> = [];
  /** Timestamps the tool results hold (ISO), for times an answer states. */
  readonly timestamps: string[] = [];
  private readonly states = new Map<string, ServiceState>();
  private readonly observed = new Map<string, Map<MetricKey | 'ratio', Observed>>();
  /** Every figure read with the time its result gives (`at`), to tell a reading before an action from one after it. */
  private readonly timeline: Array<{ service: string; key: MetricKey; at: number; value: number }> = [];
  /** Every figure any reading of the turn gave, newer or older: what "before the scale it had …" may quote. */
  private readonly readings = new Map<string, number[]>();
  private readingAt = Number.NaN;
  /** Figures read before an action on the service started this turn (set aside as its state, kept for "halved since"). */
  private readonly earlier = new Map<string, Map<MetricKey | 'ratio', Observed>>();
  private readonly versionsSeen = new Set<string>();
  private readonly reported = new Set<string>();
  private readonly memorySeries = new Map<string, Array<{ at: number; mb: number }>>();
  /** When each service's state was read (a result's own `at`), and when an action on it started. */
  private readonly stateAt = new Map<string, number>();
  /** When the turn's latest timed state was read (epoch ms), if any result gave a time. */
  latestStateAt(): number | undefined {
    return this.stateAt.size ? Math.max(...this.stateAt.values()) : undefined;
  }
  private readonly actionAt = new Map<string, number>();
  /** check_dependencies: whether X reached each of its dependencies. */
  private readonly reach = new Map<string, Map<string, boolean>>();

  constructor(
    readonly fleet: FleetFacts,
    readonly calls: ToolResultInput[],
  ) {
    this.names = fleet.services.map((s) => s.name);
    this.fromTools = calls.length > 0;
    for (const s of fleet.services) {
      if (s.version) this.versionsSeen.add(s.version);
      if (s.previousVersion) this.versionsSeen.add(s.previousVersion);
      const base: ServiceState = { name: s.name, dependencies: s.dependencies };
      if (s.memoryLimitMb !== undefined) base.memoryLimitMb = s.memoryLimitMb;
      this.states.set(s.name, this.fromTools ? base : { ...s });
      if (!this.fromTools) {
        this.reported.add(s.name);
        for (const key of NUMERIC_KEYS) {
          const v = (s as unknown as Record<string, unknown>)[key];
          if (typeof v === 'number') this.bucket(s.name, key).current.push(v);
        }
        if (s.previousVersion) this.versionsSeen.add(s.previousVersion);
      }
    }
    for (const call of calls) {
      if (!call.isError) this.read(call);
      else {
        // A failed call changes nothing, but its message is still words the model saw (times, reasons).
        walk(call.result, (v) => {
          if (typeof v !== 'string') return;
          this.texts.push({ service: serviceArg(call.arguments), text: v });
          for (const t of v.match(/\d{4}-\d\d-\d\dT\d\d:\d\d[\d:.]*Z?/g) ?? []) this.timestamps.push(t);
        });
      }
    }
    // A state read before an action on the service started (a list taken before a repair) is not its state after it.
    for (const [name, started] of this.actionAt) {
      const read = this.stateAt.get(name);
      if (read === undefined || read >= started) continue;
      const state = this.states.get(name)!;
      this.states.set(name, { name, dependencies: state.dependencies, memoryLimitMb: state.memoryLimitMb, action: state.action });
      const earlier = this.observed.get(name);
      if (earlier) this.earlier.set(name, earlier);
      this.observed.delete(name);
      if (state.action?.replicas !== undefined) this.bucket(name, 'replicas').target.push(state.action.replicas);
    }
  }

  private bucket(service: string, key: MetricKey | 'ratio'): Observed {
    let perService = this.observed.get(service);
    if (!perService) this.observed.set(service, (perService = new Map()));
    let b = perService.get(key);
    if (!b) perService.set(key, (b = { current: [], series: [], prose: [], previous: [], target: [], baseline: [] }));
    return b;
  }

  private known(name: unknown): name is string {
    return typeof name === 'string' && this.states.has(name);
  }

  private read(call: ToolResultInput): void {
    const arg = serviceArg(call.arguments);
    const owner = this.known(arg) ? arg : undefined;
    // An action's own result ({ service, kind, completesAt, replicas }) says what was started, not the state.
    const r = call.result as Record<string, unknown> | undefined;
    if (r && typeof r === 'object' && !Array.isArray(r) && typeof r.kind === 'string' && ACTION_KINDS.has(r.kind) && 'completesAt' in r) {
      const svc = this.known(r.service) ? r.service : owner;
      if (svc) {
        const action: PendingAction = { kind: r.kind, completesAt: typeof r.completesAt === 'string' ? r.completesAt : undefined };
        if (typeof r.replicas === 'number') {
          action.replicas = r.replicas;
          this.bucket(svc, 'replicas').target.push(r.replicas);
        }
        this.states.get(svc)!.action = action;
        this.reported.add(svc);
        if (typeof r.startedAt === 'string' && Number.isFinite(Date.parse(r.startedAt))) this.actionAt.set(svc, Math.max(this.actionAt.get(svc) ?? 0, Date.parse(r.startedAt)));
      }
      if (typeof r.completesAt === 'string') this.timestamps.push(r.completesAt);
      if (typeof r.startedAt === 'string') this.timestamps.push(r.startedAt);
      return;
    }
    const readAt = r && typeof r === 'object' && !Array.isArray(r) ? resultTime(r) : Number.NaN;
    this.readingAt = readAt;
    if (call.name === 'check_dependencies' && owner && r && Array.isArray(r.dependencies)) {
      const map = this.reach.get(owner) ?? new Map<string, boolean>();
      for (const d of r.dependencies as Array<Record<string, unknown>>) if (d && typeof d.name === 'string' && typeof d.reachable === 'boolean') map.set(d.name, d.reachable);
      this.reach.set(owner, map);
    }
    walk(call.result, (v, key, parent) => {
      if (typeof v === 'string') {
        const about = parent && this.known(parent.service) ? (parent.service as string) : parent && this.known(parent.name) && key !== 'name' ? (parent.name as string) : owner;
        if (/^\d{4}-\d\d-\d\dT/.test(v)) this.timestamps.push(v);
        else {
          this.texts.push({ service: about, text: v });
          for (const t of v.match(/\d{4}-\d\d-\d\dT\d\d:\d\d[\d:.]*Z?/g) ?? []) this.timestamps.push(t);
          // "rolled back from 1.8.0 to 1.7.3", "deployed version 2.4.0": a release the tools' own words name is one of the fleet's.
          if (key !== 'name') for (const m of v.matchAll(/\b(?:version|release|from|to|v)\s+v?(\d+\.\d+\.\d+)\b/gi)) this.versionsSeen.add(m[1]!);
        }
        if (key !== 'name' && key !== 'service') this.readProse(v, about);
        return;
      }
      if (!v || typeof v !== 'object' || Array.isArray(v)) return;
      const o = v as Record<string, unknown>;
      const name = this.known(o.name) ? o.name : this.known(o.service) ? o.service : undefined;
      if (name) {
        // Two readings of the same service in one turn: the newer one is its state, whatever order the calls came in.
        this.remember(name, o);
        if (Number.isFinite(readAt) && (this.stateAt.get(name) ?? -Infinity) > readAt) {
          // Its versions were still real versions of the service.
          for (const v of [o.version, o.previousVersion]) if (typeof v === 'string') this.versionsSeen.add(v);
          return;
        }
        this.absorb(name, o);
        if (Number.isFinite(readAt)) this.stateAt.set(name, Math.max(this.stateAt.get(name) ?? 0, readAt));
      }
      else if (owner && key === 'series') this.absorbSeries(owner, o);
      else if (owner && key === 'current') {
        this.remember(owner, o);
        if (Number.isFinite(readAt) && (this.stateAt.get(owner) ?? -Infinity) > readAt) return;
        this.absorb(owner, o);
      }
    });
  }

  private remember(name: string, o: Record<string, unknown>): void {
    for (const key of NUMERIC_KEYS) {
      const v = o[key];
      if (typeof v !== 'number') continue;
      const list = this.readings.get(`${name}/${key}`) ?? [];
      list.push(v);
      this.readings.set(`${name}/${key}`, list);
    }
  }

  /** Every value of `key` that any tool result of the turn gave for the service (older readings included). */
  readingsOf(service: string, key: MetricKey): number[] {
    return this.readings.get(`${service}/${key}`) ?? [];
  }

  private absorb(name: string, o: Record<string, unknown>): void {
    const state = this.states.get(name)!;
    let any = false;
    for (const key of STATE_KEYS) {
      const v = o[key];
      if (v === undefined || v === null) continue;
      (state as unknown as Record<string, unknown>)[key] = v;
      any = true;
      if (typeof v === 'number' && (NUMERIC_KEYS as string[]).includes(key)) {
        const b = this.bucket(name, key as MetricKey);
        b.current = [v];
        if (Number.isFinite(this.readingAt)) this.timeline.push({ service: name, key: key as MetricKey, at: this.readingAt, value: v });
      }
      if (key === 'version' || key === 'previousVersion') this.versionsSeen.add(String(v));
    }
    if (o.previousVersion === null) state.previousVersion = null;
    if (o.current && typeof o.current === 'object') this.absorb(name, o.current as Record<string, unknown>);
    if (Array.isArray(o.series)) for (const p of o.series) if (p && typeof p === 'object') this.absorbSeries(name, p as Record<string, unknown>);
    if ('action' in o) {
      const a = o.action as Record<string, unknown> | null;
      state.action = a && typeof a.kind === 'string' ? { kind: a.kind, replicas: typeof a.replicas === 'number' ? a.replicas : undefined, completesAt: typeof a.completesAt === 'string' ? a.completesAt : undefined } : null;
      if (state.action?.replicas !== undefined) this.bucket(name, 'replicas').target.push(state.action.replicas);
      any = true;
    }
    if (Array.isArray(o.issues)) {
      state.issues = o.issues.filter((x): x is string => typeof x === 'string');
      any = true;
    }
    if (Array.isArray(o.dependencies)) {
      const deps = o.dependencies.map((d) => (typeof d === 'string' ? d : d && typeof d === 'object' ? (d as Record<string, unknown>).name : undefined)).filter((d): d is string => typeof d === 'string');
      if (deps.length || o.dependencies.length === 0) state.dependencies = deps;
    }
    if (any) this.reported.add(name);
  }

  private absorbSeries(name: string, point: Record<string, unknown>): void {
    if (typeof point.at === 'string' && typeof point.memoryMb === 'number') {
      const list = this.memorySeries.get(name) ?? [];
      list.push({ at: Date.parse(point.at), mb: point.memoryMb });
      this.memorySeries.set(name, list);
    }
    for (const key of NUMERIC_KEYS) if (typeof point[key] === 'number') this.bucket(name, key).series.push(point[key] as number);
    // A point with its time is a reading too: one taken before this turn's action is what "halved since the scale" compares with.
    const at = typeof point.at === 'string' ? Date.parse(point.at) : Number.NaN;
    if (Number.isFinite(at)) for (const key of NUMERIC_KEYS) if (typeof point[key] === 'number') this.timeline.push({ service: name, key, at, value: point[key] as number });
  }

  /** Figures in the tools' own words: "Latency 4200 ms is 6.8x its baseline", "scaling from 2 to 4 replica(s)". */
  private readProse(text: string, service: string | undefined): void {
    // Tool prose states figures in digits: most strings (names, statuses, timestamps' neighbours) have none.
    if (!service || !/\d/.test(text)) return;
    for (const q of quantitiesOf(text)) {
      if (q.key === 'uptimePct' || q.key === 'changePct' || q.key === 'window') continue;
      const b = this.bucket(service, q.key);
      if (q.role === 'previous') b.previous.push(q.value);
      else if (q.role === 'target') b.target.push(q.value);
      else if (q.role === 'current') b.prose.push(q.value);
      else if (q.role === 'baseline' && q.value > 0) b.baseline.push(q.value);
      else if (q.role === 'limit' && q.key === 'memoryMb') this.bucket(service, 'memoryLimitMb').prose.push(q.value);
    }
    // "of its 1024 MB limit" names the limit; the memory figure before it is the usage.
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*MB limit/gi)) this.bucket(service, 'memoryLimitMb').prose.push(Number(m[1]));
  }

  state(name: string): ServiceState | undefined {
    return this.states.get(name);
  }

  /** Whether check_dependencies this turn found `from` reaching `to` (undefined: not checked). */
  reaches(from: string, to: string): boolean | undefined {
    return this.reach.get(from)?.get(to);
  }

  /** Whether the facts say anything about this service's state (tools reported it, or no tools were given). */
  reports(name: string): boolean {
    return this.reported.has(name);
  }

  sourceOf(name: string): string {
    if (!this.fromTools) return "the fleet's current state";
    const call = [...this.calls].reverse().find((c) => !c.isError && (serviceArg(c.arguments) === name || JSON.stringify(c.result ?? '').includes(`"${name}"`)));
    return call ? `${call.name} this turn` : "this turn's tool results";
  }

  all(): ServiceState[] {
    return this.names.map((n) => this.states.get(n)!);
  }

  /** Every service's state is known (list_services, or no tools). */
  knowsWholeFleet(): boolean {
    return this.names.every((n) => this.reported.has(n) && this.states.get(n)!.status !== undefined);
  }

  /** A figure as read before this turn's action on the service (undefined: no such reading). */
  beforeAction(service: string, key: MetricKey): number | undefined {
    const started = this.actionAt.get(service);
    if (started !== undefined) {
      const read = this.timeline.filter((e) => e.service === service && e.key === key && e.at < started).sort((a, b) => a.at - b.at).at(-1);
      if (read) return read.value;
    }
    return this.earlier.get(service)?.get(key)?.current[0];
  }

  /**
   * The fleet's own figure for a service when this turn's tools gave none: the
   * fallback truth for a claim no tool result backs ("errors are back to 0.2 %"
   * after a restart whose result says nothing of errors). Undefined without
   * tool results (then the fleet already is the state), for a service no call
   * was about, or when the fleet has no such figure.
   */
  fleetFigure(service: string, key: MetricKey): number | undefined {
    // Only for a service a call of this turn was about (acted on, or read through its dependencies): a figure of a
    // service the turn never touched may come from an earlier turn of the chat, true when it was read.
    if (!this.fromTools || !this.calls.some((c) => !c.isError && serviceArg(c.arguments) === service)) return undefined;
    const v = (this.fleet.services.find((s) => s.name === service) as unknown as Record<string, unknown> | undefined)?.[key];
    return typeof v === 'number' ? v : undefined;
  }

  /**
   * A service's figure now for a ranking over the fleet: the tools' reading, else the fleet's own.
   * A ranking ("the second most memory") is a claim about every service at once, which the turn's
   * tools rarely all read; the fleet is the only source that has them all.
   */
  rankingFigure(service: string, key: MetricKey): number | undefined {
    const o = this.observedOf(service, key);
    if (o.current.length) return o.current[0];
    const v = (this.fleet.services.find((s) => s.name === service) as unknown as Record<string, unknown> | undefined)?.[key];
    return typeof v === 'number' ? v : undefined;
  }

  observedOf(service: string, key: MetricKey | 'ratio'): Observed {
    return this.observed.get(service)?.get(key) ?? { current: [], series: [], prose: [], previous: [], target: [], baseline: [] };
  }

  /** How fast memory grew over the metrics series (MB a minute), when the tools gave one with times. */
  memoryGrowthPerMinute(name: string): number | undefined {
    const points = (this.memorySeries.get(name) ?? []).filter((p) => Number.isFinite(p.at)).sort((a, b) => a.at - b.at);
    if (points.length < 2) return undefined;
    const minutes = (points.at(-1)!.at - points[0]!.at) / 60_000;
    return minutes > 0 ? (points.at(-1)!.mb - points[0]!.mb) / minutes : undefined;
  }

  /** The slowest and fastest growth per minute between two readings of the series: a rate read off part of it is within these. */
  memoryGrowthRange(name: string): [number, number] | undefined {
    const points = (this.memorySeries.get(name) ?? []).filter((p) => Number.isFinite(p.at)).sort((a, b) => a.at - b.at);
    const slopes: number[] = [];
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) {
      const minutes = (points[j]!.at - points[i]!.at) / 60_000;
      if (minutes > 0) slopes.push((points[j]!.mb - points[i]!.mb) / minutes);
    }
    return slopes.length ? [Math.min(...slopes), Math.max(...slopes)] : undefined;
  }

  versions(): Set<string> {
    return this.versionsSeen;
  }

  dependencies(name: string): string[] | undefined {
    return this.states.get(name)?.dependencies ?? this.fleet.services.find((s) => s.name === name)?.dependencies;
  }

  dependents(name: string): string[] {
    return this.names.filter((n) => (this.dependencies(n) ?? []).includes(name));
  }

  /** A successful call of a tool (by name or test) about this service (or about no service in particular). */
  succeeded(tool: (name: string) => boolean, service?: string): boolean {
    return this.calls.some((c) => !c.isError && tool(c.name) && (service === undefined || serviceArg(c.arguments) === undefined || serviceArg(c.arguments) === service));
  }

  called(tool: (name: string) => boolean, service?: string): ToolResultInput | undefined {
    return this.calls.find((c) => tool(c.name) && (service === undefined || serviceArg(c.arguments) === service));
  }

  /** All of the tools' text in one lower-case string (causes, quotes, vocabulary). */
  allText(): string {
    return this.texts.map((t) => t.text).join(' \n ').toLowerCase();
  }
}

export function isHealthy(s: ServiceState): boolean {
  return s.status === 'running' && (s.health === undefined || s.health === 'healthy');
}

export function describeService(s: ServiceState): string {
  return [
    s.status ? `status ${s.status}` : '',
    s.health ? `health ${s.health}` : '',
    s.version ? `version ${s.version}` : '',
    typeof s.replicas === 'number' ? `${s.replicas} replica(s)` : '',
    s.action ? `${s.action.kind.replace('_', ' ')} in progress` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** When a result was read: its own `at`, or (a metrics result has none) the time of its series' last point, which is its current reading. */
function resultTime(r: Record<string, unknown>): number {
  if (typeof r.at === 'string') return Date.parse(r.at);
  const last = Array.isArray(r.series) ? (r.series.at(-1) as Record<string, unknown> | undefined) : undefined;
  return last && typeof last.at === 'string' ? Date.parse(last.at) : Number.NaN;
}
