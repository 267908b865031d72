import { AsyncLocalStorage } from 'node:async_hooks';
import type { PrismaClient } from '@/lib/db';
import { processSingleton } from '@/lib/runtime';
import { observeCounter, type Observation } from '@/lib/telemetry';
import type { ModelCall } from './ai-stats';

/**
 * What model calls cost, per minute, per browser session and per model, so
 * that the cost budgets (budgets.ts) can add every replica up. Each instance
 * keeps its current minutes in memory and upserts them with the request
 * rollups (the `rollups.write` job): each row holds the whole minute so far, so
 * a rewrite is idempotent. Reads add the stored rows of every instance to what
 * this instance has not written yet.
 */

const MINUTE_MS = 60_000;
/** Minutes kept in memory after they were written: enough for a write that is late or retried. */
const KEEP_WRITTEN_MINUTES = 3;
/** Bounded: a flood of sessions in one minute cannot grow memory without limit. */
const MAX_SUBJECTS_PER_MINUTE = 5_000;
/** Subjects longer than this are cut (a model id as a feature reports it; session ids are UUIDs). */
const SUBJECT_MAX = 100;

export type SpendScope = 'session' | 'model';

interface Cell {
  costUsd: number;
  calls: number;
  tokens: number;
  /** The figures at the last successful write: what is not in the database yet is the difference. */
  written: { costUsd: number; calls: number; tokens: number };
  dirty: boolean;
}

const key = (scope: SpendScope, subject: string) => `${scope}\u0000${subject}`;

/** The session whose model calls are being made: set at the entry points (routes) with `attributeSpend`. */
const current = processSingleton('spend-session', () => new AsyncLocalStorage<{ sessionId: string }>());

/** Runs `fn` with its model calls counted for `sessionId` (every await inside it, streamed answers included). */
export function attributeSpend<T>(sessionId: string | undefined, fn: () => T): T {
  return sessionId ? current.run({ sessionId }, fn) : fn();
}

export function currentSpendSession(): string | undefined {
  return current.getStore()?.sessionId;
}

export class SpendLedger {
  private readonly minutes = new Map<number, Map<string, Cell>>();
  /** Totals since start per model, for the exported counter (aimon_model_cost_usd_total). */
  private readonly modelTotals = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** One model call: its cost counts for its model and, when one is current, its session. */
  record(call: Pick<ModelCall, 'model' | 'costUsd' | 'inputTokens' | 'outputTokens'>, sessionId = currentSpendSession()): void {
    const cost = call.costUsd !== undefined && Number.isFinite(call.costUsd) && call.costUsd > 0 ? call.costUsd : 0;
    const tokens = Math.max(0, call.inputTokens ?? 0) + Math.max(0, call.outputTokens ?? 0);
    const model = call.model.trim().slice(0, SUBJECT_MAX) || 'unknown';
    this.modelTotals.set(model, (this.modelTotals.get(model) ?? 0) + cost);
    const minute = Math.floor(this.now() / MINUTE_MS) * MINUTE_MS;
    let cells = this.minutes.get(minute);
    if (!cells) this.minutes.set(minute, (cells = new Map()));
    this.add(cells, key('model', model), cost, tokens);
    if (sessionId) this.add(cells, key('session', sessionId.slice(0, SUBJECT_MAX)), cost, tokens);
  }

  private add(cells: Map<string, Cell>, k: string, cost: number, tokens: number): void {
    let cell = cells.get(k);
    if (!cell) {
      if (cells.size >= MAX_SUBJECTS_PER_MINUTE) return;
      cell = { costUsd: 0, calls: 0, tokens: 0, written: { costUsd: 0, calls: 0, tokens: 0 }, dirty: false };
      cells.set(k, cell);
    }
    cell.costUsd += cost;
    cell.calls += 1;
    cell.tokens += tokens;
    cell.dirty = true;
  }

  modelCostTotals(): Observation[] {
    return [...this.modelTotals].map(([model, value]) => ({ value, attributes: { 'aimon.model': model } }));
  }

  /** Upserts the minutes changed since the last write; on failure they stay dirty for the next one. */
  async write(prisma: PrismaClient, instanceId: string): Promise<number> {
    let rows = 0;
    for (const [minuteMs, cells] of this.minutes) {
      for (const [k, cell] of cells) {
        if (!cell.dirty) continue;
        const [scope, subject] = k.split('\u0000') as [SpendScope, string];
        const figures = { costUsd: cell.costUsd, calls: cell.calls, tokens: cell.tokens };
        const minute = new Date(minuteMs);
        cell.dirty = false;
        try {
          await prisma.monitoringSpendRollup.upsert({
            where: { instanceId_minute_scope_subject: { instanceId, minute, scope, subject } },
            create: { instanceId, minute, scope, subject, ...figures },
            update: figures,
          });
        } catch (error) {
          cell.dirty = true;
          throw error;
        }
        cell.written = figures;
        rows += 1;
      }
    }
    const oldest = Math.floor(this.now() / MINUTE_MS) * MINUTE_MS - KEEP_WRITTEN_MINUTES * MINUTE_MS;
    for (const [minuteMs, cells] of this.minutes) {
      if (minuteMs < oldest && [...cells.values()].every((c) => !c.dirty)) this.minutes.delete(minuteMs);
    }
    return rows;
  }

  /** What this instance has counted but not written yet, per subject of `scope`, in minutes from `sinceMs`. */
  unwritten(scope: SpendScope, sinceMs: number, subject?: string): Map<string, SpendFigures> {
    const out = new Map<string, SpendFigures>();
    for (const [minuteMs, cells] of this.minutes) {
      if (minuteMs < sinceMs) continue;
      for (const [k, cell] of cells) {
        const [s, subj] = k.split('\u0000') as [SpendScope, string];
        if (s !== scope || (subject !== undefined && subj !== subject)) continue;
        const f = out.get(subj) ?? { costUsd: 0, calls: 0, tokens: 0, minutes: [] };
        const delta = cell.costUsd - cell.written.costUsd;
        f.costUsd += delta;
        f.calls += cell.calls - cell.written.calls;
        f.tokens += cell.tokens - cell.written.tokens;
        if (delta > 0) f.minutes.push({ minute: minuteMs, costUsd: delta });
        out.set(subj, f);
      }
    }
    return out;
  }
}

export interface SpendFigures {
  costUsd: number;
  calls: number;
  tokens: number;
  /** Cost per minute (epoch ms of its start), for when a rolling window lets go of it. */
  minutes: { minute: number; costUsd: number }[];
}

/**
 * Spend per subject of `scope` over the minutes from `sinceMs` on: every
 * instance's stored rows plus what this instance has not written yet.
 * With `subject`, that subject only (one indexed read, for the refusal check).
 */
export async function readSpend(prisma: PrismaClient, ledger: SpendLedger, scope: SpendScope, sinceMs: number, subject?: string): Promise<Map<string, SpendFigures>> {
  const since = new Date(Math.floor(sinceMs / MINUTE_MS) * MINUTE_MS);
  const rows = await prisma.monitoringSpendRollup.findMany({
    where: { scope, minute: { gte: since }, ...(subject !== undefined ? { subject } : {}) },
    select: { subject: true, minute: true, costUsd: true, calls: true, tokens: true },
  });
  const out = ledger.unwritten(scope, since.getTime(), subject);
  for (const row of rows) {
    const f = out.get(row.subject) ?? { costUsd: 0, calls: 0, tokens: 0, minutes: [] };
    f.costUsd += row.costUsd;
    f.calls += row.calls;
    f.tokens += row.tokens;
    if (row.costUsd > 0) f.minutes.push({ minute: row.minute.getTime(), costUsd: row.costUsd });
    out.set(row.subject, f);
  }
  return out;
}

export async function pruneSpend(prisma: PrismaClient, olderThanMs: number): Promise<number> {
  const { count } = await prisma.monitoringSpendRollup.deleteMany({ where: { minute: { lt: new Date(olderThanMs) } } });
  return count;
}

/** This process's ledger; its per-model total is exported as aimon_model_cost_usd_total. */
export function spendLedger(): SpendLedger {
  return processSingleton('spend-ledger', () => {
    const ledger = new SpendLedger();
    observeCounter('aimon.model.cost.usd', 'What model calls cost (USD, from the price of each model slot), by model', () => ledger.modelCostTotals());
    return ledger;
  });
}
