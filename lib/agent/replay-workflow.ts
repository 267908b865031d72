import { ApiError } from '@/lib/errors';
import type { AuditActor } from '@/lib/audit';
import type { ModelSlot } from '@/lib/models';
import { trackEvent } from '@/lib/telemetry';
import { recordedToolSource } from './recorded-tool-source';
import { diffRuns } from './run-diff';
import type { ScenarioId } from './scenarios';
import { executeWorkflow } from './start-workflow';
import type { ReplayMode, RunDiff, WorkflowEvent, WorkflowRunView } from './types';
import { getRun, getSnapshot } from './workflow-store';

export interface ReplayInput {
  model: ModelSlot;
  mode: ReplayMode;
}

/**
 * Replays a stored run with the same or the other model: `recorded` gives the
 * model the original's goal, its tool results for the calls it repeats and its
 * fleet snapshot for the rest (the live fleet untouched); `live` runs the same
 * goal against today's fleet. Either way a new run linked to the original,
 * audited, traced and counted like any run. Unknown run: not_found; a run
 * still running, or a recorded replay of a run without a snapshot: conflict.
 */
export async function replayWorkflow(
  originalId: string,
  input: ReplayInput,
  actor: AuditActor,
  options: { onEvent?: (event: WorkflowEvent) => void; signal?: AbortSignal } = {},
): Promise<WorkflowRunView> {
  const original = await getRun(originalId);
  if (!original) throw new ApiError('not_found', `No workflow ${originalId}.`);
  if (original.status === 'running') throw new ApiError('conflict', 'That workflow is still running: replay it once it has finished.');
  const workflow = { model: input.model, scenario: original.scenario as ScenarioId, goal: original.goal, replayOf: { id: original.id, mode: input.mode } };

  let run: WorkflowRunView;
  if (input.mode === 'live') {
    run = await executeWorkflow(workflow, actor, options);
  } else {
    const snapshot = await getSnapshot(original.id);
    if (!snapshot) throw new ApiError('conflict', 'That workflow has no fleet snapshot (it ran before snapshots were kept): replay it live.');
    const tools = recordedToolSource({ steps: original.steps ?? [], snapshot });
    // The replay keeps its original's snapshot, so a replay of a replay sees the same fleet.
    run = await executeWorkflow(workflow, actor, { ...options, tools, snapshot });
  }
  const diff = diffRuns(original, run);
  trackEvent('workflow.replayed', {
    'aimon.workflow_id': run.id,
    'aimon.replay_of': original.id,
    'aimon.replay.mode': input.mode,
    'aimon.model': input.model,
    'aimon.replay.identical': diff.identical,
    'aimon.replay.divergence_step': diff.firstDivergence?.position ?? 0,
  });
  return run;
}

/** Two stored runs side by side (not_found names the one that is missing). */
export async function diffWorkflows(aId: string, bId: string): Promise<RunDiff> {
  const [a, b] = await Promise.all([getRun(aId), getRun(bId)]);
  if (!a) throw new ApiError('not_found', `No workflow ${aId}.`);
  if (!b) throw new ApiError('not_found', `No workflow ${bId}.`);
  return diffRuns(a, b);
}
