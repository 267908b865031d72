import { processSingleton } from '@/lib/runtime';

interface ActiveRun {
  controller: AbortController;
  sessionId?: string;
}

/** Runs in progress in this process, so one can be cancelled by id. */
const active = () => processSingleton('active-workflows', () => new Map<string, ActiveRun>());

export function trackRun(runId: string, run: ActiveRun): () => void {
  active().set(runId, run);
  return () => active().delete(runId);
}

/** Cancels a run of this process: true if it was running here and the caller may cancel it. */
export function cancelRun(runId: string, caller: { sessionId?: string; isAdmin: boolean }): 'cancelled' | 'not_running' | 'forbidden' {
  const run = active().get(runId);
  if (!run) return 'not_running';
  if (!caller.isAdmin && run.sessionId !== caller.sessionId) return 'forbidden';
  run.controller.abort(new Error('cancelled by the user'));
  return 'cancelled';
}

export function activeRunCount(): number {
  return active().size;
}
