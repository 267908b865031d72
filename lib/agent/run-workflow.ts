import { randomUUID } from 'node:crypto';
import { stepCountIs, streamText, type ModelMessage } from 'ai';
import { getConfig } from '@/lib/config';
import { describeCircuitOpen, findModelCircuitOpenError, getModel, type ModelSlot } from '@/lib/models';
import { recordWorkflowOutcome } from '@/lib/monitoring';
import { currentTraceId, logger, traceAgentRun, trackEvent } from '@/lib/telemetry';
import { fleetFromToolResult, isServiceHealthy } from './fleet-status';
import { scenarioGoal, type ScenarioId } from './scenarios';
import { toAiTools, type AgentToolSource, type ToolCallRecord } from './tool-source';
import type { RunStatus, WorkflowEvent, WorkflowRunView, WorkflowStepView } from './types';
import { beatWhileRunning, runnerInstanceId } from './run-heartbeat';
import { appendStep, createRun, finishRun } from './workflow-store';
import { ModelUsageMeter } from './usage-meter';

export interface WorkflowInput {
  model: ModelSlot;
  scenario: ScenarioId;
  goal?: string;
  sessionId?: string;
}

export interface WorkflowOptions {
  tools: AgentToolSource;
  onEvent?: (event: WorkflowEvent) => void;
  signal?: AbortSignal;
}

const SYSTEM_PROMPT = `You are the AIMon operations agent. You keep a fleet of services healthy using only the tools you are given.
Work step by step: take an inventory, diagnose each unhealthy service before acting, apply the action the diagnosis points to,
then verify the service recovered. Never invent facts: report only what the tools returned. Finish with a short summary.`;

const READ_ONLY_ONLY = new Set(['health-check']);
const MUTATING_ACTIONS = new Set(['restart_service', 'scale_service', 'rollback_deployment', 'clear_cache']);

/**
 * Runs one workflow: a multi-step tool loop (bounded steps, overall time-out,
 * cancellation) over the fleet's tools, streaming each step as it happens and
 * storing the run with its steps. Never throws for a model or tool failure: the
 * run ends with status `error` and a plain message.
 */
export async function runWorkflow(input: WorkflowInput, options: WorkflowOptions): Promise<WorkflowRunView> {
  const config = getConfig();
  const { info, model } = getModel(input.model);
  const goal = scenarioGoal(input.scenario, input.goal);
  const emit = (event: WorkflowEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // a closed stream must not stop the run
    }
  };

  return traceAgentRun('operations-agent', { 'aimon.scenario': input.scenario, 'aimon.model.slot': input.model, 'gen_ai.request.model': info.modelId }, async () => {
    const runId = randomUUID();
    const started = performance.now();
    const run = await createRun({ id: runId, sessionId: input.sessionId, modelSlot: input.model, modelId: info.modelId, scenario: input.scenario, goal, traceId: currentTraceId(), instanceId: runnerInstanceId() });
    // The caller's signal, or a cancel that reached another replica (read with the heartbeat).
    const cancel = new AbortController();
    if (options.signal?.aborted) cancel.abort(options.signal.reason);
    options.signal?.addEventListener('abort', () => cancel.abort(options.signal?.reason), { once: true });
    const stopBeating = beatWhileRunning(runId, cancel);
    try {
      emit({ type: 'run-started', run });

      let index = 0;
      let toolCalls = 0;
      const usage = new ModelUsageMeter({ slot: input.model, info, scenario: input.scenario });
      const affected = new Set<string>();
      const timings = new Map<string, ToolCallRecord>();
      let status: RunStatus = 'succeeded';
      let summary: string | undefined;
      let error: string | undefined;

      // Steps are stored in order, off the loop's critical path: the next model
      // call does not wait for the previous step's insert. The run is finished
      // only once every step is stored; one that could not be stored fails it.
      let stored: Promise<void> = Promise.resolve();
      let storeError: unknown;
      const record = (step: WorkflowStepView) => {
        emit({ type: 'step', step });
        stored = stored.then(() => appendStep(runId, step)).catch((e: unknown) => {
          storeError ??= e;
        });
      };

      const timeout = AbortSignal.timeout(config.agent.timeoutMs);
      const signal = AbortSignal.any([cancel.signal, timeout]);
      try {
        const available = await options.tools.listTools();
        const offered = READ_ONLY_ONLY.has(input.scenario) ? available.filter((t) => !t.mutating) : available;
        const tools = toAiTools(offered, options.tools, (call) => {
          timings.set(call.toolCallId, call);
          toolCalls += 1;
          if (call.outcome.isError) return;
          if (MUTATING_ACTIONS.has(call.toolName) || offered.find((t) => t.name === call.toolName)?.mutating) {
            const service = call.args.service ?? call.args.serviceName ?? call.args.name;
            if (typeof service === 'string') affected.add(service);
          }
        });
        const result = streamText({
          model,
          system: SYSTEM_PROMPT,
          messages: [{ role: 'user', content: goal }] satisfies ModelMessage[],
          tools,
          stopWhen: stepCountIs(config.agent.maxSteps),
          maxRetries: info.simulated ? 0 : config.models.maxRetries,
          abortSignal: signal,
          // Errors surface through fullStream below and are logged once, without the prompt.
          onError: () => undefined,
          onStepFinish: (step) => {
            const durationMs = usage.step(step.usage);
            record({
              index: index++,
              kind: 'model',
              createdAt: new Date().toISOString(),
              durationMs,
              text: step.text,
              isError: false,
              inputTokens: step.usage.inputTokens,
              outputTokens: step.usage.outputTokens,
            });
            for (const call of step.toolCalls) {
              const timing = timings.get(call.toolCallId);
              record({
                index: index++,
                kind: 'tool',
                createdAt: new Date().toISOString(),
                durationMs: timing?.durationMs,
                toolName: call.toolName,
                toolCallId: call.toolCallId,
                args: call.input,
                result: timing?.outcome.value,
                isError: timing?.outcome.isError ?? true,
              });
            }
          },
        });
        for await (const part of result.fullStream) {
          if (part.type === 'text-delta') emit({ type: 'text-delta', delta: part.text });
          if (part.type === 'error') throw part.error;
        }
        // An abort ends the stream quietly (an 'abort' part), not with an error.
        if (signal.aborted) throw signal.reason ?? new Error('aborted');
        summary = (await result.text).trim() || undefined;
        const finish = await result.finishReason;
        if (finish === 'tool-calls') {
          status = 'failed';
          error = `Stopped after ${config.agent.maxSteps} steps without finishing.`;
        }
      } catch (e) {
        status = cancel.signal.aborted ? 'cancelled' : 'error';
        error = cancel.signal.aborted
          ? 'Cancelled.'
          : timeout.aborted
            ? `Timed out after ${Math.round(config.agent.timeoutMs / 1000)} s.`
            : describeModelError(e, info.displayName);
        logger.warn({ runId, error: error ?? (e as Error)?.message, errorType: (e as Error)?.name }, 'workflow ended with an error');
        if (status === 'error') usage.failed(e);
      }

      // The final fleet status comes from the tools, not from the model's word, once
      // the actions the model started have finished (bounded): judge what it did, not its patience.
      const finalFleet = status === 'cancelled' ? await readFleet(options.tools) : await settledFleet(options.tools, config.agent.settleMs);
      if (status === 'succeeded' && input.scenario !== 'health-check' && finalFleet?.some((s) => !isServiceHealthy(s))) {
        status = 'failed';
        error = `Still unhealthy: ${finalFleet.filter((s) => !isServiceHealthy(s)).map((s) => `${s.name} (${s.status})`).join(', ')}.`;
      }
      await stored;
      if (storeError !== undefined) {
        status = 'error';
        error = 'Some of its steps could not be stored; the run is incomplete.';
        logger.warn({ runId, errorType: (storeError as Error)?.name }, 'workflow steps could not be stored');
      }
      const latencyMs = performance.now() - started;
      const finished = await finishRun(runId, {
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
      });
      recordWorkflowOutcome({
        model: input.model,
        scenario: input.scenario,
        outcome: status === 'succeeded' ? 'success' : status === 'cancelled' ? 'cancelled' : timeout.aborted ? 'timeout' : 'failure',
        durationMs: latencyMs,
      });
      trackEvent('workflow.completed', {
        'aimon.model': input.model,
        'aimon.scenario': input.scenario,
        'aimon.outcome': status === 'succeeded' ? 'success' : 'failure',
        'aimon.duration_ms': Math.round(latencyMs),
        'aimon.tool_calls': toolCalls,
        'aimon.workflow_id': runId,
      });
      emit({ type: 'run-finished', run: finished });
      return finished;
    } finally {
      stopBeating();
    }
  });
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

/** A model failure in words a user can act on (no stack, no key). */
export function describeModelError(error: unknown, model: string): string {
  // First: a paused call also reaches here wrapped in a RetryError when the circuit opened between retries.
  const paused = findModelCircuitOpenError(error);
  if (paused) return describeCircuitOpen(model, paused);
  // The AI SDK's RetryError ("Failed after 3 attempts. Last error: …") wraps what actually went wrong.
  const retried = error as { name?: string; lastError?: unknown; errors?: unknown[] };
  if (retried?.name === 'AI_RetryError' && retried.lastError !== undefined) {
    const attempts = retried.errors?.length ?? 0;
    return describeModelError(retried.lastError, model).replace(/\.$/, attempts > 1 ? ` (${attempts} attempts).` : '.');
  }
  const e = error as { name?: string; message?: string; statusCode?: number; cause?: { code?: string } };
  const code = e?.cause?.code;
  if (code === 'ECONNREFUSED' || /ECONNREFUSED|fetch failed|Cannot connect/i.test(e?.message ?? '')) return `${model}: the model server is not reachable.`;
  if (e?.name === 'TimeoutError' || /timed? ?out|aborted/i.test(e?.message ?? '')) return `${model}: the model server did not answer in time.`;
  if (e?.statusCode) return `${model}: the model server answered HTTP ${e.statusCode}.`;
  if (/JSON|parse|invalid/i.test(e?.message ?? '')) return `${model}: the model server sent a response that could not be understood.`;
  return `${model}: ${(e?.message ?? 'unknown error').split('\n')[0]!.slice(0, 200)}`;
}
