import type { AuditActor } from '@/lib/audit';
import { recordAudit } from '@/lib/audit';
import { trackRun } from './active-runs';
import type { FleetSnapshot } from './fleet-snapshot';
import { openMcpToolSource } from './mcp-tool-source';
import { runWorkflow, type WorkflowInput } from './run-workflow';
import type { AgentToolSource } from './tool-source';
import type { WorkflowEvent, WorkflowRunView } from './types';

/**
 * A workflow for an HTTP caller: its own MCP session (so the fleet audits the
 * caller) unless a replay brings its recorded tools, cancellable by id or by
 * the caller going away, audited when it ends.
 */
export async function executeWorkflow(
  input: Omit<WorkflowInput, 'sessionId'>,
  actor: AuditActor,
  options: { onEvent?: (event: WorkflowEvent) => void; signal?: AbortSignal; tools?: AgentToolSource; snapshot?: FleetSnapshot },
): Promise<WorkflowRunView> {
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort(options.signal?.reason), { once: true });
  let untrack: (() => void) | undefined;
  const owned = options.tools ? undefined : await openMcpToolSource(actor);
  try {
    const run = await runWorkflow(
      { ...input, sessionId: actor.sessionId },
      {
        tools: options.tools ?? owned!,
        snapshot: options.snapshot,
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'run-started') untrack = trackRun(event.run.id, { controller, sessionId: actor.sessionId });
          options.onEvent?.(event);
        },
      },
    );
    await recordAudit({
      actor,
      action: input.replayOf ? 'workflow.replay' : 'workflow.run',
      resourceType: 'workflow',
      resourceId: run.id,
      outcome: run.status === 'succeeded' ? 'success' : 'failure',
      error: run.error,
      details: { model: input.model, scenario: input.scenario, status: run.status, toolCalls: run.toolCalls, ...(input.replayOf ? { replayOf: input.replayOf.id, mode: input.replayOf.mode } : {}) },
    });
    return run;
  } finally {
    untrack?.();
    await owned?.close().catch(() => undefined);
  }
}
