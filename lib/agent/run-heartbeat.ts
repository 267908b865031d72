import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { processSingleton } from '@/lib/runtime';
import { inBackground, logger } from '@/lib/telemetry';

/** How often a replica says, for each workflow it runs, that it is still running it (and reads cancels). */
export const RUN_HEARTBEAT_MS = 5_000;
/**
 * A running run whose last beat is older than this is abandoned: six missed
 * beats, so a replica stalled by a slow database or a busy event loop for a
 * few seconds keeps its runs.
 */
export const RUN_STALE_AFTER_MS = 30_000;

interface Beating {
  runs: Map<string, AbortController>;
  timer: NodeJS.Timeout | undefined;
}

const beating = () => processSingleton('workflow-heartbeat', (): Beating => ({ runs: new Map(), timer: undefined }));

/** This replica's id, stored with each run it starts (the same id its job leases carry). */
export function runnerInstanceId(): string {
  return getConfig().monitoring.instanceId;
}

/**
 * Keeps a run's heartbeat going while it runs here, and aborts it (with
 * "cancelled") when a cancel reached another replica. One UPDATE for every
 * run of the process per beat, not one per run. Returns the stop function.
 */
export function beatWhileRunning(runId: string, controller: AbortController): () => void {
  const state = beating();
  state.runs.set(runId, controller);
  if (!state.timer) {
    // Each beat its own operation: the interval would otherwise run every beat inside the trace of the run that started it.
    state.timer = setInterval(inBackground('workflow.heartbeat', () => beat(state)), RUN_HEARTBEAT_MS);
    state.timer.unref?.();
  }
  return () => {
    state.runs.delete(runId);
    if (state.runs.size === 0 && state.timer) {
      clearInterval(state.timer);
      state.timer = undefined;
    }
  };
}

async function beat(state: Beating): Promise<void> {
  const ids = [...state.runs.keys()];
  if (ids.length === 0) return;
  try {
    const prisma = await db();
    const rows = await prisma.$queryRaw<{ id: string; cancel_requested_at: Date | null }[]>`
      UPDATE workflow_runs SET last_beat_at = now()
      WHERE id = ANY(${ids}::text[]) AND status = 'running'
      RETURNING id, cancel_requested_at`;
    for (const row of rows) {
      if (row.cancel_requested_at) state.runs.get(row.id)?.abort(new Error('cancelled by the user'));
    }
  } catch (error) {
    // A missed beat is harmless until RUN_STALE_AFTER_MS of them; the next one tries again.
    logger.warn({ runs: ids.length, reason: (error as Error)?.message?.slice(0, 200) }, 'workflow heartbeat not written');
  }
}

/** Aborts every run of this process (shutdown): each ends as cancelled and is stored so. */
export function abortLocalRuns(reason: string): number {
  const state = beating();
  for (const controller of state.runs.values()) controller.abort(new Error(reason));
  return state.runs.size;
}
