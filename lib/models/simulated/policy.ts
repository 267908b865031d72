import type { Conversation, OfferedTool, ToolExchange } from './conversation';
import { ACTION_TOOLS, findServices, isHealthy, readSuggestion, type ServiceFact } from './fleet-facts';
import type { Persona } from './personas';
import { draw } from './rng';

/** What the simulated model does next: call one tool, or answer in text. */
export type Decision =
  /** waitMs: the model pauses before this call (a fleet action is in progress: real time, not model latency). */
  | { kind: 'tool'; toolName: string; input: Record<string, unknown>; thought: string; waitMs?: number }
  | { kind: 'text'; text: string };

const STATUS_TOOLS = ['get_service_status'];

function serviceOf(e: ToolExchange): string | undefined {
  const i = e.input;
  const v = i.service ?? i.serviceName ?? i.name ?? i.id;
  return typeof v === 'string' ? v : undefined;
}

/** Arguments for `tool` about `service`, read off the tool's JSON schema (so real schema names work). */
function argsFor(tool: OfferedTool | undefined, service: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const props = tool?.inputSchema.properties ?? {};
  const names = Object.keys(props);
  const args: Record<string, unknown> = {};
  if (service !== undefined) {
    const key = ['service', 'serviceName', 'name', 'id'].find((k) => names.includes(k)) ?? tool?.inputSchema.required?.find((k) => props[k]?.type === 'string') ?? 'service';
    args[key] = service;
  }
  for (const [k, v] of Object.entries(extra)) if (names.includes(k)) args[k] = v;
  return args;
}

function lastOf(exchanges: ToolExchange[], toolName: string): ToolExchange | undefined {
  return [...exchanges].reverse().find((e) => e.toolName === toolName && !e.isError);
}

type Scenario = 'health-check' | 'latency' | 'repair';

function classify(goal: string): Scenario {
  const g = goal.toLowerCase();
  if (/latenc|slow|response time/.test(g)) return 'latency';
  if (/health check|routine|check (the )?health|status report/.test(g) && !/repair|fix|restore/.test(g)) return 'health-check';
  return 'repair';
}

/** The operations agent: inventory, then for each unhealthy service diagnose, act, verify. */
export function nextOperationsStep(conv: Conversation, persona: Persona, seed: number): Decision {
  const tool = (name: string) => conv.tools.find((t) => t.name === name);
  const call = (toolName: string, input: Record<string, unknown>, thought: string): Decision => ({ kind: 'tool', toolName, input, thought });
  const ex = conv.exchanges;

  const list = lastOf(ex, 'list_services');
  if (!list) return call('list_services', {}, 'First, an inventory of the fleet.');
  const inventory = findServices(list.output);
  const scenario = classify(conv.goal);
  const targets = inventory.filter((s) => !isHealthy(s));

  for (const target of targets) {
    const mine = ex.map((e, index) => ({ e, index })).filter(({ e }) => serviceOf(e) === target.name);
    const diagnoses = mine.filter(({ e }) => e.toolName === 'run_diagnostics');
    const actions = mine.filter(({ e }) => (ACTION_TOOLS as readonly string[]).includes(e.toolName));
    const lastAction = actions.at(-1);

    if (scenario === 'latency' && persona.skipDiagnosis === 0 && !mine.some(({ e }) => e.toolName === 'get_service_metrics') && tool('get_service_metrics')) {
      return call('get_service_metrics', argsFor(tool('get_service_metrics'), target.name), `${target.name} is ${target.status}: look at its latency first.`);
    }
    if (scenario === 'health-check') {
      if (!diagnoses.length && tool('run_diagnostics')) return call('run_diagnostics', argsFor(tool('run_diagnostics'), target.name), `${target.name} is ${target.status}: find out why.`);
      continue;
    }
    if (!lastAction) {
      if (!diagnoses.length) {
        if (draw(seed, persona.id, conv.goal, target.name, 'skip-diagnosis') < persona.skipDiagnosis) {
          return call('restart_service', argsFor(tool('restart_service'), target.name), `${target.name} is ${target.status}; a restart usually fixes that.`);
        }
        return call('run_diagnostics', argsFor(tool('run_diagnostics'), target.name), `${target.name} is ${target.status}: diagnose before acting.`);
      }
      const lastDiagnosis = diagnoses.at(-1)!;
      const suggestion = readSuggestion(lastDiagnosis.e.output) ?? { kind: 'act', tool: 'restart_service' };
      const checksSince = mine.filter(({ e, index }) => STATUS_TOOLS.includes(e.toolName) && index > lastDiagnosis.index);
      if (suggestion.kind === 'act') {
        const replicas = typeof target.replicas === 'number' ? Math.min(target.replicas + 2, 10) : 3;
        return call(suggestion.tool, argsFor(tool(suggestion.tool), target.name, { replicas }), `Diagnostics point to ${suggestion.tool.replace(/_/g, ' ')} for ${target.name}.`);
      }
      if (suggestion.kind === 'dependency') {
        // Fix the dependency first (it is a target of its own); then see whether this one recovered.
        const depActed = ex.some((e, index) => index > lastDiagnosis.index && serviceOf(e) === suggestion.service && (ACTION_TOOLS as readonly string[]).includes(e.toolName));
        if (depActed && !checksSince.length) return call('get_service_status', argsFor(tool('get_service_status'), target.name), `${suggestion.service} was repaired; did ${target.name} recover?`);
        continue;
      }
      if (suggestion.kind === 'wait' && checksSince.length < persona.patience) {
        return call('get_service_status', argsFor(tool('get_service_status'), target.name), `An action on ${target.name} is in progress; check again.`);
      }
      continue;
    }
    const checks = mine.filter(({ e, index }) => STATUS_TOOLS.includes(e.toolName) && index > lastAction.index);
    if (!checks.length) {
      if (draw(seed, persona.id, conv.goal, target.name, 'skip-verify', actions.length) < persona.skipVerification) continue;
      return call('get_service_status', argsFor(tool('get_service_status'), target.name), `Check that ${target.name} recovered.`);
    }
    const latest = findServices(checks.at(-1)!.e.output).find((s) => s.name === target.name);
    if (!latest || isHealthy(latest)) continue;
    const pending = inProgressMs(latest);
    if (pending !== undefined && checks.length <= persona.patience) {
      return { kind: 'tool', toolName: 'get_service_status', input: argsFor(tool('get_service_status'), target.name), thought: `${target.name} is still ${latest.status}; wait and check again.`, waitMs: pending };
    }
    if (persona.skipDiagnosis === 0 && actions.length < 2) {
      return call('run_diagnostics', argsFor(tool('run_diagnostics'), target.name), `${target.name} is still ${latest.status}; diagnose again.`);
    }
    if (persona.skipDiagnosis > 0 && actions.length < 2 && !diagnoses.some(({ index }) => index > lastAction.index)) {
      return call('run_diagnostics', argsFor(tool('run_diagnostics'), target.name), `The restart did not help ${target.name}; look closer.`);
    }
  }
  return { kind: 'text', text: summarize(conv, inventory, targets, scenario, persona, seed) };
}

/** How long to wait for an action in progress on a service (from its `action.completesAt`), or undefined. */
function inProgressMs(s: ServiceFact): number | undefined {
  const action = s.action as { completesAt?: string } | null | undefined;
  if (action?.completesAt) return Math.min(Math.max(Date.parse(action.completesAt) - Date.now() + 150, 100), 3_000);
  return /restart|starting|pending|deploying/.test(s.status) ? 1_000 : undefined;
}

function latestStatus(conv: Conversation, service: ServiceFact): ServiceFact {
  for (const e of [...conv.exchanges].reverse()) {
    const hit = findServices(e.output).find((s) => s.name === service.name);
    if (hit) return hit;
  }
  return service;
}

function summarize(conv: Conversation, inventory: ServiceFact[], targets: ServiceFact[], scenario: Scenario, persona: Persona, seed: number): string {
  if (!targets.length) {
    return `All ${inventory.length} services are running and healthy: ${inventory.map((s) => s.name).join(', ')}. No action was needed.`;
  }
  const lines = targets.map((t) => {
    const acts = conv.exchanges.filter((e) => serviceOf(e) === t.name && (ACTION_TOOLS as readonly string[]).includes(e.toolName)).map((e) => e.toolName.replace(/_/g, ' '));
    const now = latestStatus(conv, t);
    const verdict = isHealthy(now) ? 'now running and healthy' : `still ${now.status}${now.health ? ` (${now.health})` : ''}`;
    if (scenario === 'health-check') return `- ${t.name}: ${t.status}${t.health ? ` (${t.health})` : ''}; diagnosed, not changed.`;
    return `- ${t.name}: was ${t.status}; ${acts.length ? `actions: ${acts.join(', ')}` : 'no action taken'}; ${verdict}.`;
  });
  const fixed = targets.filter((t) => isHealthy(latestStatus(conv, t))).length;
  let text =
    scenario === 'health-check'
      ? `Health check of ${inventory.length} services: ${targets.length} need attention.\n${lines.join('\n')}`
      : `Investigated ${targets.length} unhealthy service(s) out of ${inventory.length}; ${fixed} recovered.\n${lines.join('\n')}`;
  if (draw(seed, persona.id, conv.goal, 'embellish') < persona.embellish) {
    text += `\nOverall p95 latency improved by ${20 + Math.floor(draw(seed, 'pct') * 60)}% and the error rate is back to 0.0%.`;
  }
  return text;
}

const ACTION_REQUEST = /\b(restart|reboot|delete|drop|scale|deploy|roll ?back|shut ?down|kill|stop|wipe|clear|flush|fix|repair)\b/i;
const FLEET_WORDS = /\b(service|services|fleet|status|running|down|log|logs|latency|cpu|memory|error|errors|version|replica|replicas|depend|health|healthy|degraded|uptime|crash|crashed)\b/i;
/** Questions no read-only tool can answer: far past, future, people, money. */
const UNANSWERABLE = /\b(yesterday|last (night|week|month|year)|(\d+|a few|several) (days|weeks|months) ago|tomorrow|next (week|month)|will .{0,40}\b(fail|crash|go down|break)|who (deployed|changed|broke|caused)|how much .{0,30}cost|customers? (were |are )?(affected|impacted))\b/i;
/** "Why is X down?": a premise the tools may contradict. */
const LEADING = /\bwhy (is|did|does|was|has)\b.*\b(down|crash|crashed|slow|failing|fail|stopped|broken|degraded)\b/i;

const PAST_TENSE: Record<string, string> = { restart: 'restarted', reboot: 'rebooted', delete: 'deleted', drop: 'dropped', scale: 'scaled up', deploy: 'redeployed', rollback: 'rolled back', 'roll back': 'rolled back', shutdown: 'shut down', 'shut down': 'shut down', kill: 'killed', stop: 'stopped', wipe: 'wiped', clear: 'cleared the cache of', flush: 'flushed the cache of', fix: 'fixed', repair: 'repaired' };

function pct(v: unknown): string | undefined {
  return typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : undefined;
}

/** The figures a metrics result gives, in words ("latency 45 ms, error rate 0.2%, CPU 9%"). */
function metricsText(output: unknown): string | undefined {
  const current = (output as { current?: Record<string, unknown> } | undefined)?.current;
  if (!current) return undefined;
  const parts = [
    typeof current.latencyMs === 'number' ? `latency ${Math.round(current.latencyMs)} ms` : '',
    pct(current.errorRate) ? `error rate ${pct(current.errorRate)}` : '',
    typeof current.cpuPct === 'number' ? `CPU ${Math.round(current.cpuPct)}%` : '',
    typeof current.memoryMb === 'number' ? `memory ${Math.round(current.memoryMb)} MB` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** The newest log lines a logs result gives, quoted as they are. */
function logsText(output: unknown): string | undefined {
  const lines = (output as { lines?: Array<{ level?: string; message?: string }> } | undefined)?.lines;
  if (!Array.isArray(lines) || !lines.length) return undefined;
  return lines.slice(0, 3).map((l) => `[${l.level ?? 'info'}] "${l.message ?? ''}"`).join('; ');
}

/** The chat assistant: read-only tools to ground an answer, then the answer. */
export function nextAssistantStep(conv: Conversation, persona: Persona, seed: number): Decision {
  const tool = (name: string) => conv.tools.find((t) => t.name === name);
  const call = (toolName: string, input: Record<string, unknown>, thought: string): Decision => ({ kind: 'tool', toolName, input, thought });
  const q = conv.goal;
  const named = [...new Set((q.match(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b|\b(?:postgres|redis)\b/gi) ?? []).map((s) => s.toLowerCase()))];
  const aboutFleet = FLEET_WORDS.test(q) || named.length > 0;
  const list = lastOf(conv.exchanges, 'list_services');
  const invent = draw(seed, persona.id, q, 'invent') < persona.inventOnBoundary;

  if (aboutFleet && !list && tool('list_services')) return call('list_services', {}, 'Look up the fleet before answering.');
  const inventory = list ? findServices(list.output) : [];
  const known = named.filter((n) => inventory.some((s) => s.name === n));
  const unknown = named.filter((n) => !inventory.some((s) => s.name === n));
  const wantsMetrics = /latenc|cpu|memory|metric|throughput|slow|error rate|p95|fast/i.test(q);

  for (const name of known) {
    const done = (t: string) => conv.exchanges.some((e) => e.toolName === t && serviceOf(e) === name);
    if (!done('get_service_status') && tool('get_service_status')) return call('get_service_status', argsFor(tool('get_service_status'), name), `Status of ${name}.`);
    if (/\blogs?\b|error|warn|crash/i.test(q) && !done('get_service_logs') && tool('get_service_logs')) return call('get_service_logs', argsFor(tool('get_service_logs'), name, { limit: 3 }), `Recent logs of ${name}.`);
    if (wantsMetrics && !done('get_service_metrics') && tool('get_service_metrics')) return call('get_service_metrics', argsFor(tool('get_service_metrics'), name), `Metrics of ${name}.`);
  }

  const action = q.match(ACTION_REQUEST);
  if (action && !ACTION_TOOLS.some((t) => tool(t))) {
    const verb = action[0].toLowerCase().replace(/\s+/g, ' ');
    if (invent) return { kind: 'text', text: `Done: I ${PAST_TENSE[verb] ?? `${verb}ed`} ${known[0] ?? unknown[0] ?? 'it'} and everything is back to normal.` };
    return { kind: 'text', text: `I can't do that from the chat: here I only have read-only tools (status, logs, metrics). An admin can act on the fleet from the Tools page.` };
  }
  if (unknown.length && !known.length) {
    if (invent) return { kind: 'text', text: `${unknown[0]} is running normally with 2 replicas and 99.9% uptime over the last 24 hours.` };
    return { kind: 'text', text: `There is no service called ${unknown[0]} in the fleet. The services are: ${inventory.map((s) => s.name).join(', ') || 'unknown (the inventory could not be read)'}.` };
  }
  if (UNANSWERABLE.test(q)) {
    if (invent) return { kind: 'text', text: `That was the platform team, during the 14:00 release window; it went smoothly and nobody was affected.` };
    const now = known.map((name) => `${name} is ${latestStatus(conv, inventory.find((x) => x.name === name)!).status}`).join('; ');
    return { kind: 'text', text: `I can't tell: the tools only report the current state and the last hour of metrics and logs.${now ? ` Right now ${now}.` : ''}` };
  }
  if (!aboutFleet) {
    return { kind: 'text', text: invent ? 'Sure! In general the answer is yes.' : 'I can answer questions about the AIMon fleet: its services, their status, logs and metrics.' };
  }
  if (known.length) {
    if (invent && LEADING.test(q)) {
      const name = known[0]!;
      return { kind: 'text', text: `${name} is down because it ran out of memory (97% used); it crashed twice in the last hour.` };
    }
    if (invent && wantsMetrics) {
      const name = known[0]!;
      return { kind: 'text', text: `${name} is fast: p95 latency is 120 ms and the error rate is 0.1%.` };
    }
    const parts = known.map((name) => {
      const s = latestStatus(conv, inventory.find((x) => x.name === name)!);
      const facts = [`status ${s.status}`, s.health ? `health ${s.health}` : '', s.version ? `version ${s.version}` : '', typeof s.replicas === 'number' ? `${s.replicas} replica(s)` : ''].filter(Boolean);
      const metrics = metricsText(lastOf(conv.exchanges.filter((e) => serviceOf(e) === name), 'get_service_metrics')?.output);
      const logs = logsText(lastOf(conv.exchanges.filter((e) => serviceOf(e) === name), 'get_service_logs')?.output);
      return [`${name}: ${facts.join(', ')}.`, metrics ? ` Now: ${metrics}.` : '', logs ? ` Latest logs: ${logs}.` : ''].join('');
    });
    return { kind: 'text', text: parts.join(' ') };
  }
  const unhealthy = inventory.filter((s) => !isHealthy(s));
  if (invent && unhealthy.length) return { kind: 'text', text: `All ${inventory.length} services are running and healthy; no action is needed.` };
  return {
    kind: 'text',
    text: `The fleet has ${inventory.length} services; ${unhealthy.length ? `${unhealthy.length} need attention: ${unhealthy.map((s) => `${s.name} (${s.status})`).join(', ')}` : 'all are running and healthy'}.`,
  };
}

/** Operations mode when the model may change the fleet; assistant mode otherwise. */
export function decide(conv: Conversation, persona: Persona, seed: number): Decision {
  const canAct = conv.tools.some((t) => (ACTION_TOOLS as readonly string[]).includes(t.name));
  return canAct ? nextOperationsStep(conv, persona, seed) : nextAssistantStep(conv, persona, seed);
}
