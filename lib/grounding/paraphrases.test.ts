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
    }
  }
  return { grounded, wrong };
}

const facts = new Map<string, FleetFacts>();
function flags(p: Probe): string[] {
  const st = states[p.state]!;
  if (!facts.has(p.state)) facts.set(p.state, fleetFacts(st.services));
  const result = checkAnswer({ answer: p.text, toolResults: p.tools.map((k) => st.tools[k]!) }, facts.get(p.state)!);
  return result.findings.filter((f) => f.severity === 'error').map((f) => `${f.span}: ${f.message}`);
}

describe('paraphrases of the captured states', () => {
  const { grounded, wrong } = probes();

  it('has probes over every state', () => {
    expect(new Set(grounded.map((p) => p.state)).size).toBe(Object.keys(states).length);
    expect(grounded.length).toBeGreaterThan(1000);
    expect(wrong.length).toBeGreaterThan(200);
  });

  it('flags no true figure, count or version however it is written', () => {
    const alarms = grounded.map((p) => ({ p, f: flags(p) })).filter((x) => x.f.length);
    expect(alarms.map(({ p, f }) => `${p.state} [${p.tag}] ${p.text} → ${f.join('; ')}`)).toEqual([]);
  }, 60_000);

  it('flags each sentence with one figure, count or version made wrong', () => {
    const missed = wrong.filter((p) => flags(p).length === 0);
    expect(missed.map((p) => `${p.state} [${p.tag}] ${p.text}`)).toEqual([]);
  }, 60_000);
});
