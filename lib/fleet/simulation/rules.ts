/** The simulation's numbers: how fast time steps, how long effects take, what heals what. */
import type { ActionKind, FaultKind } from '../types';

/** Background log lines and metric jitter advance in steps of this size. */
export const TICK_MS = 5_000;
/** After a long idle period only the most recent stretch gets background lines. */
export const MAX_BACKFILL_MS = 10 * 60_000;
/** A new fleet starts with this much history, so logs are never empty. */
export const INITIAL_HISTORY_MS = 3 * 60_000;
/** A memory leak fills the limit in this time; then the service is OOM-killed. */
export const LEAK_FILL_MS = 5 * 60_000;
export const RESOLVED_FAULT_RETENTION_MS = 60 * 60_000;

export const ACTION_MS: Record<ActionKind, number> = { restart: 4_000, scale: 3_000, rollback: 6_000, clear_cache: 2_000 };
/** Restarts and rollbacks take a little longer or shorter each time (seeded). */
export const ACTION_JITTER_MS: Record<ActionKind, number> = { restart: 2_000, scale: 1_000, rollback: 2_000, clear_cache: 500 };

/** Faults that heal by themselves, and their default duration. The others need an action. */
export const SELF_HEALING_SEC: Partial<Record<FaultKind, number>> = { latency_spike: 120, error_burst: 90, dependency_failure: 150 };

/** The action that repairs each fault. */
export const FIXED_BY: Record<FaultKind, ActionKind[]> = {
  crash: ['restart'],
  latency_spike: ['scale'],
  memory_leak: ['restart'],
  error_burst: ['clear_cache'],
  dependency_failure: ['restart'],
  bad_deployment: ['rollback'],
};
