import type { AuditActor } from '@/lib/audit';
import { recordAudit } from '@/lib/audit';
import { trackRun } from './active-runs';
import { openMcpToolSource } from './mcp-tool-source';
import { runWorkflow, type WorkflowInput } from './run-workflow';
import type { WorkflowEvent, WorkflowRunView } from './types';

/**
 * A workflow for an HTTP caller: its own MCP session (so the fleet audits the
 * caller), cancellable by id or by the caller going away, audited when it ends.
 */
export async function executeWorkflow(
  input: Omit<WorkflowInput, 'sessionId'>,
  actor: AuditActor,
  options: { onEvent?: (event: WorkflowEvent) => void; signal?: AbortSignal },
): Promise<WorkflowRunView> {
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort(options.signal?.reason), { once: true });
  let untrack: (() => void) | undefined;
  const tools = await openMcpToolSource(actor);
  try {
    const run = await runWorkflow(
      { ...input, sessionId: actor.sessionId },
      {
        tools,
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'run-started') untrack = trackRun(event.run.id, { controller, sessionId: actor.sessionId });
          options.onEvent?.(event);
        },
      },
    );
    await recordAudit({
      actor,
      action: 'workflow.run',
      resourceType: 'workflow',
      resourceId: run.id,
      outcome: run.status === 'succeeded' ? 'success' : 'failure',
      error: run.error,
      details: { model: input.model, scenario: input.scenario, status: run.status, toolCalls: run.toolCalls },
    });
    return run;
  } finally {
    untrack?.();
    await tools.close().catch(() => undefined);
  }
}
