import { FLEET_CHANGING_TOOLS } from '@/lib/mcp';
import { normaliseArgs } from './recorded-tool-source';
import type { RunDiff, RunDiffSide, RunDiffStep, WorkflowRunView, WorkflowStepView } from './types';

function serviceOf(args: unknown): string | undefined {
  const a = (args ?? {}) as Record<string, unknown>;
  const v = a.service ?? a.serviceName ?? a.name;
  return typeof v === 'string' ? v : undefined;
}

function call(step: WorkflowStepView | undefined): string {
  if (!step) return 'nothing';
  const service = serviceOf(step.args);
  return `\`${step.toolName}\`${service ? ` on ${service}` : ''}`;
}

/** A result without the instants in it (timestamps differ between any two runs). */
function resultKey(step: WorkflowStepView): string {
  return normaliseArgs(JSON.parse(JSON.stringify(step.result ?? null, (k, v) => (k === 'at' || k === 'completesAt' || k === 'startedAt' || /At$/.test(k) ? undefined : v))));
}

const VERB: Record<string, string> = { restart_service: 'restarted', rollback_deployment: 'rolled back', scale_service: 'scaled', clear_cache: 'cleared the cache of' };

function actions(steps: WorkflowStepView[]): string[] {
  return steps
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => FLEET_CHANGING_TOOLS.has(s.toolName ?? ''))
    .map(({ s, i }) => `${VERB[s.toolName!] ?? s.toolName} ${serviceOf(s.args) ?? ''} at step ${i + 1}`.replace(/ +/g, ' '));
}

function side(run: WorkflowRunView, label: string): RunDiffSide {
  return {
    label,
    runId: run.id,
    modelSlot: run.modelSlot,
    modelId: run.modelId,
    status: run.status,
    summary: run.summary,
    toolCalls: run.toolCalls,
    inputTokens: run.inputTokens,
    outputTokens: run.outputTokens,
    costUsd: run.costUsd,
    latencyMs: run.latencyMs,
  };
}

/**
 * Two runs side by side, their tool calls aligned step by step (step n is each
 * run's n-th tool call): each pair marked same or how it differs (another tool,
 * other arguments, another result), the first step where they part, and one
 * line saying what each did differently. Two runs with the same calls, results
 * and outcome are identical; same calls with another outcome part at the conclusion.
 */
export function diffRuns(a: WorkflowRunView, b: WorkflowRunView, labels: [string, string] = defaultLabels(a, b)): RunDiff {
  const toolsA = (a.steps ?? []).filter((s) => s.kind === 'tool');
  const toolsB = (b.steps ?? []).filter((s) => s.kind === 'tool');
  const steps: RunDiffStep[] = [];
  for (let i = 0; i < Math.max(toolsA.length, toolsB.length); i++) {
    const x = toolsA[i];
    const y = toolsB[i];
    const difference: RunDiffStep['difference'] = !x || !y
      ? 'missing'
      : x.toolName !== y.toolName
        ? 'tool'
        : normaliseArgs(x.args) !== normaliseArgs(y.args)
          ? 'arguments'
          : x.isError !== y.isError || resultKey(x) !== resultKey(y)
            ? 'result'
            : undefined;
    steps.push({ position: i + 1, a: x, b: y, same: difference === undefined, difference });
  }
  const firstStep = steps.find((s) => !s.same);
  const conclusionDiffers = a.status !== b.status || [...a.servicesAffected].sort().join() !== [...b.servicesAffected].sort().join();
  const firstDivergence = firstStep ? { position: firstStep.position, kind: firstStep.difference! } : conclusionDiffers ? { position: steps.length + 1, kind: 'conclusion' as const } : undefined;
  return {
    a: side(a, labels[0]),
    b: side(b, labels[1]),
    steps,
    identical: firstDivergence === undefined,
    firstDivergence,
    summary: summarise(labels, toolsA, toolsB, a, b, firstStep),
  };
}

function defaultLabels(a: WorkflowRunView, b: WorkflowRunView): [string, string] {
  return a.modelSlot !== b.modelSlot ? [a.modelSlot, b.modelSlot] : ['the original', 'the replay'];
}

const toolCalls = (n: number) => (n === 1 ? 'one tool call' : `${n} tool calls`);

function summarise([la, lb]: [string, string], toolsA: WorkflowStepView[], toolsB: WorkflowStepView[], a: WorkflowRunView, b: WorkflowRunView, first: RunDiffStep | undefined): string {
  const outcome = a.status === b.status ? `both ${a.status}` : `${la} ${a.status}, ${lb} ${b.status}`;
  if (!first) {
    return a.status === b.status
      ? `Identical: the same ${toolCalls(toolsA.length)} with the same arguments and results; ${outcome}.`
      : `The same ${toolCalls(toolsA.length)}, but ${outcome}.`;
  }
  const at = `step ${first.position}`;
  let parting: string;
  if (first.difference === 'missing') parting = first.a ? `${lb} stopped before ${at}, where ${la} ran ${call(first.a)}` : `${la} stopped before ${at}, where ${lb} ran ${call(first.b)}`;
  else if (first.difference === 'tool') {
    const skipped = toolsB.some((s) => s.toolName === first.a!.toolName) ? '' : `${lb} skipped ${call(first.a)} and `;
    parting = skipped ? `${skipped}ran ${call(first.b)} at ${at}` : `at ${at} ${la} ran ${call(first.a)}, ${lb} ${call(first.b)}`;
  } else if (first.difference === 'arguments') parting = `at ${at} both ran \`${first.a!.toolName}\` with other arguments (${la}: ${normaliseArgs(first.a!.args)}, ${lb}: ${normaliseArgs(first.b!.args)})`;
  else parting = `at ${at} ${call(first.a)} answered differently`;
  const acts = ([[la, actions(toolsA)], [lb, actions(toolsB)]] as Array<[string, string[]]>)
    .filter(([, list]) => list.length > 0)
    .map(([label, list]) => `${label} ${list.join(', ')}`);
  const line = [parting, ...acts].join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}; ${outcome}.`;
}
