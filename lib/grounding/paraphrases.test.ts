import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { fleetFacts } from './fleet-facts';
import type { FleetFacts, ServiceFacts, ToolResultInput } from './types';

/**
 * Robustness probes: for every captured state (tests/fixtures/grounding/states)
 * and every service a status call saw, the same true facts written many ways
 * (units converted, rounded, in words, lists and tables, limits, headroom,
 * "respectively", hedges and conditionals) must not be flagged, and the same
 * sentences with one figure, count or version made wrong must be. The
 * sentences are generated from the state's own tool results, not copied from
 * any labelled answer, so they test how the rules generalise, not what they
 * were tuned on.
 */
interface State {
  services: ServiceFacts[];
  tools: Record<string, ToolResultInput>;
}
interface Probe {
  state: string;
  tag: string;
  text: string;
  tools: string[];
  question?: string;
}

const DIR = path.join(process.cwd(), 'tests', 'fixtures', 'grounding', 'states');
const states = Object.fromEntries(readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as State]));
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A figure rounded to `d` decimals, as a model would print it. */
const r = (x: number, d = 0) => String(Math.round(x * 10 ** d) / 10 ** d);

type Status = { status: string; version: string; previousVersion?: string | null; replicas: number; latencyMs: number; cpuPct: number; memoryMb: number; memoryLimitMb: number; memoryPct: number; errorRate: number; requestsPerSec: number; uptimeSec: number; dependencies?: string[] };

/** The status result a state captured for each service that is up (stopped services report zeros). */
function statuses(state: State): Array<[string, Status]> {
  return state.services.flatMap((s) => {
    const result = state.tools[`get_service_status:${s.name}`]?.result as Status | undefined;
    return result && result.status !== 'stopped' ? [[s.name, result] as [string, Status]] : [];
  });
}

function probes(): { grounded: Probe[]; wrong: Probe[] } {
  const grounded: Probe[] = [];
  const wrong: Probe[] = [];
  for (const [state, st] of Object.entries(states)) {
    const up = statuses(st);
    for (const [n, s] of up) {
      const tools = [`get_service_status:${n}`];
      const g = (tag: string, text: string) => grounded.push({ state, tag, text, tools });
      const w = (tag: string, text: string) => wrong.push({ state, tag, text, tools });
      g('latency in ms', `${n} answers in about ${r(s.latencyMs)} ms.`);
      g('latency in seconds, one decimal', `${n}'s latency is roughly ${r(s.latencyMs / 1000, 1)} s right now.`);
      g('latency in seconds, two decimals', `Right now ${n} takes ${r(s.latencyMs / 1000, 2)} seconds per request.`);
      g('list item', `- **${n}**: latency ${r(s.latencyMs)} ms, CPU ${r(s.cpuPct)}%, memory ${r(s.memoryMb)} MB`);
      g('table row', `| Service | Latency | CPU | Memory |\n|---|---|---|---|\n| ${n} | ${r(s.latencyMs)} ms | ${r(s.cpuPct)}% | ${r(s.memoryMb)} MB |`);
      g('cpu', `${n} is using about ${r(s.cpuPct)}% CPU.`);
      g('cpu in words', `CPU on ${n} sits near ${r(s.cpuPct)} percent.`);
      g('memory in GB', `${n} uses ${r(s.memoryMb / 1024, 1)} GB of memory.`);
      g('memory share of the limit', `${n} is at ${r(s.memoryPct)}% of its ${s.memoryLimitMb} MB memory limit.`);
      g('limit in GB and usage', `${n} has a memory limit of ${r(s.memoryLimitMb / 1024, 1)} GB and currently uses about ${r(s.memoryMb)} MB of it.`);
      g('limit alone', `The memory ceiling for ${n} is ${s.memoryLimitMb} MB.`);
      g('headroom', `${n} has roughly ${r(s.memoryLimitMb - s.memoryMb)} MB of headroom left before its limit.`);
      g('headroom share', `${n} has about ${r(100 - s.memoryPct)}% of its memory free.`);
      g('error rate', `${n}'s error rate is ${r(s.errorRate * 100, 1)}%.`);
      g('error rate, two decimals', `${n} fails roughly ${r(s.errorRate * 100, 2)} percent of requests.`);
      g('throughput', `${n} handles about ${r(s.requestsPerSec)} requests per second.`);
      g('replicas in words', `${n} runs ${WORDS[s.replicas]} replica${s.replicas === 1 ? '' : 's'}.`);
      g('replicas in digits', `${n} currently has ${s.replicas} instance${s.replicas === 1 ? '' : 's'}.`);
      if (s.uptimeSec > 7200) g('uptime in hours', `${n} has been up for about ${r(s.uptimeSec / 3600)} hours.`);
      g('version', `${n} is on version ${s.version}.`);
      if (s.previousVersion) g('previous version', `${n} runs ${s.version}; the previous release was ${s.previousVersion}.`);
      if (s.dependencies?.length) g('dependencies', `${n} depends on ${s.dependencies.join(', ')}.`);
      g('conditional', `If ${n}'s latency climbed to ${r(s.latencyMs * 3)} ms we would want to scale it out.`);
      g('forecast to the limit', `Should the trend continue, ${n} could reach its ${s.memoryLimitMb} MB limit.`);
      g('hedged forecast', `I can't be sure, but ${n} might end up around ${r(s.cpuPct * 2)}% CPU under heavier load.`);
      g('threshold and value', `An error rate above 5% would be alarming for ${n}; it is at ${r(s.errorRate * 100, 1)}% now.`);
      g('typically', `${n} typically responds in ${r(s.latencyMs / 1000, 1)} seconds.`);
      g('options, none taken', `Options: 1) restart ${n}, 2) scale it to ${s.replicas + 1} replicas, 3) roll back to ${s.previousVersion}. I haven't done any of these.`);
      g('proposal to the old count', `You could scale it back to ${Math.max(1, s.replicas - 1)} replica${s.replicas - 1 === 1 ? '' : 's'} later; ${n} runs ${s.replicas} now.`);
      w('latency', `${n} answers in about ${r(s.latencyMs * 3 + 500)} ms.`);
      w('cpu', `${n} is using about ${r(Math.min(99, s.cpuPct + 30))}% CPU.`);
      w('memory in GB', `${n} uses ${r((s.memoryMb * 2.5 + 500) / 1024, 1)} GB of memory.`);
      w('headroom', `${n} has roughly ${r(Math.max(0, s.memoryLimitMb - s.memoryMb) * 2 + 400)} MB of headroom left before its limit.`);
      w('replicas', `${n} runs ${WORDS[s.replicas + 2]} replicas.`);
      w('version', `${n} is on version ${s.previousVersion ?? '9.9.9'}.`);
    }
    // "Everything else is fine; only X is not": the exception named after the universal, in the same sentence.
    const notRunning = st.services.filter((x) => x.status !== 'running' || x.health !== 'healthy').map((x) => x.name);
    if (notRunning.length) grounded.push({ state, tag: 'everything else, exception after', text: `Everything else is fine; only ${notRunning.join(' and ')} ${notRunning.length > 1 ? 'are' : 'is'} not running normally.`, tools: ['list_services'] });
    if (notRunning.length > 1) wrong.push({ state, tag: 'everything else, one exception left out', text: `Everything else is fine; only ${notRunning.at(-1)} is not running normally.`, tools: ['list_services'] });
    if (notRunning.length) wrong.push({ state, tag: 'everything fine', text: 'Every service is healthy right now.', tools: ['list_services'] });
    for (let i = 0; i + 1 < up.length; i += 2) {
      const [[an, a], [cn, c]] = [up[i]!, up[i + 1]!];
      const tools = [`get_service_status:${an}`, `get_service_status:${cn}`];
      const g = (tag: string, text: string) => grounded.push({ state, tag, text, tools });
      const [[hn, h], [ln, l]] = a.latencyMs >= c.latencyMs ? [[an, a], [cn, c]] : [[cn, c], [an, a]];
      g('two services, while', `${an} is at ${r(a.latencyMs)} ms while ${cn} is at ${r(c.latencyMs)} ms.`);
      g('two services, than', `${hn} (${r(h.latencyMs)} ms) is slower than ${ln} (${r(l.latencyMs)} ms).`);
      g('respectively, metric named last', `${an} and ${cn} use ${r(a.cpuPct)}% and ${r(c.cpuPct)}% CPU respectively.`);
      g('sum', `Together ${an} and ${cn} handle about ${r(a.requestsPerSec + c.requestsPerSec)} requests per second.`);
      g('ratio', `${hn}'s latency is about ${r(h.latencyMs / l.latencyMs, 1)}x that of ${ln}.`);
      g('second figure elided', `${an} holds ${r(a.memoryMb)} MB; ${cn}, ${r(c.memoryMb)} MB.`);
      g('two-row table', `| Service | Replicas | Error rate |\n|---|---|---|\n| ${an} | ${a.replicas} | ${r(a.errorRate * 100, 2)}% |\n| ${cn} | ${c.replicas} | ${r(c.errorRate * 100, 2)}% |`);
      g('pronoun', `${an} is on ${a.version}. ${cn} is on ${c.version}, and it uses ${r(c.cpuPct)}% CPU.`);
      g('the former and the latter, same sentence', `Comparing ${an} and ${cn}: the former answers in ${r(a.latencyMs)} ms, the latter in ${r(c.latencyMs)} ms.`);
      g('elided figure with its own unit', `${an} uses ${r(a.memoryMb / 1024, 1)} GB and ${cn} ${r(c.memoryMb / 1024, 1)} GB of memory.`);
      g('uptime in whole hours', `${an} has been up ${r(a.uptimeSec / 3600)} hours, ${cn} ${r(c.uptimeSec / 3600)} hours.`);
      g('comma then a singular verb', `Next to ${cn}, ${an} stands out: its CPU is at ${r(a.cpuPct)}%.`);
      g('two-column table', `| | ${an} | ${cn} |\n|---|---|---|\n| Latency | ${r(a.latencyMs)} ms | ${r(c.latencyMs)} ms |\n| CPU | ${r(a.cpuPct)}% | ${r(c.cpuPct)}% |`);
      if (Math.abs(a.latencyMs - c.latencyMs) > 100 && Math.abs(a.latencyMs - c.latencyMs) / Math.max(a.latencyMs, c.latencyMs) > 0.5) wrong.push({ state, tag: 'swapped latencies', text: `${an} answers in ${r(c.latencyMs)} ms and ${cn} in ${r(a.latencyMs)} ms.`, tools });
      if (Math.abs(a.cpuPct - c.cpuPct) > 15) wrong.push({ state, tag: 'swapped list items', text: `- ${an}: ${r(c.cpuPct)}% CPU\n- ${cn}: ${r(a.cpuPct)}% CPU`, tools });
    }
  }
  return { grounded, wrong };
}

type Dependency = { name: string; status: string; health: string; reachable: boolean };
type LogLine = { level: string; message: string };

/** Claims about dependencies, logs, diagnostics, faults, the series, the fleet's counts and this turn's actions, each backed by a tool result of the state. */
function contextProbes(): { grounded: Probe[]; wrong: Probe[] } {
  const grounded: Probe[] = [];
  const wrong: Probe[] = [];
  for (const [state, st] of Object.entries(states)) {
    const T = st.tools as Record<string, ToolResultInput & { at?: string }>;
    const result = <R>(key: string) => T[key]?.result as R | undefined;
    const add = (list: Probe[]) => (tag: string, text: string, tools: string[]) => list.push({ state, tag, text, tools: tools.filter((k) => T[k]) });
    const g = add(grounded);
    const w = add(wrong);
    const listed = result<{ services: Array<{ name: string; status: string; health: string }> }>('list_services')?.services ?? [];
    const healthy = listed.filter((x) => x.status === 'running' && x.health === 'healthy');
    const unhealthy = listed.filter((x) => !healthy.includes(x));
    g('n of m in words', `${WORDS[healthy.length]} of the ${WORDS[listed.length]} services are healthy.`, ['list_services']);
    g('n out of m needing attention', `${unhealthy.length} out of ${listed.length} services need attention${unhealthy.length ? `: ${unhealthy.map((x) => x.name).join(', ')}` : ''}.`, ['list_services']);
    if (unhealthy.length) w('n of m', `${WORDS[healthy.length - 1]} of the ${WORDS[listed.length]} services are healthy.`, ['list_services']);
    for (const { name: n } of st.services) {
      const full = [`get_service_status:${n}`, `get_service_metrics:${n}`, `run_diagnostics:${n}`, `check_dependencies:${n}`, `get_service_logs:${n}`, `get_service_logs:${n}:warn`];
      const s = result<Status & { faults?: Array<{ kind: string; startedAt: string }>; issues?: string[]; action?: { kind: string } | null }>(`get_service_status:${n}`);
      if (!s) continue;
      const deps = result<{ dependencies: Dependency[] }>(`check_dependencies:${n}`)?.dependencies ?? [];
      if (deps.length) {
        const unwell = deps.filter((d) => d.status !== 'running' || d.health !== 'healthy');
        g('dependency list', `${n}'s dependencies:\n${deps.map((d) => `- ${d.name}: ${d.status}${d.reachable ? '' : ' (unreachable)'}`).join('\n')}`, full);
        g('dependency count', `Of ${n}'s ${WORDS[deps.length]} dependencies, ${WORDS[unwell.length]} ${unwell.length === 1 ? 'is' : 'are'} unhealthy${unwell.length ? ` (${unwell.map((d) => d.name).join(' and ')})` : ''}.`, full);
        for (const d of deps) g('relative aside', `${d.name}, which ${n} depends on, is ${d.status}.`, full);
        for (const d of deps.filter((x) => !x.reachable)) g('unreachable dependency', `${n} cannot reach ${d.name}.`, full);
        for (const d of unwell) w('relative aside', `${d.name}, which ${n} depends on, is healthy.`, full);
      }
      const dependents = st.services.filter((x) => (x.dependencies ?? []).includes(n)).map((x) => x.name);
      if (dependents.length >= 2) g('two dependents', `Both ${dependents[0]} and ${dependents[1]} depend on ${n}.`, [...full, ...dependents.map((d) => `check_dependencies:${d}`)]);
      if (!dependents.length) g('no dependents', `Nothing in the fleet depends on ${n}.`, ['list_services', ...st.services.map((x) => `check_dependencies:${x.name}`)]);
      const lines = result<{ lines: LogLine[] }>(`get_service_logs:${n}`)?.lines ?? [];
      if (lines[0]) {
        g('partial quote', `The newest line in ${n}'s log starts "${lines[0].message.split(' ').slice(0, 5).join(' ')}".`, full);
        g('quote with level', `${n} logged at ${lines[0].level} level: "${lines[0].message}".`, full);
        if (/\d/.test(lines[0].message)) w('quote with a figure changed', `${n}'s log says: "${lines[0].message.replace(/\d+/, (d) => String(Number(d) * 3 + 7))}".`, full);
      }
      const diagnostics = result<{ findings: string[]; suggestedAction?: { action: string; target: string; reason: string } }>(`run_diagnostics:${n}`);
      for (const d of diagnostics?.findings ?? []) g('diagnostics quoted', `Diagnostics on ${n} report: "${d}"`, full);
      const suggested = diagnostics?.suggestedAction;
      if (suggested) g('suggestion not taken', `The diagnostics suggest a ${suggested.action.replace(/_/g, ' ')} of ${suggested.target}: "${suggested.reason}" I have not done it yet.`, full);
      if (s.status !== 'stopped' && s.uptimeSec < 600) g('short uptime', `${n} has been up for about ${r(s.uptimeSec)} seconds.`, full);
      if (s.status !== 'stopped' && s.uptimeSec > 86_400) g('uptime in days and hours', `${n} has been up for ${r(s.uptimeSec / 86_400, 1)} days (about ${r(s.uptimeSec / 3600)} hours).`, full);
      if (s.status === 'stopped') g('stopped with a replica', `${n} still has ${WORDS[s.replicas]} replica configured, but it is stopped and serving nothing.`, full);
      for (const fault of s.faults ?? []) {
        const sec = (Date.parse(T[`get_service_status:${n}`]!.at!) - Date.parse(fault.startedAt)) / 1000;
        if (sec > 0) g('time since the fault', `The ${fault.kind.replace(/_/g, ' ')} on ${n} began about ${r(sec)} seconds ago.`, full);
      }
      const series = result<{ series: Array<Record<string, number>> }>(`get_service_metrics:${n}`)?.series ?? [];
      if (series.length >= 3) {
        const [a, z] = [series[0]!, series.at(-1)!];
        if (z.memoryMb! > a.memoryMb! * 1.1) g('memory trend', `${n}'s memory climbed from about ${r(a.memoryMb!)} MB to ${r(z.memoryMb!)} MB over the last few minutes.`, full);
        if (z.latencyMs! > a.latencyMs! * 2) g('latency jump', `${n}'s latency jumped from roughly ${r(a.latencyMs!)} ms to ${r(z.latencyMs!)} ms.`, full);
        g('peak', `${n}'s latency peaked at ${r(Math.max(...series.map((p) => p.latencyMs!)))} ms in the last few minutes.`, full);
      }
      if (s.status === 'degraded' && s.issues?.length) g('issues', `${n} is degraded: ${s.issues.join(', ')}.`, full);
      if (s.memoryPct > 80) g('forecast to the limit', `At this rate ${n} will probably hit its ${r(s.memoryLimitMb / 1024)} GB limit within a few minutes unless it is restarted.`, full);
      if (s.action) g('forecast after the action', `Once the ${s.action.kind} finishes, ${n} should be back to normal.`, full);
    }
    for (const [key, call] of Object.entries(T)) {
      const [tool, n] = key.split(':') as [string, string];
      const verb = ({ restart_service: 'restart', scale_service: 'scale', rollback_deployment: 'roll back', clear_cache: 'flush the cache of' } as Record<string, string>)[tool];
      if (!verb) continue;
      const tools = [key, `get_service_status:${n}`, 'list_services'];
      const replicas = (call.arguments as { replicas?: number } | undefined)?.replicas;
      const done = ({ restart_service: `I restarted ${n}.`, scale_service: `I scaled ${n} to ${replicas} replicas.`, rollback_deployment: `I rolled ${n} back.`, clear_cache: `I flushed ${n}'s cache.` } as Record<string, string>)[tool]!;
      if (call.isError) {
        g('refused, quoted', `I tried to ${verb} ${n}, but the tool refused: "${String(call.result)}" Nothing was changed.`, tools);
        g('refused, in brackets', `The ${verb} request for ${n} was rejected (${String(call.result)}), so I did not change anything.`, tools);
        if (!T[`${tool}:${n}`] || T[`${tool}:${n}`]!.isError) w('claimed after a refusal', done, tools);
        continue;
      }
      const now = result<Status & { action?: { kind: string } | null }>(`get_service_status:${n}`);
      const kind = (call.result as { kind: string }).kind;
      if (now?.action) {
        g('in progress', `I started a ${kind} of ${n}; it is still in progress.`, tools);
        if (tool === 'scale_service') g('scale in progress', `${n} is being scaled to ${replicas} replicas; it still runs ${now.replicas} for now.`, tools);
        w('premature completion', `${n}'s ${kind} is complete.`, tools);
      } else {
        g('done', done, tools);
        if (tool === 'scale_service') g('count after the scale', `${n} now runs ${WORDS[replicas!]} replicas after the scale-out.`, tools);
        if (tool === 'rollback_deployment') g('version after the rollback', `${n} was rolled back and now runs ${now?.version}.`, tools);
      }
    }
  }
  return { grounded, wrong };
}

/** Each issue a status reports, and ways a model words the cause it names ($1: the service the issue names). */
const CAUSES: Array<[RegExp, string[]]> = [
  [/^dependency (\S+) unavailable$/, ['because $1 is unavailable', 'because it cannot reach $1', 'due to $1 being down', 'because its dependency $1 is not responding', 'because calls to $1 are failing']],
  [/^lost a dependency: (\S+)$/, ['because its connections to $1 are refused', 'because it lost its connection to $1', 'due to refused connections to $1']],
  [/^bad deployment$/, ['because of the bad 2.4.0 deployment', 'due to a broken release', 'because version 2.4.0 is faulty']],
  [/^crashed \(process exited\)$/, ['because its process exited with code 137', 'because the container was killed', 'because it crashed']],
  [/^error burst$/, ['because of stale cache entries', 'due to a poisoned cache', 'because its cache holds stale entries']],
  [/^latency spike$/, ['because requests are queueing up', 'because one replica cannot keep up with the load', 'due to a latency spike']],
  [/^memory leak$/, ['because of a memory leak', 'because memory grows without being released', 'due to leaked memory']],
];

/** Causes the tools give, reworded; questions they cannot answer, answered honestly; and invented causes, people and costs. */
function causeProbes(): { grounded: Probe[]; wrong: Probe[] } {
  const grounded: Probe[] = [];
  const wrong: Probe[] = [];
  for (const [state, st] of Object.entries(states)) {
    for (const { name: n } of st.services) {
      const s = st.tools[`get_service_status:${n}`]?.result as (Status & { issues?: string[] }) | undefined;
      if (!s) continue;
      const tools = [`get_service_status:${n}`, `run_diagnostics:${n}`, `get_service_logs:${n}`, `check_dependencies:${n}`].filter((k) => st.tools[k]);
      const g = (tag: string, text: string, question?: string) => grounded.push({ state, tag, text, tools, question });
      const w = (tag: string, text: string, question?: string) => wrong.push({ state, tag, text, tools, question });
      for (const issue of s.issues ?? []) {
        for (const [re, words] of CAUSES) {
          const m = re.exec(issue);
          if (m) for (const cause of words) g('cause the tools give', `${n} is ${s.status} ${cause.replace('$1', m[1] ?? '')}.`);
        }
      }
      if (s.status !== 'running') w('invented cause', `${n} is ${s.status} because of an expired TLS certificate on the load balancer.`);
      g('no GPU figure', `The tools don't report GPU figures, so I can't tell you ${n}'s GPU usage.`, `What is ${n}'s GPU utilisation?`);
      g('nobody recorded', `I can't tell who deployed ${s.version}; the tools don't record who made a change.`, `Who deployed ${s.version} to ${n}?`);
      g('no cost data', `I have no cost data; the tools only report ${n}'s status and metrics.`, `How much does ${n} cost per month?`);
      w('invented person and day', `${s.version} was deployed by the platform team on Monday.`, `Who deployed ${s.version} to ${n}?`);
      w('invented cost', `${n} costs about $420 a month to run.`, `How much does ${n} cost per month?`);
    }
  }
  return { grounded, wrong };
}

/** Durations of this turn's actions, ranges, error rates against their baseline, and log lines quoted as a viewer prints them. */
function derivedProbes(): { grounded: Probe[]; wrong: Probe[] } {
  const grounded: Probe[] = [];
  const wrong: Probe[] = [];
  for (const [state, st] of Object.entries(states)) {
    const T = st.tools;
    for (const [key, call] of Object.entries(T)) {
      const done = call.result as { service?: string; kind?: string; startedAt?: string; completesAt?: string } | undefined;
      if (call.isError || !done?.completesAt || key.startsWith('before')) continue;
      const seconds = (Date.parse(done.completesAt) - Date.parse(done.startedAt!)) / 1000;
      grounded.push({ state, tag: 'how long an action takes', text: `The ${done.kind} of ${done.service} takes about ${r(seconds)} seconds (it completes at ${done.completesAt.slice(11, 19)} UTC).`, tools: [key, `get_service_status:${done.service}`].filter((k) => T[k]) });
    }
    for (const [n, s] of statuses(st)) {
      const tools = [`get_service_status:${n}`, `get_service_metrics:${n}`, `run_diagnostics:${n}`, `get_service_logs:${n}`].filter((k) => T[k]);
      const g = (tag: string, text: string) => grounded.push({ state, tag, text, tools });
      const lo = s.latencyMs >= 1000 ? Math.floor(s.latencyMs / 1000) : Math.floor(s.latencyMs / 100) * 100;
      g('a range', s.latencyMs >= 1000 ? `${n}'s latency is in the ${lo}-${lo + 1} second range.` : `${n}'s latency is in the ${lo}-${lo + 100} ms range.`);
      g('between', `${n} answers in between ${r(s.latencyMs * 0.8)} and ${r(s.latencyMs * 1.2)} ms.`);
      for (const finding of (T[`run_diagnostics:${n}`]?.result as { findings?: string[] } | undefined)?.findings ?? []) {
        const e = /Error rate ([\d.]+)% \(baseline ([\d.]+)%\)/.exec(finding);
        if (!e || Number(e[1]) >= 100) continue;
        g('multiple of the error-rate baseline', `${n}'s error rate is more than ${Math.floor(Number(e[1]) / Number(e[2]) / 10) * 10} times its ${e[2]}% baseline.`);
        wrong.push({ state, tag: 'error rate against its baseline', text: `${n}'s error rate is ${r(Number(e[1]) * 2 + 10)}%, against a normal ${e[2]}%.`, tools });
      }
      const line = (T[`get_service_logs:${n}`]?.result as { lines?: Array<{ at: string; level: string; message: string }> } | undefined)?.lines?.[0];
      if (line) {
        g('log line with its time and level', `\`[${line.at.slice(11, 19)}] ${line.level.toUpperCase()} ${line.message}\``);
        g('log line with a full stop', `${n}'s last log line: "${line.message.charAt(0).toUpperCase()}${line.message.slice(1)}."`);
      }
      g('JSON fields', `The status call returned \`"status": "${s.status}"\` and \`"replicas": ${s.replicas}\` for ${n}.`);
      wrong.push({ state, tag: 'JSON field with another value', text: `The status call returned \`"replicas": ${s.replicas + 3}\` for ${n}.`, tools });
    }
  }
  return { grounded, wrong };
}

const facts = new Map<string, FleetFacts>();
function flags(p: Probe): string[] {
  const st = states[p.state]!;
  if (!facts.has(p.state)) facts.set(p.state, fleetFacts(st.services));
  const result = checkAnswer({ answer: p.text, question: p.question, toolResults: p.tools.map((k) => st.tools[k]!) }, facts.get(p.state)!);
  return result.findings.filter((f) => f.severity === 'error').map((f) => `${f.span}: ${f.message}`);
}

describe.each([
  ['figures, counts and versions', probes],
  ['dependencies, logs, faults, fleet counts and actions', contextProbes],
  ['causes, people, costs and honest non-answers', causeProbes],
  ['durations, ranges, baselines and quoted log lines', derivedProbes],
])('paraphrases of the captured states: %s', (_, make) => {
  const { grounded, wrong } = make();

  it('has probes over every state', () => {
    expect(new Set(grounded.map((p) => p.state)).size).toBe(Object.keys(states).length);
    expect(grounded.length).toBeGreaterThan(300);
    expect(wrong.length).toBeGreaterThan(100);
  });

  it('flags no true claim however it is written', () => {
    const alarms = grounded.map((p) => ({ p, f: flags(p) })).filter((x) => x.f.length);
    expect(alarms.map(({ p, f }) => `${p.state} [${p.tag}] ${p.text} → ${f.join('; ')}`)).toEqual([]);
  }, 60_000);

  it('flags each sentence with one detail made wrong', () => {
    const missed = wrong.filter((p) => flags(p).length === 0);
    expect(missed.map((p) => `${p.state} [${p.tag}] ${p.text}`)).toEqual([]);
  }, 60_000);
});
