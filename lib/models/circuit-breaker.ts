import 'server-only';
import { BrokenCircuitError, circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { logger } from '@/lib/telemetry';
import { describeFailure, isServerFailureStatus, ModelCircuitOpenError } from './circuit-rules';
import type { ModelCircuitStatus, ModelSlot } from './types';

export interface ModelCircuitOptions {
  /** MODEL_BREAKER_FAILURES: consecutive failed requests that open the circuit. */
  failures: number;
  /** MODEL_BREAKER_COOLDOWN_MS: time open before one trial call. */
  cooldownMs: number;
  /** For log lines only. */
  modelId: string;
}

/** A fetch rejection caused by our caller cancelling (run cancelled, workflow time-out): not the server's fault. */
class CallerAborted {
  constructor(readonly original: unknown) {}
}

/**
 * The circuit breaker of one model slot (one per process), around the fetch the
 * provider uses, so it sees each HTTP request the AI SDK makes, retries included.
 * Network errors, our per-call time-out and 5xx/408/429 answers count as
 * failures; MODEL_BREAKER_FAILURES of them in a row open it, and for
 * MODEL_BREAKER_COOLDOWN_MS every call fails at once with ModelCircuitOpenError
 * and no request. Then one trial call goes through (cockatiel's half-open: calls
 * arriving meanwhile wait for its outcome): success closes the circuit, failure
 * opens it again for another cool-down.
 */
export class ModelCircuitBreaker {
  private readonly counter: ConsecutiveBreaker;
  private readonly policy: CircuitBreakerPolicy;
  private openedAt: number | undefined;
  private lastFailure: string | undefined;
  private refused = 0;

  constructor(
    readonly slot: ModelSlot,
    private readonly options: ModelCircuitOptions,
  ) {
    this.counter = new ConsecutiveBreaker(options.failures);
    this.policy = circuitBreaker(
      handleWhen((error) => !(error instanceof CallerAborted)).orWhenResult((r) => isServerFailureStatus((r as Response).status)),
      { halfOpenAfter: options.cooldownMs, breaker: this.counter },
    );
    this.policy.onFailure(({ handled, reason }) => {
      if (handled) this.lastFailure = describeFailure(reason);
    });
    // No URL, header or key in these lines: slot, model id, counts and the failure's short name only.
    this.policy.onBreak(() => {
      this.openedAt = Date.now();
      logger.warn(
        { slot, model: options.modelId, consecutiveFailures: this.counter.state, lastFailure: this.lastFailure, cooldownMs: options.cooldownMs },
        'model server circuit opened: calls paused',
      );
    });
    this.policy.onHalfOpen(() => logger.info({ slot, model: options.modelId }, 'model server circuit half-open: sending one trial call'));
    this.policy.onReset(() => {
      this.openedAt = undefined;
      logger.info({ slot, model: options.modelId }, 'model server circuit closed: calls resumed');
    });
  }

  /** `fetch` through the breaker: counts the outcome, or refuses at once while open. */
  wrap(inner: typeof fetch): typeof fetch {
    return async (input, init) => {
      try {
        return await this.policy.execute(async () => {
          try {
            return await inner(input, init);
          } catch (error) {
            // init.signal is the caller's own (our time-out is added inside `inner`).
            // Caveat: during the half-open trial, cockatiel treats an unhandled error as a
            // success, so a cancelled trial closes the circuit; the next failures reopen it.
            if (init?.signal?.aborted) throw new CallerAborted(error);
            throw error;
          }
        });
      } catch (error) {
        if (error instanceof CallerAborted) throw error.original;
        if (error instanceof BrokenCircuitError) {
          this.refused += 1;
          throw new ModelCircuitOpenError(this.slot, this.counter.state, (this.openedAt ?? Date.now()) + this.options.cooldownMs);
        }
        throw error;
      }
    };
  }

  /** Open or half-open: calls are paused (the gauge aimon.model.circuit.open). */
  get isOpen(): boolean {
    return this.policy.state !== CircuitState.Closed;
  }

  /** Calls refused without a request since start. */
  get shortCircuited(): number {
    return this.refused;
  }

  status(now = Date.now()): ModelCircuitStatus {
    const state = this.policy.state === CircuitState.Closed ? 'closed' : this.policy.state === CircuitState.HalfOpen ? 'half-open' : 'open';
    return {
      state,
      consecutiveFailures: this.counter.state,
      threshold: this.options.failures,
      cooldownMs: this.options.cooldownMs,
      openedAt: state !== 'closed' && this.openedAt !== undefined ? new Date(this.openedAt).toISOString() : null,
      retryInMs: state === 'open' && this.openedAt !== undefined ? Math.max(0, this.openedAt + this.options.cooldownMs - now) : null,
      shortCircuited: this.refused,
      lastFailure: this.lastFailure ?? null,
    };
  }
}
