import type { FleetFacts, GroundingFinding, GroundingResult, ServiceFacts, ToolResultInput } from './types';

/**
 * The deterministic hallucination detector: reads an answer sentence by sentence
 * and checks what it claims against the fleet's inventory and state, the tool
 * results of the turn and the question. No model involved, so it is cheap,
 * repeatable and can be measured (scripts/grounding-eval.ts).
 *
 * Each rule looks for one kind of claim; a claim it can check and finds wrong
 * is an error (hallucination), a claim it cannot check is a warning (unverified).
 */
export interface CheckInput {
  answer: string;
  question?: string;
  toolResults?: ToolResultInput[];
}

interface Sentence {
  text: string;
  start: number;
}

interface Mention {
  service: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------- vocabulary

/** Hyphenated words of ordinary English (and of this app) that are not service names. */
const COMMON_HYPHENATED = new Set([
  'read-only', 'built-in', 'in-process', 'up-to-date', 'real-time', 'well-known', 'non-zero', 'step-by-step', 'so-called',
  'follow-up', 'out-of-memory', 'long-running', 'per-service', 'high-latency', 'e-mail', 'open-source', 'self-healing',
  'time-out', 'opt-in', 'right-now', 'end-to-end', 'day-to-day', 'side-by-side', 'first-token', 'p95-latency', 'error-rate',
  'last-minute', 'up-to', 'rate-limit', 'rate-limited', 'fleet-wide', 'in-memory', 'one-off', 'so-so', 'check-in',
  'openai-compatible', 'azure-openai', 'llm-as-judge', 'x-ratelimit', 'health-check', 'repair-degraded', 'diagnose-latency',
  're-check', 're-run', 'cross-check', 'double-check', 'lower-case', 'multi-step', 'half-open', 'non-admin', 'well-behaved',
]);

/** Parts that make a hyphenated word look like a service name. */
const SERVICE_PARTS = /^(service|svc|api|gateway|server|db|database|cache|queue|worker|proxy|auth|payment|payments|billing|user|users|order|orders|search|notification|notifications|inventory|frontend|backend|ui|agent|model|generator|broker|scheduler|store|cluster|lb|balancer|kafka|mongo|mysql|nginx|cron|email|mailer|checkout|cart|analytics|ledger|identity|session|sessions|web|app|engine|index|ingest|stream|router|registry|vault|monitor)$/;

/** Well-known products the fleet does not run: naming one as part of it is inventing. */
const FOREIGN_PRODUCTS = /\b(kafka|rabbitmq|elasticsearch|opensearch|mongodb|mongo|mysql|mariadb|memcached|cassandra|nginx|haproxy|envoy|zookeeper|etcd|consul|kubernetes|k8s|clickhouse|dynamodb|s3 bucket|celery|sidekiq)\b/gi;

/** Words that can sit before "service" without naming one. */
const GENERIC_BEFORE_SERVICE = new Set([
  'the', 'this', 'that', 'each', 'every', 'any', 'a', 'one', 'same', 'other', 'whole', 'affected', 'degraded', 'unhealthy',
  'healthy', 'stopped', 'running', 'mcp', 'model', 'web', 'database', 'cache', 'agent', 'load', 'ai', 'main', 'primary',
  'named', 'following', 'first', 'second', 'third', 'last', 'next', 'previous', 'only', 'critical', 'single', 'which',
  'restarting', 'slow', 'slowest', 'fastest', 'busiest', 'target', 'dependent', 'upstream', 'downstream', 'given', 'specific',
  'unknown', 'such', 'no', 'your', 'our', 'its', 'their', 'my', 'chat', 'redis', 'postgres', 'postgresql', 'cleared', 'new',
]);

/** A verb-ish first part makes a snake_case word look like a tool name. */
const TOOL_VERBS = /^(get|list|run|restart|scale|rollback|roll|clear|delete|purge|flush|reset|deploy|update|set|check|kill|stop|start|drain|migrate|create|remove|fetch|query|read|write|patch|upgrade|reboot|failover|promote|exec|execute|show|describe|inspect|tail|trace|analyze|analyse|fix|repair|heal|force|terminate)$/;

/** The sentence says something does not exist, or that it does not know it. */
const DENIES_EXISTENCE =
  /\b(no (service|tool|endpoint|such|record|api|route)|(is|are)(n['’]t| not) (a |an |any )?(known |real )?(service|tool|endpoint|part|in|one of|listed|available)|(does|do)(n['’]t| not) (exist|appear|know|have)|not (a|an) (known )?(service|tool|endpoint)|not part of|not (in|on) the (fleet|inventory|list|catalog)|unknown|can(not|['’]t) find|could(n['’]t| not) find|don['’]t (know|have|see)|there (is|are) no|there['’]s no|not found|isn['’]t one of|no longer|never heard|not aware)\b/i;

/** The answer says it cannot know: fine for a question no fact answers. */
const HEDGES =
  /\b(i )?(don['’]t|do not|can['’]t|cannot|could ?n['’]?o?t|am unable|i['’]m unable|unable) (know|tell|say|see|answer|find|determine|predict|access|look|check|confirm|verify|have)|\bno (data|record|records|information|history|way to know|visibility)|\bnot (available|recorded|known|something i|able)\b|\bonly (have|see|know|cover|go back|keep|hold)|\b(doesn['’]t|does not|don['’]t|do not) (say|show|record|cover|include|keep|go back|reach)|\bisn['’]t (recorded|available|known)|\bi['’]m not sure|\bbeyond (what|the)|\bthe tools (only|don['’]t|do not)|\bnot (tracked|kept|stored)/i;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** Status words and what each claims about a service (fact → true when the claim holds). */
const STATUS_WORDS: Array<{ re: RegExp; label: string; holds: (s: ServiceFacts) => boolean | undefined }> = [
  { re: /\bup and running\b|\bhealthy\b|\boperational\b|\bworking (normally|fine)\b|\brunning (normally|fine|smoothly|well)\b|\ball good\b|\bno (issues|problems)\b|\bnormally\b/i, label: 'healthy', holds: (s) => (s.status === undefined ? undefined : s.status === 'running' && (s.health === undefined || s.health === 'healthy')) },
  { re: /\bunhealthy\b|\bhaving (issues|problems)\b|\bnot healthy\b/i, label: 'unhealthy', holds: (s) => (s.status === undefined ? undefined : !(s.status === 'running' && (s.health === undefined || s.health === 'healthy'))) },
  { re: /\bdegraded\b/i, label: 'degraded', holds: (s) => (s.status === undefined ? undefined : s.status === 'degraded' || (s.health !== undefined && s.health !== 'healthy')) },
  { re: /\b(stopped|down|offline|crashed|unavailable|unreachable)\b/i, label: 'down', holds: (s) => (s.status === undefined ? undefined : s.status === 'stopped' || s.health === 'critical') },
  { re: /\brestarting\b/i, label: 'restarting', holds: (s) => (s.status === undefined ? undefined : s.status === 'restarting') },
  { re: /\bcritical\b/i, label: 'critical', holds: (s) => (s.health === undefined ? undefined : s.health === 'critical') },
  { re: /\brunning\b/i, label: 'running', holds: (s) => (s.status === undefined ? undefined : s.status === 'running') },
];

// ---------------------------------------------------------------- helpers

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n.!?]*(?:[.!?](?=\S)[^\n.!?]*)*[.!?]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    if (m[0].trim()) out.push({ text: m[0], start: m.index });
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Visits every value in a JSON document (bounded depth). */
function walk(value: unknown, visit: (v: unknown, key?: string) => void, depth = 0, key?: string): void {
  if (depth > 8 || value === null || value === undefined) return;
  visit(value, key);
  if (Array.isArray(value)) for (const item of value) walk(item, visit, depth + 1, key);
  else if (typeof value === 'object') for (const [k, item] of Object.entries(value as Record<string, unknown>)) walk(item, visit, depth + 1, k);
}

function serviceArg(args: Record<string, unknown> | undefined): string | undefined {
  const v = args?.service ?? args?.serviceName ?? args?.name;
  return typeof v === 'string' ? v : undefined;
}

function parseNumber(s: string): number {
  return NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));
}

function isHealthy(s: ServiceFacts): boolean {
  return s.status === 'running' && (s.health === undefined || s.health === 'healthy');
}

function describeService(s: ServiceFacts): string {
  return [`status ${s.status ?? 'unknown'}`, s.health ? `health ${s.health}` : '', s.version ? `version ${s.version}` : '', typeof s.replicas === 'number' ? `${s.replicas} replica(s)` : '']
    .filter(Boolean)
    .join(', ');
}

// ---------------------------------------------------------------- the facts of one check

class Facts {
  readonly names: string[];
  private readonly merged = new Map<string, ServiceFacts>();
  private readonly source = new Map<string, string>();
  /** Every number the tool results hold, per service and key (series points included). */
  private readonly observed = new Map<string, Map<string, number[]>>();
  readonly versions = new Set<string>();

  constructor(
    readonly fleet: FleetFacts,
    readonly tools: ToolResultInput[],
  ) {
    this.names = fleet.services.map((s) => s.name);
    for (const s of fleet.services) {
      this.merged.set(s.name, { ...s });
      this.source.set(s.name, "the fleet's current state");
      if (s.version) this.versions.add(s.version);
      if (s.previousVersion) this.versions.add(s.previousVersion);
    }
    // Tool results of the turn win over the fleet's state: they are what the model saw.
    for (const call of tools) {
      if (call.isError) continue;
      const arg = serviceArg(call.arguments);
      walk(call.result, (v) => {
        if (!v || typeof v !== 'object' || Array.isArray(v)) return;
        const o = v as Record<string, unknown>;
        const name = typeof o.name === 'string' ? o.name : typeof o.service === 'string' ? o.service : undefined;
        if (name && this.merged.has(name)) {
          const current = this.merged.get(name)!;
          const picked: Partial<ServiceFacts> = {};
          for (const key of ['status', 'health', 'version', 'replicas', 'cpuPct', 'memoryMb', 'memoryPct', 'latencyMs', 'errorRate', 'requestsPerSec', 'uptimeSec'] as const) {
            if (o[key] !== undefined && o[key] !== null) (picked as Record<string, unknown>)[key] = o[key];
          }
          const nested = o.current && typeof o.current === 'object' ? (o.current as Record<string, unknown>) : undefined;
          if (nested) for (const [k, val] of Object.entries(nested)) if (typeof val === 'number') (picked as Record<string, unknown>)[k] = val;
          if (Object.keys(picked).length) {
            this.merged.set(name, { ...current, ...picked });
            this.source.set(name, `${call.name} this turn`);
          }
          if (typeof o.version === 'string') this.versions.add(o.version);
        }
      });
      walk(call.result, (v, key) => {
        if (typeof v !== 'number' || !key) return;
        const owner = arg ?? '*';
        const perService = this.observed.get(owner) ?? new Map<string, number[]>();
        this.observed.set(owner, perService);
        perService.set(key, [...(perService.get(key) ?? []), v]);
      });
    }
  }

  service(name: string): ServiceFacts | undefined {
    return this.merged.get(name);
  }

  sourceOf(name: string): string {
    return this.source.get(name) ?? "the fleet's current state";
  }

  all(): ServiceFacts[] {
    return this.names.map((n) => this.merged.get(n)!);
  }

  /** Values known for a metric of a service (its state plus everything the tools returned about it). */
  values(service: string | undefined, key: keyof ServiceFacts): number[] {
    const out: number[] = [];
    const services = service ? [service] : this.names;
    for (const name of services) {
      const v = this.merged.get(name)?.[key];
      if (typeof v === 'number') out.push(v);
      for (const n of this.observed.get(name)?.get(key) ?? []) out.push(n);
    }
    if (!service) for (const n of this.observed.get('*')?.get(key) ?? []) out.push(n);
    return out;
  }

  succeeded(tool: string | ((name: string) => boolean), service?: string): boolean {
    return this.tools.some((c) => !c.isError && (typeof tool === 'string' ? c.name === tool : tool(c.name)) && (service === undefined || serviceArg(c.arguments) === undefined || serviceArg(c.arguments) === service));
  }
}

// ---------------------------------------------------------------- the rules

function mentionsOf(sentence: string, facts: Facts): Mention[] {
  const out: Mention[] = [];
  for (const name of facts.names) {
    const re = new RegExp(`(?<![\\w-])${escapeRe(name)}(?![\\w-])`, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) out.push({ service: name, start: m.index, end: m.index + m[0].length });
  }
  if (facts.names.includes('postgres')) {
    for (const m of sentence.matchAll(/\bpostgresql\b/gi)) out.push({ service: 'postgres', start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The part of a sentence that talks about each mentioned service: from its name to the next name. */
function segmentsOf(sentence: string, mentions: Mention[]): Array<{ service: string; text: string; offset: number }> {
  const segments = mentions.map((m, i) => ({ service: m.service, text: sentence.slice(m.end, mentions[i + 1]?.start ?? sentence.length), offset: m.end }));
  // "web-ui and redis are running": the claim after the last name is about all of them.
  for (let i = segments.length - 2; i >= 0; i--) {
    if (/^[\s,]*(and|or|&|as well as)?[\s,]*$/i.test(segments[i]!.text)) segments[i] = { ...segments[i]!, text: segments[i + 1]!.text };
  }
  return segments;
}

function checkEntities(s: Sentence, facts: Facts, question: string, findings: GroundingFinding[]): number {
  let claims = 0;
  if (DENIES_EXISTENCE.test(s.text)) return 0;
  const add = (span: string, index: number, message: string) =>
    findings.push({ kind: 'unknown_entity', severity: 'error', span, start: s.start + index, message, fact: `The fleet's services are ${facts.names.join(', ')}.` });

  for (const m of s.text.matchAll(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/gi)) {
    const word = m[0].toLowerCase();
    if (facts.names.includes(word) || COMMON_HYPHENATED.has(word) || /^(p\d+|v?\d[\d.-]*)$/.test(word)) continue;
    const parts = word.split('-');
    const around = s.text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 12);
    const serviceLike = parts.some((p) => SERVICE_PARTS.test(p)) || /\bservice\b/i.test(around) || new RegExp(`(?<![\\w-])${escapeRe(word)}(?![\\w-])`, 'i').test(question);
    if (!serviceLike) continue;
    claims += 1;
    add(m[0], m.index!, `"${m[0]}" is not a service of the fleet (nor a tool or endpoint).`);
  }
  for (const m of s.text.matchAll(/\bthe ([a-z][a-z0-9]+) (service|server|microservice)\b/gi)) {
    const word = m[1]!.toLowerCase();
    if (GENERIC_BEFORE_SERVICE.has(word) || facts.names.includes(word)) continue;
    claims += 1;
    add(m[0], m.index!, `There is no "${m[1]}" service in the fleet.`);
  }
  for (const m of s.text.matchAll(FOREIGN_PRODUCTS)) {
    claims += 1;
    add(m[0], m.index!, `The fleet runs no ${m[0]}.`);
  }
  for (const m of s.text.matchAll(/\b[a-z]+(?:_[a-z0-9]+)+\b/g)) {
    const word = m[0];
    if (!TOOL_VERBS.test(word.split('_')[0]!)) continue;
    claims += 1;
    if (facts.fleet.tools.includes(word)) continue;
    findings.push({ kind: 'unknown_entity', severity: 'error', span: word, start: s.start + m.index!, message: `There is no tool called ${word}.`, fact: `The tools are ${facts.fleet.tools.join(', ')}.` });
  }
  for (const m of s.text.matchAll(/(?<![\w.])(\/api(?:\/[\w.\-[\]{}:]+)*|\/metrics)\b/g)) {
    claims += 1;
    const path = m[1]!.replace(/[.,;:]+$/, '');
    const known = facts.fleet.endpoints.some((e) => new RegExp(`^${e.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\//g, '\\/')}$`).test(path));
    if (!known) findings.push({ kind: 'unknown_entity', severity: 'error', span: path, start: s.start + m.index!, message: `The app has no endpoint ${path}.`, fact: 'See the API list in the README.' });
  }
  return claims;
}

const VERSION_RE = /\b(?:version\s+|v)(\d+(?:\.\d+){1,3})\b|(?<![\w.])(\d+\.\d+\.\d+)(?![\w.]*\d)/gi;

function checkVersions(s: Sentence, facts: Facts, findings: GroundingFinding[]): number {
  let claims = 0;
  const mentions = mentionsOf(s.text, facts);
  for (const m of s.text.matchAll(VERSION_RE)) {
    const version = (m[1] ?? m[2])!;
    const at = m.index!;
    claims += 1;
    const owner = [...mentions].reverse().find((x) => x.start < at) ?? mentions.find((x) => x.start > at);
    if (owner) {
      const svc = facts.service(owner.service);
      const known = new Set([svc?.version, svc?.previousVersion].filter((v): v is string => !!v));
      if (known.size === 0 || known.has(version)) continue;
      // "rolled back from 2.3.0 to 2.2.4" and "upgrading to" talk about other versions on purpose only with a tool call; treat any other version as wrong.
      findings.push({ kind: 'contradicted_fact', severity: 'error', span: m[0], start: s.start + at, message: `${owner.service} does not run version ${version}.`, fact: `${owner.service} runs ${svc?.version}${svc?.previousVersion ? ` (previous ${svc.previousVersion})` : ''} (${facts.sourceOf(owner.service)}).` });
    } else if (!facts.versions.has(version)) {
      findings.push({ kind: 'unknown_entity', severity: 'error', span: m[0], start: s.start + at, message: `No service of the fleet runs version ${version}.`, fact: `Known versions: ${[...facts.versions].join(', ')}.` });
    }
  }
  return claims;
}

/** Verbs that claim an action, and the tool that could have done it (null: no tool can). */
const ACTION_VERBS: Array<{ re: RegExp; tool: string | null | 'any' }> = [
  { re: /^(restarted|rebooted|bounced|recycled)$/i, tool: 'restart_service' },
  { re: /^(scaled|scaled up|scaled out|scaled down)$/i, tool: 'scale_service' },
  { re: /^(rolled back|reverted)$/i, tool: 'rollback_deployment' },
  { re: /^(cleared|flushed|purged)$/i, tool: 'clear_cache' },
  { re: /^(fixed|repaired|resolved|remediated|healed)$/i, tool: 'any' },
  { re: /^(deployed|redeployed|killed|stopped|deleted|removed|drained|migrated|upgraded|patched|terminated|failed over|promoted|shut down|disabled|reset)$/i, tool: null },
];
const VERB_ALT = 'restarted|rebooted|bounced|recycled|scaled(?: up| out| down)?|rolled back|reverted|cleared|flushed|purged|fixed|repaired|resolved|remediated|healed|deployed|redeployed|killed|stopped|deleted|removed|drained|migrated|upgraded|patched|terminated|failed over|promoted|shut down|disabled|reset';
const ACTIVE_CLAIM = new RegExp(`\\b(?:i|we)(?:['’]ve| have)?\\s+(?:(?:just|now|already|successfully|also|then|went ahead and)\\s+)*(${VERB_ALT})\\b`, 'gi');
const PASSIVE_CLAIM = new RegExp(`\\b(?:has|have)\\s+(?:(?:now|just|already|successfully|also)\\s+)*been\\s+(?:(?:successfully)\\s+)?(${VERB_ALT})\\b|\\b(?:was|were)\\s+successfully\\s+(${VERB_ALT})\\b`, 'gi');

function checkActions(s: Sentence, facts: Facts, findings: GroundingFinding[]): number {
  let claims = 0;
  if (/^\s*(if|when|whenever|once|should|to)\b/i.test(s.text)) return 0;
  const mentions = mentionsOf(s.text, facts);
  for (const re of [ACTIVE_CLAIM, PASSIVE_CLAIM]) {
    for (const m of s.text.matchAll(re)) {
      const verb = (m[1] ?? m[2])!;
      const before = s.text.slice(Math.max(0, m.index! - 25), m.index!);
      if (/\b(not|never|n['’]t|cannot|couldn['’]t|can['’]t|unable|without|nothing)\b[^.]*$/i.test(before) || /\b(not|never)\b/i.test(m[0])) continue;
      claims += 1;
      const rule = ACTION_VERBS.find((r) => r.re.test(verb));
      const service = (mentions.find((x) => x.start > m.index!) ?? mentions.at(-1))?.service;
      const backed =
        rule?.tool === 'any'
          ? facts.succeeded((n) => facts.fleet.mutatingTools.includes(n), service)
          : rule?.tool
            ? facts.succeeded(rule.tool, service)
            : false;
      if (backed) continue;
      findings.push({
        kind: 'unperformed_action',
        severity: 'error',
        span: m[0],
        start: s.start + m.index!,
        message: rule?.tool === null ? `Claims "${verb}", which no tool can do.` : `Claims "${verb}"${service ? ` on ${service}` : ''}, but no such action succeeded this turn.`,
        fact: rule?.tool && rule.tool !== 'any' ? `No successful ${rule.tool} call${service ? ` for ${service}` : ''} in this turn's tool results.` : 'Chat has read-only tools only.',
      });
    }
  }
  return claims;
}

function checkStatuses(s: Sentence, facts: Facts, findings: GroundingFinding[]): number {
  let claims = 0;
  if (/^\s*(if|when|whenever|should|in case|once)\b/i.test(s.text) || /\?\s*$/.test(s.text)) return 0;
  const mentions = mentionsOf(s.text, facts);
  for (const seg of segmentsOf(s.text, mentions)) {
    const svc = facts.service(seg.service);
    if (!svc) continue;
    // Only the claim right after the name (up to the next clause break) is about this service's present.
    const clause = seg.text.split(/[;(]|\bbut\b|\bbecause\b|\bsince\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b/i)[0]!;
    for (const word of STATUS_WORDS) {
      const m = word.re.exec(clause);
      if (!m) continue;
      const before = clause.slice(Math.max(0, m.index - 14), m.index);
      if (/\b(was|were|had been|used to be|previously|earlier)\b/i.test(clause.slice(0, m.index)) && !/\b(now|currently|is|are)\b/i.test(before)) continue;
      if (/\bif\b/i.test(before)) continue;
      const negated = /\b(not|n['’]t|no longer|never)\b\s*\w*\s*$/i.test(before);
      const holds = word.holds(svc);
      if (holds === undefined) continue;
      claims += 1;
      if (holds !== negated) continue;
      findings.push({
        kind: 'contradicted_fact',
        severity: 'error',
        span: `${seg.service}${clause.slice(0, m.index + m[0].length)}`.slice(0, 120),
        start: s.start + seg.offset - seg.service.length,
        message: `Says ${seg.service} is ${negated ? 'not ' : ''}${word.label}.`,
        fact: `${seg.service}: ${describeService(svc)} (${facts.sourceOf(seg.service)}).`,
      });
      break;
    }
  }

  // Fleet-wide claims.
  const all = facts.all();
  const unhealthy = all.filter((x) => x.status !== undefined && !isHealthy(x));
  const allOk = /\b(all|every)\b(?: (?:\d+|the|of the|eight|services))*(?: services?)? (?:are|is|were|look|looks|seem|seems)?\s*(?:up|running|healthy|fine|ok|operational|green)\b|\beverything (?:is|looks|seems)(?: back)? (?:to normal|normal|fine|healthy|ok|good|running|green)\b|\b(?:the )?fleet (?:is|looks) (?:fully )?healthy\b|\bno (?:service|services) (?:need|needs|require|requires) attention\b/i.exec(s.text);
  if (allOk && !/\bnot (all|every|everything)\b/i.test(s.text)) {
    claims += 1;
    if (unhealthy.length) {
      findings.push({ kind: 'contradicted_fact', severity: 'error', span: allOk[0], start: s.start + allOk.index, message: 'Says the whole fleet is healthy.', fact: `Not healthy: ${unhealthy.map((x) => `${x.name} (${x.status}${x.health ? `, ${x.health}` : ''})`).join(', ')}.` });
    }
  }
  const count = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:of (?:the|\d+) )?services?\b(?:[^.;]{0,30}?)\b(need|needs|require|requires|are|is|were)\b\s*(attention|unhealthy|degraded|down|failing|not healthy|in trouble)?/i.exec(s.text);
  const total = /\b(?:fleet (?:has|runs|consists of)|there are|(?:of|all) (?:the )?)\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) services\b/i.exec(s.text);
  if (total) {
    claims += 1;
    const n = parseNumber(total[1]!);
    if (n !== all.length) findings.push({ kind: 'contradicted_fact', severity: 'error', span: total[0], start: s.start + total.index, message: `Says the fleet has ${n} services.`, fact: `The fleet has ${all.length} services.` });
  }
  if (count && count[3] && count.index !== total?.index) {
    claims += 1;
    const n = parseNumber(count[1]!);
    if (n !== unhealthy.length) findings.push({ kind: 'contradicted_fact', severity: 'error', span: count[0], start: s.start + count.index, message: `Says ${n} service(s) need attention.`, fact: `${unhealthy.length} service(s) are not healthy${unhealthy.length ? `: ${unhealthy.map((x) => x.name).join(', ')}` : ''}.` });
  }
  return claims;
}

interface Quantity {
  key: keyof ServiceFacts | 'uptimePct' | 'changePct' | 'window';
  value: number;
  span: string;
  index: number;
}

/** Numbers with a unit or a metric word, as the metric they claim. */
function quantitiesOf(text: string): Quantity[] {
  const out: Quantity[] = [];
  const push = (key: Quantity['key'], value: number, m: RegExpMatchArray) => out.push({ key, value, span: m[0], index: m.index! });
  for (const m of text.matchAll(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:running )?(replicas?|replica\(s\)|instances?|pods?|copies)\b/gi)) push('replicas', parseNumber(m[1]!), m);
  for (const m of text.matchAll(/\b(\d+(?:[.,]\d+)?)\s*(ms|milliseconds?|s|sec|seconds?)\b/gi)) {
    const around = text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 20);
    if (!/latenc|response|answers? in|p\d\d|slow|takes|round.?trip/i.test(around)) continue;
    const v = parseNumber(m[1]!);
    push('latencyMs', /^m/i.test(m[2]!) ? v : v * 1000, m);
  }
  for (const m of text.matchAll(/\b(\d+(?:\.\d+)?)\s*(?:%|percent)/gi)) {
    // The metric a percentage belongs to is named in its own clause: "error rate 0.2%, CPU 9%".
    const before = text.slice(Math.max(0, m.index! - 30), m.index!).split(/[,;:]/).at(-1)!;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 25).split(/[,;.]/)[0]!;
    const v = Number(m[1]);
    const near = `${before} ${after}`;
    if (/\b(uptime|availability|sla)\b/i.test(near)) push('uptimePct', v, m);
    else if (/\b(improv|reduc|increas|decreas|faster|slower|drop|fell|rose|cut|better|worse|grew)\w*/i.test(near)) push('changePct', v, m);
    else if (/\bcpu\b/i.test(near)) push('cpuPct', v, m);
    else if (/\b(memory|mem|ram)\b/i.test(near)) push('memoryPct', v, m);
    else if (/\berror/i.test(near)) push('errorRate', v / 100, m);
  }
  for (const m of text.matchAll(/\b(\d+(?:[.,]\d+)?)\s*(MB|MiB|GB|GiB)\b/g)) push('memoryMb', parseNumber(m[1]!) * (/^G/.test(m[2]!) ? 1024 : 1), m);
  for (const m of text.matchAll(/\b(\d+(?:\.\d+)?)\s*(?:requests?|req)\s*(?:\/|per)\s*(?:s|sec|second)\b|\b(\d+(?:\.\d+)?)\s*rps\b/gi)) push('requestsPerSec', Number(m[1] ?? m[2]), m);
  for (const m of text.matchAll(/\b(?:up|uptime of|running|been up) (?:for )?(\d+(?:\.\d+)?)\s*(seconds?|minutes?|hours?|days?|weeks?)\b/gi)) {
    const unit = m[2]!.toLowerCase();
    const mult = unit.startsWith('sec') ? 1 : unit.startsWith('min') ? 60 : unit.startsWith('hour') ? 3600 : unit.startsWith('day') ? 86_400 : 604_800;
    push('uptimeSec', Number(m[1]) * mult, m);
  }
  for (const m of text.matchAll(/\b(?:over|in|during|for) the (?:last|past) (\d+|one|two|three|seven)?\s*(hours?|days?|weeks?|months?|years?)\b|\b(?:yesterday|last (?:night|week|month|year)|(?:\d+|a few|several) (?:days|weeks|months) ago)\b/gi)) {
    // The metrics go back an hour: "in the last hour" can be checked, a day cannot.
    if (m[2] && /^hour/i.test(m[2]) && (m[1] === undefined || parseNumber(m[1]) <= 1)) continue;
    push('window', 0, m);
  }
  return out;
}

function close(key: Quantity['key'], claimed: number, actual: number): boolean {
  const diff = Math.abs(claimed - actual);
  switch (key) {
    case 'replicas':
      return diff === 0;
    case 'errorRate':
      return diff <= Math.max(0.005, Math.abs(actual) * 0.25);
    case 'cpuPct':
    case 'memoryPct':
      return diff <= Math.max(3, Math.abs(actual) * 0.15);
    case 'uptimeSec':
      return diff <= Math.max(120, Math.abs(actual) * 0.25);
    default:
      return diff <= Math.max(5, Math.abs(actual) * 0.15);
  }
}

const METRIC_LABEL: Record<string, string> = { replicas: 'replicas', latencyMs: 'latency (ms)', cpuPct: 'CPU %', memoryPct: 'memory %', errorRate: 'error rate', memoryMb: 'memory (MB)', requestsPerSec: 'requests/s', uptimeSec: 'uptime (s)' };

function checkNumbers(s: Sentence, facts: Facts, question: string, findings: GroundingFinding[]): number {
  let claims = 0;
  if (HEDGES.test(s.text)) return 0;
  const mentions = mentionsOf(s.text, facts);
  const questionServices = mentionsOf(question, facts).map((m) => m.service);
  for (const q of quantitiesOf(s.text)) {
    claims += 1;
    if (q.key === 'uptimePct' || q.key === 'changePct' || q.key === 'window') {
      const what = q.key === 'uptimePct' ? 'an availability figure' : q.key === 'changePct' ? 'a before/after change' : 'history beyond the last hour';
      findings.push({ kind: 'unsupported_claim', severity: 'error', span: q.span, start: s.start + q.index, message: `States ${what}; no tool reports that.`, fact: 'The tools report current state and at most the last 60 minutes of metrics.' });
      continue;
    }
    const owner = ([...mentions].reverse().find((x) => x.start < q.index) ?? mentions.find((x) => x.start > q.index))?.service ?? (questionServices.length === 1 ? questionServices[0] : undefined);
    const known = facts.values(owner, q.key);
    if (known.some((v) => close(q.key, q.value, v))) continue;
    if (!known.length) {
      findings.push({ kind: 'unsupported_claim', severity: 'warning', span: q.span, start: s.start + q.index, message: `Could not check ${q.span}${owner ? ` for ${owner}` : ''}.` });
      continue;
    }
    const shown = q.key === 'errorRate' ? known.slice(0, 3).map((v) => `${(v * 100).toFixed(1)}%`) : known.slice(0, 3).map((v) => String(Math.round(v * 100) / 100));
    findings.push({
      kind: 'contradicted_fact',
      severity: 'error',
      span: q.span,
      start: s.start + q.index,
      message: `${q.span}${owner ? ` for ${owner}` : ''} matches no figure the tools or the fleet report.`,
      fact: `${owner ?? 'fleet'} ${METRIC_LABEL[q.key] ?? q.key}: ${shown.join(', ')}${owner ? ` (${facts.sourceOf(owner)})` : ''}.`,
    });
  }
  return claims;
}

/** "X depends on Y and Z": each named dependency must be one of X's. */
function checkDependencies(s: Sentence, facts: Facts, findings: GroundingFinding[]): number {
  let claims = 0;
  const m = /\b(depends on|dependencies (?:are|include)|relies on|needs|talks to|calls)\b/i.exec(s.text);
  if (!m || /\b(not|n['’]t|no)\b/i.test(s.text.slice(Math.max(0, m.index - 12), m.index))) return 0;
  const mentions = mentionsOf(s.text, facts);
  const owner = [...mentions].reverse().find((x) => x.start < m.index);
  if (!owner) return 0;
  const svc = facts.service(owner.service);
  if (!svc?.dependencies) return 0;
  const rest = s.text.slice(m.index + m[0].length).split(/[;(]|\b(but|because|since|while|so)\b/i)[0]!;
  for (const dep of mentionsOf(rest, facts)) {
    claims += 1;
    if (svc.dependencies.includes(dep.service)) continue;
    findings.push({
      kind: 'contradicted_fact',
      severity: 'error',
      span: dep.service,
      start: s.start + m.index + m[0].length + dep.start,
      message: `Says ${owner.service} depends on ${dep.service}.`,
      fact: `${owner.service} depends on ${svc.dependencies.length ? svc.dependencies.join(', ') : 'nothing'}.`,
    });
  }
  return claims;
}

/** Questions no tool can answer: far past, future, people, money, secrets. */
const UNANSWERABLE =
  /\b(yesterday|last (night|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(\d+|a few|several) (days|weeks|months|years) ago|tomorrow|next (week|month|year|release)|will [\w\s-]{0,40}\b(fail|crash|go down|break|run out|need)|predict|forecast|who (deployed|changed|broke|caused|approved|is responsible|owns|wrote|restarted)|how much (does|do|did|will) [\w\s-]{0,30}cost|monthly (cost|bill)|invoice|revenue|how many (users|customers)|customers? (were |are )?(affected|impacted)|password|api key|credentials|secret key|root password|(in|on) (january|february|march|april|may|june|july|august|september|october|november|december))\b/i;

function checkUnanswerable(answer: string, question: string, findings: GroundingFinding[]): number {
  if (!question || !UNANSWERABLE.test(question)) return 0;
  if (HEDGES.test(answer) || DENIES_EXISTENCE.test(answer)) return 1;
  const first = sentencesOf(answer)[0];
  findings.push({
    kind: 'unsupported_claim',
    severity: 'error',
    span: (first?.text ?? answer).trim().slice(0, 160),
    start: first ? first.start + (first.text.length - first.text.trimStart().length) : 0,
    message: 'Answers confidently a question the available facts cannot answer.',
    fact: `"${question.trim().slice(0, 120)}" needs facts no tool provides (the tools know the present and the last hour).`,
  });
  return 1;
}

/**
 * Blanks out the parts of an answer that quote a tool result word for word (log
 * lines, messages): quoting the tools is grounded by definition, and a log line's
 * own numbers and paths are not claims about the fleet. Offsets stay the same.
 */
function maskQuotes(answer: string, tools: ToolResultInput[]): string {
  let masked = answer;
  for (const call of tools) {
    if (call.isError) continue;
    walk(call.result, (v) => {
      if (typeof v !== 'string' || v.length < 12) return;
      let at = masked.indexOf(v);
      while (at >= 0) {
        masked = masked.slice(0, at) + ' '.repeat(v.length) + masked.slice(at + v.length);
        at = masked.indexOf(v, at + v.length);
      }
    });
  }
  return masked;
}

/** Checks one answer; `fleet` is the inventory and current state, `toolResults` what this turn's tools returned. */
export function checkAnswer(input: CheckInput, fleet: FleetFacts): GroundingResult {
  const facts = new Facts(fleet, input.toolResults ?? []);
  const question = input.question ?? '';
  const findings: GroundingFinding[] = [];
  let claims = 0;
  for (const s of sentencesOf(maskQuotes(input.answer, input.toolResults ?? []))) {
    claims += checkEntities(s, facts, question, findings);
    claims += checkVersions(s, facts, findings);
    claims += checkActions(s, facts, findings);
    claims += checkStatuses(s, facts, findings);
    claims += checkNumbers(s, facts, question, findings);
    claims += checkDependencies(s, facts, findings);
  }
  claims += checkUnanswerable(input.answer, question, findings);
  // One finding per span: the same words can trip two rules.
  const unique = findings.filter((f, i) => findings.findIndex((g) => g.start === f.start && g.kind === f.kind) === i).sort((a, b) => a.start - b.start);
  const verdict = unique.some((f) => f.severity === 'error') ? 'hallucination' : unique.length ? 'unverified' : 'grounded';
  return { verdict, findings: unique, claims };
}
