import type { Span } from '@opentelemetry/api';
import { failSpan, inBackground, logger, runInBackgroundSpan } from '@/lib/telemetry';
import type { LeaseStore } from './lease';
import type { JobOutcome, JobStatus, JobView, JobsReport } from './types';

export interface JobContext {
  /** True on the first run after this instance took the lease of a run-once job (adopt what the last holder left). */
  tookOver: boolean;
}

export interface JobSpec {
  name: string;
  title: string;
  intervalMs: number;
  /** Run on one instance at a time (rollup merges, retention, alert evaluation). */
  singleton?: boolean;
  /**
   * The first run this long after start (never later than one interval). By default a job runs a
   * second after start; clean-up that can wait should, and leave the first requests the database.
   */
  firstRunAfterMs?: number;
  /** The work; a returned string says what it did. Throwing counts as a failure. */
  run: (ctx: JobContext) => Promise<string | void> | string | void;
}

export interface SchedulerOptions {
  instanceId: string;
  failureThreshold: number;
  leases?: LeaseStore;
  /** Intervals without a finished run after which a job is stale. */
  staleIntervals?: number;
  /**
   * No timers: every run is called from outside (Vercel Cron through /api/cron/{job}), and a run-once
   * job hands its lease back when the run ends, since the next call may land on another instance.
   */
  onDemand?: boolean;
}

interface JobState {
  spec: JobSpec;
  timer: NodeJS.Timeout | undefined;
  running: boolean;
  lastStartedAt: number | null;
  lastEndedAt: number | null;
  lastDurationMs: number | null;
  lastOutcome: JobOutcome | null;
  lastError: string | null;
  lastDetail: string | null;
  consecutiveFailures: number;
  runs: number;
  failures: number;
  nextRunAt: number | null;
  leaseHolder: string | null;
  holdsLease: boolean;
  /** Renews (or tries to take) the lease of a run-once job between its runs and during them. */
  leaseTimer: NodeJS.Timeout | undefined;
  /** The lease was taken between runs: the next run adopts what the last holder left. */
  takeoverPending: boolean;
}

/** The longest a lease lasts unless renewed: how long a crashed holder's jobs wait for a survivor. */
export const LEASE_MAX_TTL_MS = 15_000;

/**
 * How long a lease lasts unless renewed: two intervals, and at least five
 * seconds more than one, so a holder whose run is late (a busy event loop, a
 * slow database) keeps it rather than letting the job flap between replicas;
 * but never more than LEASE_MAX_TTL_MS, since the lease no longer has to
 * outlive a run: it is renewed every third of its life, during runs too
 * (leaseRenewMs), by a timer of its own. A clean stop hands it back at once;
 * a crashed holder's expires after this, and every other instance tries to
 * take it at each renewal tick, so a job moves within TTL + one tick (20 s).
 */
export function leaseTtlMs(intervalMs: number): number {
  return Math.min(Math.max(2 * intervalMs, intervalMs + 5_000), LEASE_MAX_TTL_MS);
}

/** How often a run-once job's lease is renewed by its holder, or tried by the others. */
export function leaseRenewMs(intervalMs: number): number {
  return Math.floor(leaseTtlMs(intervalMs) / 3);
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return ((e?.code ? `${e.code}: ` : '') + String(e?.message ?? error)).slice(0, 300);
}

/**
 * The one scheduler of every periodic task. Each job runs on a timer chain
 * (the next run is planned when one ends, so a slow run never overlaps
 * itself), records its health (last start and end, duration, outcome,
 * consecutive failures, next run), and a run-once job first takes or renews
 * its lease, so with several replicas exactly one instance runs it and another
 * takes over when that one stops. Time comes from Date.now and setTimeout, so
 * tests drive it with a fake clock.
 */
export class Scheduler {
  private readonly jobs = new Map<string, JobState>();
  private startedAt: number | null = null;
  private stopped = false;

  constructor(private readonly options: SchedulerOptions) {}

  get instanceId(): string {
    return this.options.instanceId;
  }

  register(spec: JobSpec): void {
    if (this.jobs.has(spec.name)) throw new Error(`job ${spec.name} registered twice`);
    if (spec.singleton && !this.options.leases) throw new Error(`job ${spec.name} runs once per cluster but the scheduler has no lease store`);
    const state: JobState = {
      spec,
      timer: undefined,
      running: false,
      lastStartedAt: null,
      lastEndedAt: null,
      lastDurationMs: null,
      lastOutcome: null,
      lastError: null,
      lastDetail: null,
      consecutiveFailures: 0,
      runs: 0,
      failures: 0,
      nextRunAt: null,
      leaseHolder: null,
      holdsLease: false,
      leaseTimer: undefined,
      takeoverPending: false,
    };
    this.jobs.set(spec.name, state);
    if (this.startedAt !== null) {
      this.plan(state, Math.min(spec.intervalMs, 1_000));
      this.planLease(state);
    }
  }

  has(name: string): boolean {
    return this.jobs.has(name);
  }

  start(): void {
    if (this.startedAt !== null) return;
    this.startedAt = Date.now();
    this.stopped = false;
    // The first run soon after start (sampling, rollups), not a whole interval later.
    for (const state of this.jobs.values()) {
      this.plan(state, Math.min(state.spec.intervalMs, state.spec.firstRunAfterMs ?? 1_000));
      this.planLease(state);
    }
  }

  /** Stops every timer and hands the leases back, so another instance takes over at its next run. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.startedAt = null;
    const releases: Promise<void>[] = [];
    for (const state of this.jobs.values()) {
      if (state.timer) clearTimeout(state.timer);
      if (state.leaseTimer) clearTimeout(state.leaseTimer);
      state.timer = undefined;
      state.leaseTimer = undefined;
      state.nextRunAt = null;
      if (state.holdsLease && this.options.leases) {
        state.holdsLease = false;
        releases.push(this.options.leases.release(state.spec.name, this.instanceId).catch((error: unknown) => {
          logger.warn({ job: state.spec.name, reason: describe(error) }, 'job lease not released; it expires by itself');
        }));
      }
    }
    await Promise.all(releases);
  }

  /** Stops every timer but keeps the leases, as a process that dies would (they expire by themselves). For tests. */
  abandon(): void {
    this.stopped = true;
    this.startedAt = null;
    for (const state of this.jobs.values()) {
      if (state.timer) clearTimeout(state.timer);
      if (state.leaseTimer) clearTimeout(state.leaseTimer);
      state.timer = undefined;
      state.leaseTimer = undefined;
    }
  }

  /** The lease timer chain of a run-once job (see leaseTtlMs). */
  private planLease(state: JobState): void {
    if (this.stopped || !state.spec.singleton) return;
    if (state.leaseTimer) clearTimeout(state.leaseTimer);
    state.leaseTimer = setTimeout(inBackground(`job ${state.spec.name} lease`, () => this.leaseTick(state)), leaseRenewMs(state.spec.intervalMs));
    state.leaseTimer.unref?.();
  }

  private async leaseTick(state: JobState): Promise<void> {
    try {
      const took = await this.keepLease(state);
      // Taken from a holder that stopped: run now rather than at the next
      // planned run, which may be many minutes away (retention, snapshots).
      if (took && !state.running && !this.stopped) {
        state.takeoverPending = true;
        // A first run that asked to wait (firstRunAfterMs) keeps its time: a lease taken at start is no hurry.
        const waitingFirstRun = state.runs === 0 && state.spec.firstRunAfterMs !== undefined && state.nextRunAt !== null;
        if (!waitingFirstRun && (state.nextRunAt === null || state.nextRunAt - Date.now() > 1_000)) this.plan(state, 0);
      }
    } catch (error) {
      // The run's own attempt counts failures; a tick that fails just waits for the next.
      logger.debug({ job: state.spec.name, reason: describe(error) }, 'job lease renewal failed');
    }
    this.planLease(state);
  }

  /** Takes or renews the lease; true when this instance has just taken it (it did not hold it before). */
  private async keepLease(state: JobState): Promise<boolean> {
    const holder = await this.options.leases!.acquire(state.spec.name, this.instanceId, leaseTtlMs(state.spec.intervalMs));
    state.leaseHolder = holder;
    const mine = holder === this.instanceId;
    const took = mine && !state.holdsLease;
    if (took) {
      logger.info({ job: state.spec.name, instanceId: this.instanceId }, 'job lease taken: this instance runs it now');
    } else if (!mine && state.holdsLease) {
      logger.warn({ job: state.spec.name, holder }, 'job lease lost to another instance');
    }
    state.holdsLease = mine;
    return took;
  }

  private plan(state: JobState, delayMs: number): void {
    if (this.stopped || this.options.onDemand) return;
    if (state.timer) clearTimeout(state.timer);
    state.nextRunAt = Date.now() + delayMs;
    state.timer = setTimeout(() => void this.runUnderSpan(state, false), delayMs);
    // Periodic work must never keep the process alive on shutdown.
    state.timer.unref?.();
  }

  /**
   * Runs a job at once (its timer chain continues from this run). Returns the outcome.
   * Each run is an operation of its own (`job <name>`), whoever calls it: the
   * timer, or /api/cron/{job}, whose request it links to.
   */
  async runNow(name: string): Promise<JobOutcome | 'busy'> {
    const state = this.jobs.get(name);
    if (!state) throw new Error(`no job ${name}`);
    return this.runUnderSpan(state, true);
  }

  /** `linkCaller`: an outside caller's span (the cron request) is linked; a timer's context is the previous run's, and is not. */
  private async runUnderSpan(state: JobState, linkCaller: boolean): Promise<JobOutcome | 'busy'> {
    if (state.running) return 'busy';
    return runInBackgroundSpan(`job ${state.spec.name}`, (span) => this.run(state, span), { linkActive: linkCaller, attributes: { 'aimon.job.name': state.spec.name } });
  }

  private async run(state: JobState, span: Span): Promise<JobOutcome> {
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    state.running = true;
    const started = Date.now();
    state.lastStartedAt = started;
    let outcome: JobOutcome;
    try {
      let tookOver = false;
      if (state.spec.singleton) {
        tookOver = (await this.keepLease(state)) || state.takeoverPending;
        state.takeoverPending = false;
      }
      if (state.spec.singleton && !state.holdsLease) {
        outcome = 'standby';
      } else {
        const detail = await state.spec.run({ tookOver });
        state.lastDetail = typeof detail === 'string' ? detail : null;
        outcome = 'success';
        state.runs += 1;
      }
      if (state.consecutiveFailures >= this.options.failureThreshold) {
        logger.info({ job: state.spec.name, failures: state.consecutiveFailures }, 'job recovered');
      }
      state.consecutiveFailures = 0;
      state.lastError = null;
    } catch (error) {
      // The run's exception (a database error, say) is this operation's `exceptions` row.
      failSpan(span, error);
      outcome = 'failure';
      state.failures += 1;
      state.consecutiveFailures += 1;
      state.lastError = describe(error);
      const log = state.consecutiveFailures === this.options.failureThreshold ? logger.error.bind(logger) : logger.warn.bind(logger);
      log({ job: state.spec.name, failures: state.consecutiveFailures, reason: state.lastError }, 'background job failed');
    }
    if (this.options.onDemand && state.holdsLease) {
      state.holdsLease = false;
      await this.options.leases!.release(state.spec.name, this.instanceId).catch((error: unknown) => {
        logger.warn({ job: state.spec.name, reason: describe(error) }, 'job lease not released; it expires by itself');
      });
    }
    const ended = Date.now();
    state.lastEndedAt = ended;
    state.lastDurationMs = ended - started;
    state.lastOutcome = outcome;
    state.running = false;
    span.setAttribute('aimon.job.outcome', outcome);
    this.plan(state, Math.max(0, started + state.spec.intervalMs - ended));
    return outcome;
  }

  private statusOf(state: JobState, now: number): { status: JobStatus; reason?: string } {
    const { spec } = state;
    // On demand the cron schedule, not the interval, sets the pace: staleness is not measured then.
    const staleAfter = this.options.onDemand ? Infinity : (this.options.staleIntervals ?? 3) * spec.intervalMs;
    if (state.running && state.lastStartedAt !== null) {
      if (now - state.lastStartedAt > staleAfter) {
        return { status: 'stale', reason: `${spec.title}: running for ${Math.round((now - state.lastStartedAt) / 1000)} s (interval ${spec.intervalMs / 1000} s)` };
      }
    } else {
      const since = state.lastEndedAt ?? this.startedAt;
      if (since !== null && now - since > staleAfter) {
        return { status: 'stale', reason: `${spec.title}: no run for ${Math.round((now - since) / 1000)} s (interval ${spec.intervalMs / 1000} s)` };
      }
    }
    if (state.consecutiveFailures >= this.options.failureThreshold) {
      return { status: 'failing', reason: `${spec.title}: failed ${state.consecutiveFailures} times in a row (${state.lastError ?? 'no detail'})` };
    }
    if (state.lastOutcome === null) return { status: 'pending' };
    if (state.lastOutcome === 'standby') return { status: 'standby' };
    return { status: 'ok' };
  }

  report(now = Date.now()): JobsReport {
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    const jobs: JobView[] = [...this.jobs.values()].map((state) => {
      const { status, reason } = this.statusOf(state, now);
      return {
        name: state.spec.name,
        title: state.spec.title,
        intervalMs: state.spec.intervalMs,
        singleton: Boolean(state.spec.singleton),
        status,
        ...(reason ? { reason } : {}),
        running: state.running,
        lastStartedAt: iso(state.lastStartedAt),
        lastEndedAt: iso(state.lastEndedAt),
        lastDurationMs: state.lastDurationMs,
        lastOutcome: state.lastOutcome,
        lastError: state.lastError,
        lastDetail: state.lastDetail,
        consecutiveFailures: state.consecutiveFailures,
        runs: state.runs,
        failures: state.failures,
        nextRunAt: iso(state.nextRunAt),
        leaseHolder: state.spec.singleton ? state.leaseHolder : null,
      };
    });
    return { instanceId: this.instanceId, jobs };
  }

  /** The jobs that should make the app `warning`: failing repeatedly or stale. */
  unhealthy(now = Date.now()): JobView[] {
    return this.report(now).jobs.filter((j) => j.status === 'failing' || j.status === 'stale');
  }
}
