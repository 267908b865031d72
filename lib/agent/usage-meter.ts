import { costUsd, type ModelInfo, type ModelSlot } from '@/lib/models';
import { recordModelCall } from '@/lib/monitoring';

/**
 * The token, cost and latency bookkeeping of one answer or run, step by step:
 * every finished model step is recorded as one model call (latency since the
 * previous step), so workflows, chat and ask-both count alike in the console.
 */
export class ModelUsageMeter {
  inputTokens = 0;
  outputTokens = 0;
  private stepStarted = performance.now();

  constructor(private readonly call: { slot: ModelSlot; info: ModelInfo; scenario: string; operation?: 'chat' }) {}

  /** One finished model step; answers its duration. */
  step(usage: { inputTokens?: number; outputTokens?: number }): number {
    const durationMs = performance.now() - this.stepStarted;
    this.inputTokens += usage.inputTokens ?? 0;
    this.outputTokens += usage.outputTokens ?? 0;
    recordModelCall({
      model: this.call.slot,
      provider: this.call.info.provider,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      costUsd: costUsd(this.call.info.pricing, usage.inputTokens ?? 0, usage.outputTokens ?? 0),
      durationMs,
      ok: true,
      operation: this.call.operation,
      scenario: this.call.scenario,
    });
    this.stepStarted = performance.now();
    return durationMs;
  }

  /** The call in progress failed. */
  failed(error: unknown): void {
    recordModelCall({
      model: this.call.slot,
      provider: this.call.info.provider,
      durationMs: performance.now() - this.stepStarted,
      ok: false,
      errorType: (error as Error)?.name ?? 'error',
      operation: this.call.operation,
      scenario: this.call.scenario,
    });
  }

  get costUsd(): number {
    return costUsd(this.call.info.pricing, this.inputTokens, this.outputTokens);
  }
}
