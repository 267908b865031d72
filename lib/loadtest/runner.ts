import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { recordAudit, type AuditActor } from '@/lib/audit';
import { ApiError } from '@/lib/errors';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import { issueLoadTestPass } from '@/lib/security';
import { logger, runInBackgroundSpan, trackEvent } from '@/lib/telemetry';
import type { LoadTestInput } from './types';
import { LoadMeter } from './meter';
import { scenarioRequests } from './scenarios';
import { abandonStaleLoadTests, createRunRow, finishRunRow, sessionRunsSince } from './store';
import type { LoadTestRunView, LoadTestStatus } from './types';

interface ActiveRun {
  id: string;
  input: LoadTestInput;
  sessionId: string | undefined;
  startedByAdmin: boolean;
  startedAt: Date;
  startedMs: number;
  meter: LoadMeter;
  stopRequested: boolean;
  stop?: () => void;
  done: Promise<LoadTestRunView>;
}

/**
 * The run in progress and the last one, shared by every route of this process
 * (one run at a time per instance). Plain data and closures only: the errors
 * users see are thrown by the functions below, in each route's own bundle.
 */
interface LoadTestState {
  current?: ActiveRun;
  last?: LoadTestRunView;
}
const state = () => processSingleton('loadtest-state', (): LoadTestState => ({}));

function viewOf(run: ActiveRun, status: LoadTestStatus, finishedAt?: Date, error?: string): LoadTestRunView {
  const elapsedMs = Math.min(performance.now() - run.startedMs, run.input.durationSec * 1000 + 60_000);
  return {
    id: run.id,
    scenario: run.input.scenario,
    status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: finishedAt?.toISOString(),
    users: run.input.users,
    durationSec: run.input.durationSec,
    targetRps: run.input.rps,
    startedByAdmin: run.startedByAdmin,
    error,
    ...run.meter.figures(elapsedMs),
  };
}

/** The run in progress (with live figures), else the last one this process ran. */
export function currentLoadTest(): { running: boolean; run: LoadTestRunView | null } {
  const s = state();
  if (s.current) return { running: true, run: viewOf(s.current, 'running') };
  return { running: false, run: s.last ?? null };
}

/**
 * Starts a run against this app's own loopback address and returns at once
 * (the run goes on in the background). 409 while one is running; a non-admin
 * session may start LOADTEST_SESSION_RUNS_PER_HOUR runs an hour (429 beyond,
 * 401 when that is 0).
 */
export async function startLoadTest(input: LoadTestInput, actor: AuditActor): Promise<LoadTestRunView> {
  const s = state();
  const config = getConfig().loadTest;
  if (getConfig().platform.vercel) {
    // The run goes on after the 202 inside this process; a function is frozen once it has answered.
    throw new ApiError('unavailable', 'The load tester is off on Vercel: a run outlives the request that starts it, and a function instance is frozen once it has answered. Run AIMon in a container to use it, or point a load tool at this deployment.');
  }
  if (s.current) {
    const running = viewOf(s.current, 'running');
    throw new ApiError(
      'conflict',
      `A load test is already running (${running.scenario}, ${Math.max(0, Math.ceil(running.durationSec - running.elapsedSec))} s left): stop it or wait for it to finish.`,
      { run: running },
    );
  }
  // Claimed before the first await, so two simultaneous starts cannot both pass the check above.
  let resolveDone!: (run: LoadTestRunView) => void;
  const run: ActiveRun = {
    id: randomUUID(),
    input,
    sessionId: actor.sessionId,
    startedByAdmin: actor.isAdmin,
    startedAt: new Date(),
    startedMs: performance.now(),
    meter: new LoadMeter(),
    stopRequested: false,
    done: new Promise((resolve) => (resolveDone = resolve)),
  };
  s.current = run;
  try {
    if (!actor.isAdmin) {
      if (config.sessionRunsPerHour === 0) {
        throw new ApiError('unauthorized', 'Only admins can start load tests on this server: log in at /admin/login or send Authorization: Bearer <ADMIN_TOKEN>.');
      }
      const since = new Date(Date.now() - 3600_000);
      const used = actor.sessionId ? await sessionRunsSince(actor.sessionId, since) : [];
      if (used.length >= config.sessionRunsPerHour) {
        const retryAfterSec = Math.max(1, Math.ceil((used[0]!.getTime() + 3600_000 - Date.now()) / 1000));
        throw new ApiError(
          'rate_limited',
          `This session has started ${used.length} load tests in the last hour, the most allowed without admin access (LOADTEST_SESSION_RUNS_PER_HOUR=${config.sessionRunsPerHour}). Try again in ${retryAfterSec} s.`,
          { limit: config.sessionRunsPerHour, retryAfterSec },
          { headers: { 'Retry-After': String(retryAfterSec) } },
        );
      }
    }
    await abandonStaleLoadTests(new Date(Date.now() - (config.maxDurationSec + config.requestTimeoutSec + 120) * 1000));
    run.startedAt = new Date();
    run.startedMs = performance.now();
    await createRunRow(viewOf(run, 'running'), actor.sessionId);
  } catch (error) {
    s.current = undefined;
    throw error;
  }
  // Runs for minutes after the 202: an operation of its own, linked to the request that started it.
  void runInBackgroundSpan('loadtest.run', () => drive(run, resolveDone), { linkActive: true, attributes: { 'aimon.loadtest.scenario': input.scenario } }).catch(() => undefined);
  await recordAudit({ actor, action: 'loadtest.start', resourceType: 'loadtest', resourceId: run.id, outcome: 'success', details: { ...input } });
  return viewOf(run, 'running');
}

/** Stops the run in progress early (admin, or the session that started it) and returns its final figures. */
export async function stopLoadTest(actor: AuditActor): Promise<LoadTestRunView> {
  const run = state().current;
  if (!run) throw new ApiError('conflict', 'No load test is running.');
  if (!actor.isAdmin && (!actor.sessionId || actor.sessionId !== run.sessionId)) {
    throw new ApiError('forbidden', 'Only an admin or the session that started this load test can stop it.');
  }
  run.stopRequested = true;
  run.stop?.();
  const view = await run.done;
  await recordAudit({ actor, action: 'loadtest.stop', resourceType: 'loadtest', resourceId: view.id, outcome: 'success' });
  return view;
}

/** The traffic itself: autocannon on the loopback address, every response measured as it arrives. */
async function drive(run: ActiveRun, resolveDone: (view: LoadTestRunView) => void): Promise<void> {
  const config = getConfig();
  const base = `http://127.0.0.1:${config.port}`;
  const pass = issueLoadTestPass();
  const at = () => performance.now() - run.startedMs;
  let finished = false;

  const finish = async (error?: string) => {
    if (finished) return;
    finished = true;
    pass.revoke();
    clearTimeout(guard);
    const status: Exclude<LoadTestStatus, 'running'> = error ? 'error' : run.stopRequested ? 'stopped' : 'finished';
    const view = viewOf(run, status, new Date(), error);
    try {
      await finishRunRow(view);
    } catch (e) {
      logger.warn({ runId: run.id, err: e }, 'load test: could not store the result');
    }
    const s = state();
    s.last = view;
    if (s.current === run) s.current = undefined;
    trackEvent('loadtest.completed', {
      'aimon.loadtest.scenario': view.scenario,
      'aimon.loadtest.requests': view.requests,
      'aimon.loadtest.errors': view.errors,
      'aimon.loadtest.p95_ms': view.p95LatencyMs ?? 0,
      'aimon.loadtest.users': view.users,
      'aimon.loadtest.duration_sec': Math.round(view.elapsedSec),
      'aimon.loadtest.rps': view.rps,
      'aimon.loadtest.status': status,
    });
    logger.info(
      { runId: view.id, scenario: view.scenario, status: view.status, users: view.users, requests: view.requests, errors: view.errors, rps: view.rps, p95Ms: view.p95LatencyMs },
      'load test finished',
    );
    resolveDone(view);
  };

  // Whatever happens inside the generator, the run ends: duration + one request time-out + slack.
  const guard = setTimeout(() => {
    run.stop?.();
    setTimeout(() => void finish(run.stopRequested ? undefined : 'The load generator did not stop in time.'), 5_000).unref();
  }, (run.input.durationSec + config.loadTest.requestTimeoutSec + 10) * 1000);
  guard.unref();

  try {
    // One session for the whole run (fetched once): its traffic shows as one session in
    // monitoring, and workflows do not create a session row per request.
    let cookie: string | undefined;
    try {
      const answer = await fetch(`${base}/api/session`, { headers: { [pass.header]: pass.value }, signal: AbortSignal.timeout(5_000) });
      cookie = answer.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') || undefined;
      await answer.body?.cancel();
    } catch {
      // the run measures whatever happens next
    }
    if (run.stopRequested) return void (await finish());
    const headers: Record<string, string> = {
      [pass.header]: pass.value,
      accept: 'application/json',
      'user-agent': 'aimon-loadtest/1',
      ...(cookie ? { cookie } : {}),
    };
    const requests = scenarioRequests(run.input.scenario).map((r) => ({
      method: r.method,
      path: r.path,
      headers: r.body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
    }));
    run.startedMs = performance.now();
    const instance = autocannon(
      {
        url: base,
        connections: run.input.users,
        duration: run.input.durationSec,
        overallRate: run.input.rps,
        timeout: config.loadTest.requestTimeoutSec,
        headers,
        requests,
      },
      (error) => void finish(error ? `The load generator failed: ${(error as Error).message}` : undefined),
    );
    run.stop = () => instance.stop();
    if (run.stopRequested) instance.stop();
    instance.on('response', (_client, statusCode, _bytes, responseTime) => run.meter.response(statusCode, responseTime, at()));
    instance.on('reqError', (error: Error) => run.meter.failure(/timed out/i.test(error?.message ?? '') ? 'timeout' : 'error', at()));
    logger.info({ runId: run.id, scenario: run.input.scenario, users: run.input.users, durationSec: run.input.durationSec, rps: run.input.rps }, 'load test started');
  } catch (error) {
    await finish(`The load generator failed: ${(error as Error).message}`);
  }
}
