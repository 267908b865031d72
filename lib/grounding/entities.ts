import { tidy, type CheckContext, type Claim, type ClaimModule } from './claim';
import { escapeRe } from './text';

/**
 * Things the answer names as parts of the fleet or the app: services, products,
 * tools and endpoints. A name the inventory does not have is invented, unless
 * the sentence says it does not exist.
 */
interface EntityClaim extends Claim {
  relation: 'service' | 'product' | 'tool' | 'endpoint';
  value: string;
}

/** Hyphenated words of ordinary English (and of this app) that are not service names. */
const COMMON_HYPHENATED = new Set([
  'read-only', 'built-in', 'in-process', 'up-to-date', 'real-time', 'well-known', 'non-zero', 'step-by-step', 'so-called',
  'follow-up', 'out-of-memory', 'long-running', 'per-service', 'high-latency', 'e-mail', 'open-source', 'self-healing',
  'time-out', 'opt-in', 'right-now', 'end-to-end', 'day-to-day', 'side-by-side', 'first-token', 'p95-latency', 'error-rate',
  'last-minute', 'up-to', 'rate-limit', 'rate-limited', 'fleet-wide', 'in-memory', 'one-off', 'so-so', 'check-in',
  'openai-compatible', 'azure-openai', 'llm-as-judge', 'x-ratelimit', 'health-check', 'repair-degraded', 'diagnose-latency',
  're-check', 're-run', 'cross-check', 'double-check', 'lower-case', 'multi-step', 'half-open', 'non-admin', 'well-behaved',
  'scale-out', 'scale-up', 'scale-down', 'roll-back', 'start-up', 'warm-up', 'clean-up', 'set-up', 'read-write', 'x-request-id',
  'health-checks', 'readiness-check', 'dependency-failure', 'error-burst', 'memory-leak', 'latency-spike', 'bad-deployment',
  'front-end', 'back-end', 'on-call', 'single-replica', 'multi-replica', 'user-facing', 'server-side', 'client-side',
]);

/** Last parts that make a hyphenated word a qualifier of the name before them ("web-ui-based"). */
const QUALIFIER_TAIL = /-(based|backed|side|specific|wide|level|only|style|like|facing|bound|related|driven|owned|heavy|dependent|centric|aware|compatible|scoped|local|managed|hosted|native|ready|free|sized|shaped|internal|internals)$/;
/** Last parts that make any hyphenated word an adjective ("queue-driven", "load-induced", "cache-bound"), not a name. */
const ADJECTIVE_TAIL = /-(based|driven|bound|related|induced|caused|triggered|heavy|intensive|sensitive|dependent|centric|aware|shaped|style|like|facing|free|limited|starved|saturated|constrained|led|powered|backed|oriented|focused|specific|wide)$/;

/** Parts that make a hyphenated word look like a service name. */
const SERVICE_PARTS = /^(service|svc|api|gateway|server|db|database|cache|queue|worker|proxy|auth|payment|payments|billing|user|users|order|orders|search|notification|notifications|inventory|frontend|backend|ui|agent|model|generator|broker|scheduler|store|cluster|lb|balancer|kafka|mongo|mysql|nginx|cron|email|mailer|checkout|cart|analytics|ledger|identity|session|sessions|web|app|engine|index|ingest|stream|router|registry|vault|monitor|replica|primary|standby|shard|node|pool|bus|feed|sync|exporter|collector|sidecar)$/;

/** Well-known products the fleet does not run: naming one as part of it is inventing. */
const FOREIGN_PRODUCTS = /\b(kafka|rabbitmq|elasticsearch|opensearch|mongodb|mongo|mysql|mariadb|memcached|cassandra|nginx|haproxy|envoy|zookeeper|etcd|consul|kubernetes|k8s|clickhouse|dynamodb|s3 bucket|celery|sidekiq|pgbouncer|istio|traefik|varnish|sentry|datadog agent|redis sentinel|patroni|pgpool(?:-ii)?|keepalived|repmgr)\b/gi;

/** Infrastructure the fleet does not have (its services talk to each other directly; no gateway, balancer, queue or standby). */
const FOREIGN_COMPONENTS = /\b(?:api gateway|load balancer|message queue|message broker|service mesh|ingress controller|reverse proxy|connection pooler|read replicas?|standby (?:replica|database|node|server|instance)|hot standby|failover (?:node|replica|instance))\b/gi;

/** Words that can sit before "service" without naming one. */
const GENERIC_BEFORE_SERVICE = new Set([
  'the', 'this', 'that', 'each', 'every', 'any', 'a', 'one', 'same', 'other', 'whole', 'affected', 'degraded', 'unhealthy',
  'healthy', 'stopped', 'running', 'mcp', 'model', 'web', 'database', 'cache', 'agent', 'load', 'ai', 'main', 'primary',
  'named', 'following', 'first', 'second', 'third', 'last', 'next', 'previous', 'only', 'critical', 'single', 'which',
  'restarting', 'slow', 'slowest', 'fastest', 'busiest', 'target', 'dependent', 'upstream', 'downstream', 'given', 'specific',
  'unknown', 'such', 'no', 'your', 'our', 'its', 'their', 'my', 'chat', 'redis', 'postgres', 'postgresql', 'cleared', 'new',
  'failing', 'broken', 'crashed', 'problem', 'troubled', 'sick', 'struggling', 'offending', 'culprit', 'impacted', 'remaining',
  'another', 'either', 'neither', 'both', 'some', 'busy', 'whichever', 'individual', 'said', 'listed', 'mentioned', 'underlying',
]);

/** A verb-ish first part makes a snake_case word look like a tool name. */
const TOOL_VERBS = /^(autoscale|pin|throttle|cordon|evict|tune|resize|snapshot|backup|restore|warm|failover|get|list|run|restart|scale|rollback|roll|clear|delete|purge|flush|reset|deploy|update|set|check|kill|stop|start|drain|migrate|create|remove|fetch|query|read|write|patch|upgrade|reboot|failover|promote|exec|execute|show|describe|inspect|tail|trace|analyze|analyse|fix|repair|heal|force|terminate|diagnose|search|watch|verify|validate|confirm|reload|invalidate|rebalance|pause|resume|suspend|isolate|quarantine|trigger|revert|redeploy|rebuild|recycle|bounce)$/;

/** The sentence says something does not exist, or that it does not know it. */
export const DENIES_EXISTENCE =
  /\b(no (service|tool|endpoint|such|record|api|route|\w+ (service|tool|endpoint|cluster|server))|(is|are)(n['’]t| not) (a |an |any )?(known |real )?(service|tool|endpoint|part|in|one of|listed|available|among|something)|(does|do)(n['’]t| not) (exist|appear|know|have|run|include|use)|not (a|an) (known )?(service|tool|endpoint)|not part of|not (in|on) (the|this|our) (fleet|inventory|list|catalog)|unknown|can(not|['’]t) find|could(n['’]t| not) find|don['’]t (know|have|see)|there (is|are) no|there['’]s no|not found|isn['’]t one of|no longer|never heard|not aware|doesn['’]t exist|has no|have no|without (a|an|any)|neither|nor does|rather than|instead of|no mention)\b/i;

const DENIES_ALL = new RegExp(DENIES_EXISTENCE.source, 'gi');

function denies(text: string): boolean {
  // ("it isn't in the list as degraded yet": not in a list under some state is no denial that it exists.)
  return [...text.matchAll(DENIES_ALL)].some((m) => !(/\bin$/i.test(m[0]) && /^\s+(?:the|our|this)\s+[\w-]+\s+(?:as|yet)\b/i.test(text.slice(m.index! + m[0].length))));
}

/** The words of each service's role in the inventory, lower case (one list per service: a compound must come from one role). */
function roleWords(facts: CheckContext['facts']): string[][] {
  return facts.fleet.services.map((s) => (s.role ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));
}

export const entities: ClaimModule<EntityClaim> = {
  name: 'entities',
  extract({ doc, facts, question }) {
    const claims: EntityClaim[] = [];
    const seen = new Set<number>();
    const add = (relation: EntityClaim['relation'], value: string, index: number, unitStart: number, polarity: boolean) => {
      if (seen.has(unitStart + index)) return;
      seen.add(unitStart + index);
      claims.push({ subjects: [], relation, value, polarity, ...tidy(value, unitStart + index) });
    };
    for (const unit of doc.units) {
      const text = unit.text;
      const polarity = !denies(text);
      for (const m of text.matchAll(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/gi)) {
        const word = m[0].toLowerCase();
        if (facts.names.includes(word) || COMMON_HYPHENATED.has(word) || /^(p\d+|v?\d[\d.-]*)$/.test(word)) continue;
        // "web-ui-based" qualifies a service; "ai-agent-worker" names one that does not exist.
        if (facts.names.some((n) => word.startsWith(`${n}-`)) && QUALIFIER_TAIL.test(word)) continue;
        // "queue-driven", "cache-bound", "worker-heavy": a compound adjective (its last part qualifies) describes, it names nothing.
        if (ADJECTIVE_TAIL.test(word)) continue;
        if (facts.names.some((n) => n.startsWith(word))) continue;
        const parts = word.split('-');
        const around = text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 12);
        const inCode = /`[^`]*$/.test(text.slice(0, m.index!)) && unit.kind !== 'code';
        // "redis-sentinel", "postgres-replica", "model-a-canary": a fleet name with a part added names a component beside it.
        const offshoot = facts.names.some((n) => word.startsWith(`${n}-`));
        // "the synthetic-user service" for a load generator whose role is "Synthetic users": the inventory's own description, hyphenated.
        if (!offshoot && roleWords(facts).some((words) => parts.every((p) => words.some((w) => w === p || w === `${p}s` || `${w}s` === p)))) continue;
        const serviceLike = offshoot || parts.some((p) => SERVICE_PARTS.test(p)) || /\bservice\b/i.test(around) || new RegExp(`(?<![\\w-])${escapeRe(word)}(?![\\w-])`, 'i').test(question) || inCode;
        if (!serviceLike) continue;
        add('service', m[0], m.index!, unit.start, polarity);
      }
      for (const m of text.matchAll(/\bthe [*_`]*([a-z][a-z0-9]+)[*_`]* (service|server|microservice|worker|workers|daemon|gateway|proxy|broker|queue|scheduler|sidecar|cluster)\b/gi)) {
        const word = m[1]!.toLowerCase();
        // ("the cache server" is redis, "the model worker" a model server: words of the fleet's own roles.)
        if (m[2]!.toLowerCase() !== 'service' && m[2]!.toLowerCase() !== 'server' && m[2]!.toLowerCase() !== 'microservice' && (/^(model|web|cache|database|db|mcp|agent|load|request|background|gc|health|worker|thread|process|connection)$/.test(word) || facts.allText().includes(`${word} ${m[2]!.toLowerCase()}`))) continue;
        if (GENERIC_BEFORE_SERVICE.has(word) || facts.names.includes(word) || /(ed|ing|est|ly)$/.test(word)) continue;
        add('service', m[0], m.index!, unit.start, polarity);
      }
      // "the API gateway in front of web-ui", "its standby replica": infrastructure the fleet does not have, named as part of it.
      for (const m of text.matchAll(FOREIGN_COMPONENTS)) {
        // (A comparison, a hypothesis or a denial before it in its sentence names no part of the fleet; inside a cause the cause is what is judged.)
        const sentence = text.slice(0, m.index!).split(/[.;!?]\s/).at(-1)!;
        if (/\b(?:like|unlike|such as|as in|as with|compared (?:to|with)|than|if|would|could|might|no|not|n['’]t|without|any|because|due to|caused by|triggered by)\b/i.test(sentence)) continue;
        add('product', m[0], m.index!, unit.start, polarity);
      }
      for (const m of text.matchAll(FOREIGN_PRODUCTS)) {
        // "Kubernetes-style scaling", "unlike Kafka": a comparison, not a part of the fleet.
        if (/^-(?:style|like|esque|type|ish)\b/i.test(text.slice(m.index! + m[0].length)) || /\b(?:like|unlike|such as|as in|as with|compared (?:to|with)|than)\s+(?:in\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
        add('product', m[0], m.index!, unit.start, polarity);
      }
      for (const m of text.matchAll(/\b[a-z]+(?:_[a-z0-9]+)+\b/g)) {
        if (!TOOL_VERBS.test(m[0].split('_')[0]!)) continue;
        if (facts.fleet.tools.includes(m[0])) {
          claims.push({ subjects: [], relation: 'tool', value: m[0], polarity: true, span: m[0], start: unit.start + m.index! });
          continue;
        }
        add('tool', m[0], m.index!, unit.start, polarity);
      }
      for (const m of text.matchAll(/(?<![\w.])(\/api(?:\/[\w.\-[\]{}:]+)*|\/metrics)\b/g)) {
        const path = m[1]!.replace(/[.,;:]+$/, '');
        add('endpoint', path, m.index!, unit.start, polarity);
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    if (!claim.polarity) return undefined;
    // A path, a name or a role the turn's own tool results contain ("POST /api/generate" in a log, "serves the operations tools") is what the agent read, not invented.
    if (claim.relation !== 'tool' && facts.allText().includes(claim.value.toLowerCase())) return undefined;
    if (claim.relation === 'service' && /^the /i.test(claim.value)) {
      const word = claim.value.split(/\s+/)[1]!.toLowerCase().replace(/s$/, '');
      if (word.length >= 3 && new RegExp(`\\b${escapeRe(word)}s?\\b`, 'i').test(facts.allText())) return undefined;
    }
    switch (claim.relation) {
      case 'tool':
        if (facts.fleet.tools.includes(claim.value)) return undefined;
        return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `There is no tool called ${claim.value}.`, fact: `The tools are ${facts.fleet.tools.join(', ')}.` };
      case 'endpoint': {
        const known = facts.fleet.endpoints.some((e) => new RegExp(`^${e.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\//g, '\\/')}/?$`).test(claim.value));
        if (known) return undefined;
        return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `The app has no endpoint ${claim.value}.`, fact: 'See the API list in the README.' };
      }
      case 'product':
        return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `The fleet runs no ${claim.value}.`, fact: `The fleet's services are ${facts.names.join(', ')}.` };
      default:
        return {
          kind: 'unknown_entity',
          severity: 'error',
          span: claim.span,
          start: claim.start,
          message: /^the /i.test(claim.value) ? `There is no "${claim.value.replace(/^the /i, '')}" in the fleet.` : `"${claim.value}" is not a service of the fleet (nor a tool or endpoint).`,
          fact: `The fleet's services are ${facts.names.join(', ')}.`,
        };
    }
  },
};
