// A week of history for the "dashboards at scale" bench: workflow runs with
// their steps (a model turn per call), chat answers with verdicts, per-minute
// monitoring rollups of 3 replicas, alerts and the audit trail (and the Compare
// report's hourly aggregates, by the app's rollup), written through
// the app's own database layer (lib/db: its Prisma client, schema and
// migrations) in the shapes the stores write. Rows go in batches (createMany):
// one store call per row would take an hour on PGlite for a million rows.
//   npx tsx scripts/bench/seed-history.ts --data-dir DIR | --url postgresql://… [--scale 0.01]
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { DatabaseConfig } from '../../lib/config/load-config';
import { Database } from '../../lib/db/database';
import { encodeSketch, newSketch } from '../../lib/monitoring/sketch';
import { rollupCompareHours } from '../../lib/compare/rollup-store';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Rows at scale 1: the sizes issue 21 names. */
export const FULL_SIZE = { runs: 100_000, modelCallsPerRun: 3, toolCallsPerRun: 2, chatAnswers: 50_000, replicas: 3, audit: 100_000, alerts: 2_000 } as const;

export interface SeedResult {
  rows: Record<string, number>;
  seconds: number;
}

const SCENARIOS = ['health-check', 'incident', 'capacity'] as const;
const SERVICES = ['api-gateway', 'payments', 'redis', 'postgres', 'search'] as const;
const VERDICTS = ['grounded', 'grounded', 'grounded', 'unverified', 'hallucination'] as const;
const ACTIONS = ['workflow.start', 'chat.ask', 'fault.inject', 'alert.ack', 'admin.login', 'loadtest.start'] as const;
const RULES = ['error_rate', 'p95_latency', 'availability', 'hallucination_rate'] as const;

/** A deterministic PRNG (mulberry32): the same seed gives the same history. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inBatches<T>(total: number, batch: number, make: (i: number) => T, write: (rows: T[]) => Promise<unknown>) {
  for (let start = 0; start < total; start += batch) {
    const rows: T[] = [];
    for (let i = start; i < Math.min(total, start + batch); i++) rows.push(make(i));
    await write(rows);
  }
}

/** Fills the database `config` names with a week of history ending at `now`, `scale` × the full sizes. */
export async function seedHistory(config: DatabaseConfig, { scale = 1, now = Date.now(), log: say = (_: string) => {} } = {}): Promise<SeedResult> {
  const started = performance.now();
  const log = (m: string) => say(`${((performance.now() - started) / 1000).toFixed(1)} s: ${m}`);
  const database = new Database(config);
  const prisma = await database.client(120_000);
  const random = prng(21);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const weekAgo = now - 7 * DAY_MS;
  // Spread over the week, oldest first (ids and times grow together, as in real use).
  const at = (i: number, n: number) => new Date(weekAgo + Math.floor(((i + random()) / n) * 7 * DAY_MS));
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  const rows: Record<string, number> = {};
  try {
    // Workflow runs and their steps: a model turn per call, a tool call between turns.
    const runs = n(FULL_SIZE.runs);
    const stepsPerRun = FULL_SIZE.modelCallsPerRun + FULL_SIZE.toolCallsPerRun;
    log(`seeding ${runs} workflow runs with ${runs * stepsPerRun} steps…`);
    await inBatches(runs, 1_000, (i) => {
      const createdAt = at(i, runs);
      const latencyMs = 200 + Math.floor(random() * 4_000);
      const slot = random() < 0.5 ? 'A' : 'B';
      const status = random() < 0.9 ? 'succeeded' : random() < 0.7 ? 'failed' : 'error';
      const inputTokens = 800 + Math.floor(random() * 2_000);
      const outputTokens = 100 + Math.floor(random() * 600);
      return {
        run: {
          id: randomUUID(),
          createdAt,
          finishedAt: new Date(createdAt.getTime() + latencyMs),
          sessionId: `bench-session-${i % 5_000}`,
          modelSlot: slot,
          modelId: slot === 'A' ? 'sim-careful' : 'sim-fast',
          scenario: pick(SCENARIOS),
          goal: 'Check the fleet and fix what is broken.',
          status,
          summary: status === 'succeeded' ? 'All services healthy after restarting one.' : null,
          error: status === 'succeeded' ? null : 'model stopped without a final answer',
          latencyMs,
          toolCalls: FULL_SIZE.toolCallsPerRun,
          inputTokens,
          outputTokens,
          costUsd: (inputTokens * 0.15 + outputTokens * 0.6) / 1e6,
          servicesAffected: [pick(SERVICES)],
          instanceId: `replica-${i % FULL_SIZE.replicas}`,
          lastBeatAt: createdAt,
        },
        createdAt,
      };
    }, async (batch) => {
      await prisma.workflowRun.createMany({ data: batch.map((b) => b.run) });
      await prisma.workflowStep.createMany({
        data: batch.flatMap(({ run, createdAt }) =>
          Array.from({ length: stepsPerRun }, (_, index) => {
            const model = index % 2 === 0;
            const service = run.servicesAffected[0]!;
            return {
              runId: run.id,
              index,
              kind: model ? 'model' : 'tool',
              createdAt: new Date(createdAt.getTime() + index * 100),
              durationMs: 20 + Math.floor(random() * 400),
              text: model ? (index === stepsPerRun - 1 ? run.summary ?? 'Stopped.' : `Calling get_service_status for ${service}.`) : null,
              toolName: model ? null : 'get_service_status',
              toolCallId: model ? null : `call_${index}`,
              args: model ? undefined : { service },
              result: model ? undefined : { service, status: 'healthy', latencyMs: 12 },
              inputTokens: model ? Math.round(run.inputTokens / FULL_SIZE.modelCallsPerRun) : null,
              outputTokens: model ? Math.round(run.outputTokens / FULL_SIZE.modelCallsPerRun) : null,
            };
          }),
        ),
      });
    });
    rows.workflowRuns = runs;
    rows.workflowSteps = runs * stepsPerRun;
    rows.modelCalls = runs * FULL_SIZE.modelCallsPerRun;

    // Chat: a question and its checked answer per turn, in sessions of ten turns.
    const answers = n(FULL_SIZE.chatAnswers);
    const sessions = Math.max(1, Math.ceil(answers / 10));
    log(`seeding ${answers} chat answers in ${sessions} sessions…`);
    await inBatches(sessions, 2_000, (i) => ({ id: `bench-chat-${i}`, createdAt: at(i, sessions), lastSeenAt: at(i, sessions) }), (batch) => prisma.chatSession.createMany({ data: batch }));
    await inBatches(answers, 2_000, (i) => {
      const createdAt = at(i, answers);
      const slot = random() < 0.5 ? 'A' : 'B';
      const sessionId = `bench-chat-${Math.floor((i / answers) * sessions)}`;
      const verdict = pick(VERDICTS);
      return [
        { sessionId, createdAt, role: 'user', content: 'Is redis healthy?' },
        {
          sessionId,
          createdAt: new Date(createdAt.getTime() + 800),
          role: 'assistant',
          content: 'redis is healthy: 12 ms p95, no errors in the last hour.',
          modelSlot: slot,
          modelId: slot === 'A' ? 'sim-careful' : 'sim-fast',
          latencyMs: 300 + Math.floor(random() * 1_500),
          inputTokens: 600,
          outputTokens: 80,
          costUsd: 0.00014,
          toolCalls: [{ name: 'get_service_status', arguments: { service: 'redis' }, isError: false }],
          verdict,
          grounding: { verdict, claims: 2, supported: verdict === 'grounded' ? 2 : 1 },
        },
      ];
    }, (batch) => prisma.chatMessage.createMany({ data: batch.flat() }));
    rows.chatSessions = sessions;
    rows.chatMessages = answers * 2;
    rows.chatAnswers = answers;

    // The Compare report's hourly aggregates, by the app's own rollup (the
    // `compare.rollup` job's code), as a server running through the week would have left them.
    log('aggregating the week for the Compare report…');
    await rollupCompareHours(prisma, now);
    rows.compareRunHours = await prisma.compareRunHour.count();
    rows.compareAnswerHours = await prisma.compareAnswerHour.count();

    // Per-minute rollups for each replica: the whole week at scale 1, the last
    // `scale` of it below (the newest minutes, which the dashboards read).
    const minutes = n(7 * 24 * 60);
    const firstMinute = Math.floor(now / MINUTE_MS) * MINUTE_MS - (minutes - 1) * MINUTE_MS;
    log(`seeding ${minutes * FULL_SIZE.replicas} rollup rows…`);
    for (let r = 0; r < FULL_SIZE.replicas; r++) {
      await inBatches(minutes, 1_000, (m) => {
        const requests = 100 + Math.floor(random() * 400);
        const sketch = newSketch();
        let sum = 0;
        let max = 0;
        for (let k = 0; k < 40; k++) {
          const ms = 2 + random() * random() * 300;
          sketch.accept(ms, requests / 40);
          sum += ms * (requests / 40);
          max = Math.max(max, ms);
        }
        const e5xx = random() < 0.05 ? Math.floor(random() * 5) : 0;
        return {
          instanceId: `replica-${r}`,
          minute: new Date(firstMinute + m * MINUTE_MS),
          requests,
          failed: e5xx,
          errors5xx: e5xx,
          errors4xx: Math.floor(random() * 3),
          errors429: 0,
          errors403: 0,
          timeouts: 0,
          slow: Math.floor(random() * 2),
          durationSumMs: sum,
          durationMaxMs: max,
          sketch: encodeSketch(sketch),
        };
      }, (batch) => prisma.monitoringRollup.createMany({ data: batch }));
    }
    rows.rollups = minutes * FULL_SIZE.replicas;

    // Resolved alerts with their history (fired, acknowledged, resolved).
    const alerts = n(FULL_SIZE.alerts);
    log(`seeding ${alerts} alerts…`);
    await inBatches(alerts, 1_000, (i) => {
      const firedAt = at(i, alerts);
      return { id: randomUUID(), rule: pick(RULES), severity: random() < 0.3 ? 'critical' : 'warning', state: 'resolved', message: 'error rate 6.1 % over 5 min (threshold 5 %)', value: 6.1, threshold: 5, instanceId: 'replica-0', firedAt, acknowledgedAt: new Date(firedAt.getTime() + 60_000), acknowledgedBy: 'admin', resolvedAt: new Date(firedAt.getTime() + 300_000) };
    }, async (batch) => {
      await prisma.monitoringAlert.createMany({ data: batch });
      await prisma.monitoringAlertEvent.createMany({
        data: batch.flatMap((a) => [
          { alertId: a.id, kind: 'fired', at: a.firedAt },
          { alertId: a.id, kind: 'acknowledged', at: a.acknowledgedAt, actor: 'admin' },
          { alertId: a.id, kind: 'resolved', at: a.resolvedAt },
        ]),
      });
    });
    rows.alerts = alerts;

    const audit = n(FULL_SIZE.audit);
    log(`seeding ${audit} audit rows…`);
    await inBatches(audit, 2_000, (i) => ({
      createdAt: at(i, audit),
      sessionId: `bench-session-${i % 5_000}`,
      isAdmin: i % 20 === 0,
      ip: '127.0.0.1',
      action: pick(ACTIONS),
      resourceType: 'workflow',
      resourceId: randomUUID(),
      outcome: random() < 0.97 ? 'success' : 'failure',
      details: { scenario: pick(SCENARIOS) },
    }), (batch) => prisma.auditLog.createMany({ data: batch }));
    rows.audit = audit;
    // Fresh planner statistics, as autovacuum would have after a week.
    await prisma.$executeRawUnsafe('ANALYZE');
  } finally {
    await database.close();
  }
  return { rows, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

// As a script: seed the database named on the command line.
if (process.argv[1] && /seed-history\.ts$/.test(process.argv[1])) {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, url: { type: 'string' }, scale: { type: 'string', default: '1' } } });
  const config: DatabaseConfig = values.url
    ? { kind: 'postgres', url: values.url, poolMax: 4, connectTimeoutMs: 5_000, queryTimeoutMs: 600_000 }
    : { kind: 'embedded', dataDir: values['data-dir'] ?? (() => { throw new Error('--data-dir or --url') })() };
  seedHistory(config, { scale: Number(values.scale), log: (m) => console.log(`[seed] ${m}`) })
    .then((r) => console.log(JSON.stringify(r)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
