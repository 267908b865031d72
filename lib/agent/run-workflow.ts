import { randomUUID } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { FLEET_CHANGING_TOOLS } from '@/lib/mcp';
import { genAiProviderName, getModel, type ModelSlot } from '@/lib/models';
import { recordWorkflowOutcome } from '@/lib/monitoring';
import { currentTraceId, logger, traceAgentRun, trackEvent } from '@/lib/telemetry';
import { fleetFromToolResult, isServiceHealthy } from './fleet-status';
import { scenarioGoal, type ScenarioId } from './scenarios';
import type { AgentToolSource } from './tool-source';
import { runToolLoop } from './tool-loop';
import { takeFleetSnapshot, type FleetSnapshot, type FleetSnapshotSource } from './fleet-snapshot';
import type { ReplayMode, RunStatus, WorkflowEvent, WorkflowRunView, WorkflowStepView } from './types';
import { beatWhileRunning, runnerInstanceId } from './run-heartbeat';
import { appendSteps, createRun, finishRun, storeSnapshot } from './workflow-store';

export interface WorkflowInput {
  model: ModelSlot;
  scenario: ScenarioId;
  goal?: string;
  sessionId?: string;
  /** A replay: the run it replays and how. */
  replayOf?: { id: string; mode: ReplayMode };
}

export interface WorkflowOptions {
  tools: AgentToolSource;
  onEvent?: (event: WorkflowEvent) => void;
  signal?: AbortSignal;
  /**
   * The fleet snapshot stored with the run: taken through `tools` before the
   * first model call (the default), given (a recorded replay keeps its
   * original's), or none (false).
   */
  snapshot?: FleetSnapshot | false;
}

const SYSTEM_PROMPT = `You are the AIMon operations agent. You keep a fleet of services healthy using only the tools you are given.
Work step by step: take an inventory, diagnose each unhealthy service before acting, apply the action the diagnosis points to,
then verify the service recovered. Never invent facts: report only what the tools returned. Finish with a short summary.`;

const READ_ONLY_ONLY = new Set(['health-check']);

/**
 * Runs one workflow: a multi-step tool loop (bounded steps, overall time-out,
 * cancellation) over the fleet's tools, streaming each step as it happens and
 * storing the run with its steps. Never throws for a model or tool failure: the
 * run ends with status `error` and a plain message.
 */
export async function runWorkflow(input: WorkflowInput, options: WorkflowOptions): Promise<WorkflowRunView> {
  const config = getConfig();
  const { info } = getModel(input.model);
  const goal = scenarioGoal(input.scenario, input.goal);
  const emit = (event: WorkflowEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // a closed stream must not stop the run
    }
  };

  const replay: { 'aimon.replay_of'?: string; 'aimon.replay.mode'?: ReplayMode } = input.replayOf ? { 'aimon.replay_of': input.replayOf.id, 'aimon.replay.mode': input.replayOf.mode } : {};
  return traceAgentRun('operations-agent', { 'aimon.scenario': input.scenario, 'aimon.model.slot': input.model, 'gen_ai.request.model': info.modelId, 'gen_ai.provider.name': genAiProviderName(info.provider), ...(replay as Record<string, string>) }, async () => {
    const runId = randomUUID();
    const started = performance.now();
    // The fleet as this run found it, for a recorded replay later, read before
    // the first model call. This app's fleet (or a replay's given snapshot) is
    // at hand and is stored with the run in one statement; one asked through
    // the tools (MCP_URL) takes ~40 calls, so the run exists first and it is
    // stored while the model works (the run finishes only once it is). A
    // snapshot that could not be read or stored costs the run nothing but that.
    const snapshotNotStored = (e: unknown) => logger.warn({ runId, errorType: (e as Error)?.name }, 'fleet snapshot not stored; this run cannot be replayed recorded');
    const newRun = { id: runId, sessionId: input.sessionId, modelSlot: input.model, modelId: info.modelId, scenario: input.scenario, goal, traceId: currentTraceId(), instanceId: runnerInstanceId(), replayOfId: input.replayOf?.id, replayMode: input.replayOf?.mode };
    const source = options.tools as AgentToolSource & Partial<FleetSnapshotSource>;
    let atHand: FleetSnapshot | undefined;
    if (options.snapshot !== false && (options.snapshot || source.fleetSnapshot)) {
      atHand = await (options.snapshot ? Promise.resolve(options.snapshot) : source.fleetSnapshot!()).catch((e: unknown) => {
        snapshotNotStored(e);
        return undefined;
      });
    }
    const run = atHand
      ? await createRun(newRun, atHand).catch((e: unknown) => {
          snapshotNotStored(e);
          return createRun(newRun);
        })
      : await createRun(newRun);
    // The caller's signal, or a cancel that reached another replica (read with the heartbeat).
    const cancel = new AbortController();
    if (options.signal?.aborted) cancel.abort(options.signal.reason);
    options.signal?.addEventListener('abort', () => cancel.abort(options.signal?.reason), { once: true });
    const stopBeating = beatWhileRunning(runId, cancel);
    try {
      emit({ type: 'run-started', run });

      let index = 0;
      let toolCalls = 0;
      const affected = new Set<string>();
      let status: RunStatus = 'succeeded';
      let summary: string | undefined;
      let error: string | undefined;

      // Steps are stored in order, off the loop's critical path: the next model
      // call does not wait for the previous step's insert. Steps recorded
      // while an insert is on its way (a model step and its tool calls, or a
      // fast model's next step) go out together in the next one, so each step
      // is stored as soon as the one before it is. The run is finished only
      // once every step is stored; one that could not be stored fails it.
      const steps = stepWriter(runId);
      const record = (step: WorkflowStepView) => {
        emit({ type: 'step', step });
        steps.add(step);
      };

      let snapshotStored: Promise<void> = Promise.resolve();
      if (options.snapshot !== false && !atHand && !source.fleetSnapshot) {
        try {
          snapshotStored = storeSnapshot(runId, await takeFleetSnapshot(options.tools)).catch(snapshotNotStored);
        } catch (e) {
          snapshotNotStored(e);
        }
      }

      const loop = await runToolLoop({
        slot: input.model,
        system: SYSTEM_PROMPT,
        messages: [{ role: 'user', content: goal }],
        tools: options.tools,
        readOnly: READ_ONLY_ONLY.has(input.scenario),
        maxSteps: config.agent.maxSteps,
        signal: cancel.signal,
        timeoutMs: config.agent.timeoutMs,
        meter: { scenario: input.scenario },
        onTextDelta: (delta) => emit({ type: 'text-delta', delta }),
        onToolCall: (call, tool) => {
          toolCalls += 1;
          if (call.outcome.isError) return;
          if (FLEET_CHANGING_TOOLS.has(call.toolName) || tool.mutating) {
            const service = call.args.service ?? call.args.serviceName ?? call.args.name;
            if (typeof service === 'string') affected.add(service);
          }
        },
        onStep: (step) => {
          record({
            index: index++,
            kind: 'model',
            createdAt: new Date().toISOString(),
            durationMs: step.durationMs,
            text: step.text,
            isError: false,
            inputTokens: step.inputTokens,
            outputTokens: step.outputTokens,
          });
          for (const call of step.toolCalls) {
            record({
              index: index++,
              kind: 'tool',
              createdAt: new Date().toISOString(),
              durationMs: call.record?.durationMs,
              toolName: call.toolName,
              toolCallId: call.toolCallId,
              args: call.input,
              result: call.record?.outcome.value,
              isError: call.record?.outcome.isError ?? true,
            });
          }
        },
      });
      const usage = loop.usage;
      if (loop.ok) {
        summary = loop.text || undefined;
        if (loop.finishReason === 'tool-calls') {
          status = 'failed';
          error = `Stopped after ${config.agent.maxSteps} steps without finishing.`;
        }
      } else {
        status = loop.cancelled ? 'cancelled' : 'error';
        error = loop.cancelled ? 'Cancelled.' : loop.timedOut ? `Timed out after ${Math.round(config.agent.timeoutMs / 1000)} s.` : loop.message;
        logger.warn({ runId, error, errorType: (loop.error as Error)?.name }, 'workflow ended with an error');
      }
      const timedOut = !loop.ok && loop.timedOut;

      // The final fleet status comes from the tools, not from the model's word, once
      // the actions the model started have finished (bounded): judge what it did, not its patience.
      const finalFleet = status === 'cancelled' ? await readFleet(options.tools) : await settledFleet(options.tools, config.agent.settleMs);
      if (status === 'succeeded' && input.scenario !== 'health-check' && finalFleet?.some((s) => !isServiceHealthy(s))) {
        status = 'failed';
        error = `Still unhealthy: ${finalFleet.filter((s) => !isServiceHealthy(s)).map((s) => `${s.name} (${s.status})`).join(', ')}.`;
      }
      await snapshotStored;
      const storeError = await steps.flushed();
      if (storeError !== undefined) {
        status = 'error';
        error = 'Some of its steps could not be stored; the run is incomplete.';
        logger.warn({ runId, errorType: (storeError as Error)?.name }, 'workflow steps could not be stored');
      }
      const latencyMs = performance.now() - started;
      const finished = await finishRun(run, {
        status,
        summary,
        error,
        latencyMs,
        toolCalls,
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
        costUsd: usage.costUsd,
        servicesAffected: [...affected],
        finalFleet,
      }, steps.stored);
      recordWorkflowOutcome({
        model: input.model,
        scenario: input.scenario,
        outcome: status === 'succeeded' ? 'success' : status === 'cancelled' ? 'cancelled' : timedOut ? 'timeout' : 'failure',
        durationMs: latencyMs,
      });
      trackEvent('workflow.completed', {
        'aimon.model': input.model,
        'aimon.scenario': input.scenario,
        'aimon.outcome': status === 'succeeded' ? 'success' : 'failure',
        'aimon.duration_ms': Math.round(latencyMs),
        'aimon.tool_calls': toolCalls,
        'aimon.workflow_id': runId,
        ...replay,
      });
      emit({ type: 'run-finished', run: finished });
      return finished;
    } finally {
      stopBeating();
    }
  });
}

/**
 * A run's steps on their way to the database, in order: at most one insert at
 * a time, each taking every step recorded since the last one left. `flushed`
 * waits for all of them and answers the first error, if any.
 */
function stepWriter(runId: string) {
  const stored: WorkflowStepView[] = [];
  let queued: WorkflowStepView[] = [];
  let writing: Promise<void> | undefined;
  let error: unknown;
  const drain = async () => {
    // A microtask first: steps recorded in the same callback travel together.
    await Promise.resolve();
    while (queued.length > 0) {
      const batch = queued;
      queued = [];
      await appendSteps(runId, batch).then(
        () => stored.push(...batch),
        (e: unknown) => {
          error ??= e;
        },
      );
    }
    writing = undefined;
  };
  return {
    /** The steps stored so far, in order: what reading the run back would find. */
    stored,
    add(step: WorkflowStepView) {
      queued.push(step);
      writing ??= drain();
    },
    async flushed(): Promise<unknown> {
      while (writing) await writing;
      return error;
    },
  };
}

async function readFleet(tools: AgentToolSource) {
  return tools
    .callTool('list_services', {})
    .then((o) => (o.isError ? undefined : fleetFromToolResult(o.value)))
    .catch(() => undefined);
}

async function settledFleet(tools: AgentToolSource, settleMs: number) {
  const deadline = Date.now() + settleMs;
  for (;;) {
    const result = await tools.callTool('list_services', {}).catch(() => undefined);
    if (!result || result.isError) return undefined;
    const busy = JSON.stringify(result.value).includes('"completesAt"');
    if (!busy || Date.now() >= deadline) return fleetFromToolResult(result.value);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
