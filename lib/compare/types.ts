/** Shapes the Compare page receives (browser-safe). */
import type { GroundingResult } from '@/lib/grounding/types';
import type { ModelInfo, ModelSlot } from '@/lib/models/types';

export const COMPARE_RANGES = [
  { id: '15m', label: '15 min', ms: 15 * 60_000, bucketMs: 60_000 },
  { id: '1h', label: '1 h', ms: 3600_000, bucketMs: 5 * 60_000 },
  { id: '6h', label: '6 h', ms: 6 * 3600_000, bucketMs: 15 * 60_000 },
  { id: '24h', label: '24 h', ms: 24 * 3600_000, bucketMs: 3600_000 },
  { id: '7d', label: '7 days', ms: 7 * 24 * 3600_000, bucketMs: 6 * 3600_000 },
] as const;
export type CompareRange = (typeof COMPARE_RANGES)[number]['id'];
export const COMPARE_RANGE_IDS = COMPARE_RANGES.map((r) => r.id) as [CompareRange, ...CompareRange[]];
/** The range the API answers without `range`, and the Compare page opens with (its first data is read on the server). */
export const DEFAULT_COMPARE_RANGE: CompareRange = '1h';

/** Workflow figures of one model over the range (from the stored runs). */
export interface WorkflowComparison {
  runs: number;
  succeeded: number;
  /** failed or error */
  failed: number;
  cancelled: number;
  /** succeeded / (runs - cancelled), in percent; null without runs. */
  successRatePct: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  avgToolCalls: number | null;
  avgInputTokens: number | null;
  avgOutputTokens: number | null;
  avgCostUsd: number | null;
  totalCostUsd: number;
}

/** Every model call of one model since the server started (monitoring's AI figures: workflows, ask-both, chat). */
export interface ModelCallComparison {
  since: string;
  calls: number;
  failedCalls: number;
  meanLatencyMs: number | null;
  tokensPerCall: number | null;
  costPerCallUsd: number | null;
  costUsd: number;
  hallucinationChecks: number;
  hallucinationRatePct: number | null;
}

export interface ModelComparison {
  model: ModelInfo;
  workflows: WorkflowComparison;
  calls: ModelCallComparison;
}

/** One time bucket: per model, workflow latency percentiles and success rate. */
export interface ComparisonPoint {
  t: string;
  A_runs: number;
  B_runs: number;
  A_p50: number | null;
  A_p95: number | null;
  B_p50: number | null;
  B_p95: number | null;
  A_success: number | null;
  B_success: number | null;
}

/** The fields of a stored chat or ask-both answer the verdicts read. */
export interface AnswerFigure {
  modelSlot: string;
  /** grounded | unverified | hallucination; null when the answer was not checked (the model failed). */
  verdict: string | null;
  costUsd: number | null;
}

export type VerdictFigure = 'success_rate' | 'hallucination_rate' | 'latency_p50' | 'latency_p95' | 'tokens_per_workflow' | 'cost_per_workflow' | 'cost_per_answer';

/**
 * Is Model B really different from Model A on one figure. `rate` figures:
 * estimate/low/high are the difference B - A in percentage points (Newcombe's
 * interval); `ratio` figures: B / A with a bootstrap interval. All null when
 * there are too few samples.
 */
export interface FigureVerdict {
  figure: VerdictFigure;
  label: string;
  kind: 'rate' | 'ratio';
  /** different: the 95 % interval excludes no difference; tie: it lies within ±10 points / 10 %; undecided: neither; too_few: no interval. */
  status: 'different' | 'tie' | 'undecided' | 'too_few';
  /** The better model when `different`. */
  winner: ModelSlot | null;
  samples: Record<ModelSlot, number>;
  /** Present when `samples` are a bounded sample (ratio figures over the 24 h and 7 day ranges): how many values each is drawn from. */
  population?: Record<ModelSlot, number>;
  estimate: number | null;
  low: number | null;
  high: number | null;
  /** Roughly how many more samples each model needs (undecided, too_few). */
  moreEach: number | null;
  sentence: string;
}

export interface ComparisonReport {
  range: CompareRange;
  from: string;
  to: string;
  bucketSec: number;
  models: Record<ModelSlot, ModelComparison>;
  series: ComparisonPoint[];
  /**
   * true when more rows fell in the part of the range read row by row than
   * were read (the newest were used). The 24 h and 7 day ranges read their
   * full hours from hourly aggregates (every run and answer counted), so only
   * a rollup far behind can truncate them.
   */
  truncated: boolean;
  /** A/B verdicts with 95 % intervals, from the stored runs and chat answers over the range. */
  verdicts: FigureVerdict[];
}

export interface AskToolCall {
  name: string;
  args: unknown;
  isError: boolean;
}

export interface AskAnswer {
  /** The stored answer's id, to vote on (PUT /api/feedback); absent if it could not be stored. */
  id?: string;
  slot: ModelSlot;
  model: ModelInfo;
  text: string;
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolCalls: AskToolCall[];
  error?: string;
  /** The hallucination check of the answer (lib/grounding, as for chat); absent when the model failed or said nothing. */
  grounding?: GroundingResult;
}

export interface AskBothResult {
  prompt: string;
  answers: AskAnswer[];
}
