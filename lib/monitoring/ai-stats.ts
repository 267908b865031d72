import type { AiFigures, ModelFigures } from './types';

const MAX_MODELS = 100;

/** One call to a language model, as the chat, agent and compare features report it. */
export interface ModelCall {
  /** The model id as configured or answered (`gpt-4o-mini`, `simulated-fast`). */
  model: string;
  provider?: string;
  inputTokens?: number;
  outputTokens?: number;
  /** What the call cost; the caller knows the price list. */
  costUsd?: number;
  durationMs: number;
  /** false when the call failed (error, time-out, refusal by the provider). */
  ok?: boolean;
  errorType?: string;
  operation?: 'chat' | 'text_completion';
  scenario?: string;
}

/** How an agent workflow ended. */
export interface WorkflowOutcome {
  model: string;
  scenario: string;
  outcome: 'success' | 'failure' | 'timeout' | 'cancelled';
  durationMs: number;
}

/** The result of a grounding check on one answer. */
export interface HallucinationCheck {
  model: string;
  /** true when the answer contained at least one unsupported claim. */
  hallucinated: boolean;
  claims?: number;
  unsupportedClaims?: number;
}

interface ModelCounters {
  calls: number;
  failedCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencySumMs: number;
  workflows: number;
  workflowSuccesses: number;
  checks: number;
  hallucinations: number;
}

const empty = (): ModelCounters => ({
  calls: 0,
  failedCalls: 0,
  inputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  latencySumMs: 0,
  workflows: 0,
  workflowSuccesses: 0,
  checks: 0,
  hallucinations: 0,
});

const nonNegative = (v: number | undefined) => (v !== undefined && Number.isFinite(v) && v > 0 ? v : 0);
const pct = (part: number, whole: number) => (whole ? Math.round((10_000 * part) / whole) / 100 : null);

/** AI figures per model since the process started (bounded to MAX_MODELS models; the rest count as "other"). */
export class AiStats {
  private readonly models = new Map<string, ModelCounters>();
  readonly since = new Date();

  private counters(model: string): ModelCounters {
    const name = model.trim().slice(0, 100) || 'unknown';
    let c = this.models.get(name);
    if (!c) {
      if (this.models.size >= MAX_MODELS) return this.counters('(other models)');
      c = empty();
      this.models.set(name, c);
    }
    return c;
  }

  modelCall(call: ModelCall): void {
    const c = this.counters(call.model);
    c.calls += 1;
    if (call.ok === false) c.failedCalls += 1;
    c.inputTokens += nonNegative(call.inputTokens);
    c.outputTokens += nonNegative(call.outputTokens);
    c.costUsd += nonNegative(call.costUsd);
    c.latencySumMs += nonNegative(call.durationMs);
  }

  workflow(outcome: WorkflowOutcome): void {
    const c = this.counters(outcome.model);
    c.workflows += 1;
    if (outcome.outcome === 'success') c.workflowSuccesses += 1;
  }

  hallucinationCheck(check: HallucinationCheck): void {
    const c = this.counters(check.model);
    c.checks += 1;
    if (check.hallucinated) c.hallucinations += 1;
  }

  figures(): AiFigures {
    const total = empty();
    const models: ModelFigures[] = [];
    for (const [model, c] of this.models) {
      for (const key of Object.keys(total) as (keyof ModelCounters)[]) total[key] += c[key];
      models.push({ model, ...view(c) });
    }
    models.sort((a, b) => b.calls - a.calls || a.model.localeCompare(b.model));
    return { since: this.since.toISOString(), totals: view(total), models };
  }
}

function view(c: ModelCounters): Omit<ModelFigures, 'model'> {
  return {
    calls: c.calls,
    failed_calls: c.failedCalls,
    input_tokens: c.inputTokens,
    output_tokens: c.outputTokens,
    cost_usd: Math.round(c.costUsd * 1e6) / 1e6,
    mean_latency_ms: c.calls ? Math.round((100 * c.latencySumMs) / c.calls) / 100 : null,
    workflows: c.workflows,
    workflow_success_rate_percent: pct(c.workflowSuccesses, c.workflows),
    hallucination_checks: c.checks,
    hallucination_rate_percent: pct(c.hallucinations, c.checks),
  };
}
