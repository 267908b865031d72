import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '@/lib/db';
import { alertRulesSchema, applyRulesPatch, ruleTitle, type AlertRules, type Condition } from './alert-rules';
import { Bucket } from './request-windows';
import { decodeSketch, encodeSketch, newSketch } from './sketch';
import type { AlertEventView, AlertSeverity, AlertState, AlertView } from './types';

// ---------------------------------------------------------------- rollups

type RollupRow = Awaited<ReturnType<PrismaClient['monitoringRollup']['findMany']>>[number];

/** A minute bucket as the figures of its rollup row (the one place the columns are named). */
function toRollup(b: Bucket) {
  return {
    requests: b.total,
    failed: b.failed,
    errors5xx: b.e5xx,
    errors4xx: b.e4xx,
    errors429: b.e429,
    errors403: b.e403,
    timeouts: b.timeouts,
    slow: b.slow,
    durationSumMs: b.sumMs,
    durationMaxMs: b.maxMs,
    sketch: encodeSketch(b.sketch ?? newSketch()),
  };
}

/** A stored rollup row as a bucket, to be added up with Bucket.add. */
function fromRollup(row: RollupRow): Bucket {
  const b = new Bucket();
  b.start = row.minute.getTime();
  b.total = row.requests;
  b.failed = row.failed;
  b.e5xx = row.errors5xx;
  b.e4xx = row.errors4xx;
  b.e429 = row.errors429;
  b.e403 = row.errors403;
  b.timeouts = row.timeouts;
  b.slow = row.slow;
  b.sumMs = row.durationSumMs;
  b.maxMs = row.durationMaxMs;
  const sketch = decodeSketch(row.sketch);
  b.sketch = sketch.count > 0 ? sketch : null;
  return b;
}

/** Upserts this instance's minute buckets: each row holds the whole minute so far, so a rewrite is idempotent. */
export async function writeRollups(prisma: PrismaClient, instanceId: string, buckets: Bucket[]): Promise<void> {
  for (const b of buckets) {
    const data = toRollup(b);
    const minute = new Date(b.start);
    await prisma.monitoringRollup.upsert({
      where: { instanceId_minute: { instanceId, minute } },
      create: { instanceId, minute, ...data },
      update: data,
    });
  }
}

export interface ClusterMinutes {
  instances: string[];
  /** Minute start (epoch ms) → the sum over instances. */
  minutes: Map<number, Bucket>;
}

/** Every instance's rollups since `sinceMs`, added up per minute (counts summed, sketches merged). */
export async function readClusterMinutes(prisma: PrismaClient, sinceMs: number): Promise<ClusterMinutes> {
  const rows = await prisma.monitoringRollup.findMany({ where: { minute: { gte: new Date(sinceMs) } } });
  const instances = new Set<string>();
  const minutes = new Map<number, Bucket>();
  for (const row of rows) {
    instances.add(row.instanceId);
    const t = row.minute.getTime();
    let b = minutes.get(t);
    if (!b) {
      b = new Bucket();
      b.start = t;
      minutes.set(t, b);
    }
    b.add(fromRollup(row));
  }
  return { instances: [...instances].sort(), minutes };
}

export async function pruneRollups(prisma: PrismaClient, olderThanMs: number): Promise<number> {
  const { count } = await prisma.monitoringRollup.deleteMany({ where: { minute: { lt: new Date(olderThanMs) } } });
  return count;
}

// ---------------------------------------------------------------- snapshots

/** Writes the snapshot of one slot unless another replica already did (the slot time is the key). */
export async function writeSnapshot(prisma: PrismaClient, slotMs: number, instanceId: string, data: unknown): Promise<void> {
  const takenAt = new Date(slotMs);
  await prisma.monitoringSnapshot.upsert({
    where: { takenAt },
    create: { takenAt, instanceId, data: data as Prisma.InputJsonValue },
    update: {},
  });
}

/** Keeps the newest `keep` snapshots (288 × 5 min = 24 h). */
export async function pruneSnapshots(prisma: PrismaClient, keep: number): Promise<number> {
  const boundary = await prisma.monitoringSnapshot.findMany({ orderBy: { takenAt: 'desc' }, skip: keep - 1, take: 1, select: { takenAt: true } });
  if (!boundary[0]) return 0;
  const { count } = await prisma.monitoringSnapshot.deleteMany({ where: { takenAt: { lt: boundary[0].takenAt } } });
  return count;
}

export async function listSnapshots(prisma: PrismaClient, limit: number) {
  const rows = await prisma.monitoringSnapshot.findMany({ orderBy: { takenAt: 'desc' }, take: limit });
  return rows.map((r) => ({ taken_at: r.takenAt.toISOString(), instance_id: r.instanceId, data: withoutDiskPath(r.data) }));
}

/** Snapshots written by earlier versions named the data directory in their disk figures; the list is public. */
function withoutDiskPath<T>(value: T, depth = 0): T {
  if (!value || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => withoutDiskPath(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'path' && 'used_percent' in value) continue;
    out[key] = withoutDiskPath(child, depth + 1);
  }
  return out as T;
}

// ---------------------------------------------------------------- alerts

type AlertRow = Prisma.MonitoringAlertGetPayload<{ include: { events: true } }>;

export function toAlertView(row: AlertRow): AlertView {
  return {
    id: row.id,
    rule: row.rule,
    title: ruleTitle(row.rule),
    severity: row.severity as AlertSeverity,
    state: row.state as AlertState,
    message: row.message,
    value: row.value,
    threshold: row.threshold,
    instance_id: row.instanceId,
    fired_at: row.firedAt.toISOString(),
    acknowledged_at: row.acknowledgedAt?.toISOString() ?? null,
    acknowledged_by: row.acknowledgedBy,
    resolved_at: row.resolvedAt?.toISOString() ?? null,
    events: [...row.events]
      .sort((a, b) => a.at.getTime() - b.at.getTime() || Number(a.id - b.id))
      .map((e): AlertEventView => ({ kind: e.kind as AlertEventView['kind'], at: e.at.toISOString(), actor: e.actor })),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code?: string }).code === 'P2002';
}

/**
 * Opens an alert for a rule. The open_key column (the rule while open) is
 * unique, so when another replica already holds one for this rule, that one
 * is returned instead (`created: false`) and nothing is written.
 */
export async function fireAlert(prisma: PrismaClient, condition: Condition, instanceId: string, now: Date): Promise<{ alert: AlertView; created: boolean }> {
  try {
    const row = await prisma.monitoringAlert.create({
      data: {
        id: randomUUID(),
        rule: condition.rule,
        severity: condition.severity,
        state: 'firing',
        openKey: condition.rule,
        message: condition.message,
        value: condition.value,
        threshold: condition.threshold,
        instanceId,
        firedAt: now,
        events: { create: { kind: 'fired', at: now, details: { value: condition.value, threshold: condition.threshold } } },
      },
      include: { events: true },
    });
    return { alert: toAlertView(row), created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await prisma.monitoringAlert.findUnique({ where: { openKey: condition.rule }, include: { events: true } });
    if (!existing) throw error;
    return { alert: toAlertView(existing), created: false };
  }
}

export async function escalateAlert(prisma: PrismaClient, condition: Condition, now: Date): Promise<AlertView | null> {
  const open = await prisma.monitoringAlert.findUnique({ where: { openKey: condition.rule } });
  if (!open) return null;
  const row = await prisma.monitoringAlert.update({
    where: { id: open.id },
    data: {
      severity: condition.severity,
      message: condition.message,
      value: condition.value,
      threshold: condition.threshold,
      events: { create: { kind: 'escalated', at: now, details: { value: condition.value } } },
    },
    include: { events: true },
  });
  return toAlertView(row);
}

/** Keeps an open alert's figures current (its message says what is happening now, not at firing). */
export async function refreshOpenAlert(prisma: PrismaClient, condition: Condition): Promise<void> {
  await prisma.monitoringAlert.updateMany({
    where: { openKey: condition.rule },
    data: { value: condition.value, message: condition.message },
  });
}

/** Resolves the open alert of a rule (whichever replica fired it); null when none is open. */
export async function resolveAlert(prisma: PrismaClient, rule: string, now: Date): Promise<AlertView | null> {
  const open = await prisma.monitoringAlert.findUnique({ where: { openKey: rule } });
  if (!open) return null;
  const row = await prisma.monitoringAlert.update({
    where: { id: open.id },
    data: { state: 'resolved', openKey: null, resolvedAt: now, events: { create: { kind: 'resolved', at: now } } },
    include: { events: true },
  });
  return toAlertView(row);
}

export type AckResult = { kind: 'acknowledged' | 'already'; alert: AlertView } | { kind: 'not_found' } | { kind: 'resolved'; alert: AlertView };

export async function acknowledgeAlert(prisma: PrismaClient, id: string, actor: string, now: Date): Promise<AckResult> {
  const row = await prisma.monitoringAlert.findUnique({ where: { id }, include: { events: true } });
  if (!row) return { kind: 'not_found' };
  if (row.state === 'resolved') return { kind: 'resolved', alert: toAlertView(row) };
  if (row.state === 'acknowledged') return { kind: 'already', alert: toAlertView(row) };
  // Only a firing alert moves to acknowledged: a concurrent resolve wins.
  const { count } = await prisma.monitoringAlert.updateMany({
    where: { id, state: 'firing' },
    data: { state: 'acknowledged', acknowledgedAt: now, acknowledgedBy: actor },
  });
  if (count === 1) await prisma.monitoringAlertEvent.create({ data: { alertId: id, kind: 'acknowledged', at: now, actor } });
  const after = await prisma.monitoringAlert.findUniqueOrThrow({ where: { id }, include: { events: true } });
  return count === 1 ? { kind: 'acknowledged', alert: toAlertView(after) } : { kind: after.state === 'resolved' ? 'resolved' : 'already', alert: toAlertView(after) };
}

export async function openAlerts(prisma: PrismaClient): Promise<AlertView[]> {
  const rows = await prisma.monitoringAlert.findMany({ where: { openKey: { not: null } }, include: { events: true }, orderBy: { firedAt: 'desc' } });
  return rows.map(toAlertView);
}

export interface AlertQuery {
  state?: AlertState | 'open';
  rule?: string;
  limit?: number;
}

/** Open alerts first, then the most recent ones. */
export async function listAlerts(prisma: PrismaClient, query: AlertQuery = {}): Promise<AlertView[]> {
  const where: Prisma.MonitoringAlertWhereInput = {
    ...(query.rule ? { rule: query.rule } : {}),
    ...(query.state === 'open' ? { openKey: { not: null } } : query.state ? { state: query.state } : {}),
  };
  const rows = await prisma.monitoringAlert.findMany({ where, include: { events: true }, orderBy: { firedAt: 'desc' }, take: Math.min(query.limit ?? 50, 200) });
  const views = rows.map(toAlertView);
  return [...views.filter((a) => a.state !== 'resolved'), ...views.filter((a) => a.state === 'resolved')];
}

/** Keeps the newest `keep` resolved alerts of each rule (with their events); open ones are never pruned. */
export async function pruneAlerts(prisma: PrismaClient, keep: number): Promise<number> {
  const rules = await prisma.monitoringAlert.findMany({ distinct: ['rule'], select: { rule: true } });
  let deleted = 0;
  for (const { rule } of rules) {
    const old = await prisma.monitoringAlert.findMany({
      where: { rule, state: 'resolved' },
      orderBy: { firedAt: 'desc' },
      skip: keep,
      select: { id: true },
    });
    if (old.length) deleted += (await prisma.monitoringAlert.deleteMany({ where: { id: { in: old.map((a) => a.id) } } })).count;
  }
  return deleted;
}

// ---------------------------------------------------------------- rule settings

const RULES_KEY = 'alert_rules';

/** The stored rules over the defaults (a stored rule set from an older version keeps the defaults for new fields). */
export async function loadRules(prisma: PrismaClient, defaults: AlertRules): Promise<{ rules: AlertRules; updatedAt: string | null; updatedBy: string | null }> {
  const row = await prisma.monitoringSetting.findUnique({ where: { key: RULES_KEY } });
  if (!row) return { rules: defaults, updatedAt: null, updatedBy: null };
  const merged = applyRulesPatch(defaults, row.value as never);
  return {
    rules: merged.success ? merged.data : defaults,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export async function saveRules(prisma: PrismaClient, rules: AlertRules, actor: string): Promise<void> {
  const value = alertRulesSchema.parse(rules) as Prisma.InputJsonValue;
  await prisma.monitoringSetting.upsert({
    where: { key: RULES_KEY },
    create: { key: RULES_KEY, value, updatedBy: actor },
    update: { value, updatedBy: actor },
  });
}
