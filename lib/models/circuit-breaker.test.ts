import { describe, expect, it } from 'vitest';
import { ModelCircuitBreaker } from './circuit-breaker';
import { findModelCircuitOpenError } from './circuit-rules';

/**
 * The breaker around a scripted `fetch` (the network is the outside world
 * here; the wire itself is tested in tests/integration/openai-provider.test.ts).
 */
function scripted() {
  const answers: Array<() => Promise<Response>> = [];
  let calls = 0;
  const fetchImpl = ((_input: RequestInfo | URL, _init?: RequestInit) => {
    calls += 1;
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  }) as typeof fetch;
  return {
    fetchImpl,
    get calls() {
      return calls;
    },
    status: (status: number) => answers.push(async () => new Response('{}', { status })),
    refuse: () => answers.push(async () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }))),
  };
}

const call = (f: typeof fetch, init?: RequestInit) => f('http://model.test/v1/chat/completions', init).then((r) => r.status, (e: unknown) => e);

describe('ModelCircuitBreaker', () => {
  it('opens after N consecutive failures and then refuses without a request', async () => {
    const server = scripted();
    const breaker = new ModelCircuitBreaker('A', { failures: 3, cooldownMs: 60_000, modelId: 'm' });
    const f = breaker.wrap(server.fetchImpl);
    server.status(503);
    server.refuse();
    server.status(429);
    expect(await call(f)).toBe(503); // the answer still reaches the SDK, which builds its own error
    expect(breaker.status()).toMatchObject({ state: 'closed', consecutiveFailures: 1, lastFailure: 'HTTP 503' });
    await call(f);
    expect(await call(f)).toBe(429);
    expect(breaker.status()).toMatchObject({ state: 'open', consecutiveFailures: 3, lastFailure: 'HTTP 429', shortCircuited: 0 });
    const refused = await call(f);
    expect(findModelCircuitOpenError(refused)).toMatchObject({ slot: 'A', consecutiveFailures: 3 });
    expect(server.calls).toBe(3);
    expect(breaker.status().shortCircuited).toBe(1);
    expect(breaker.status().retryInMs).toBeGreaterThan(59_000);
    expect(breaker.isOpen).toBe(true);
  });

  it('a success in between resets the count; 4xx answers are the caller’s fault and do not count', async () => {
    const server = scripted();
    const breaker = new ModelCircuitBreaker('B', { failures: 2, cooldownMs: 60_000, modelId: 'm' });
    const f = breaker.wrap(server.fetchImpl);
    for (const s of [500, 200, 500, 400, 500, 401, 404, 422, 413]) server.status(s);
    for (let i = 0; i < 3; i += 1) await call(f);
    expect(breaker.status()).toMatchObject({ state: 'closed', consecutiveFailures: 1 });
    // The server answered: it is up, so the run of failures is broken, not extended.
    expect(await call(f)).toBe(400);
    expect(breaker.status()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
    for (let i = 0; i < 5; i += 1) await call(f);
    expect(breaker.status()).toMatchObject({ state: 'closed', consecutiveFailures: 0, lastFailure: 'HTTP 500' });
    expect(server.calls).toBe(9);
  });

  it('a request the caller cancelled does not count against the server', async () => {
    const breaker = new ModelCircuitBreaker('A', { failures: 1, cooldownMs: 60_000, modelId: 'm' });
    const controller = new AbortController();
    const f = breaker.wrap(((_input: RequestInfo | URL, init?: RequestInit) => {
      controller.abort();
      return Promise.reject(init?.signal?.reason);
    }) as typeof fetch);
    const error = await call(f, { signal: controller.signal });
    expect((error as Error).name).toBe('AbortError');
    expect(breaker.status()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('after the cool-down one trial call decides: failure reopens, success closes', async () => {
    const server = scripted();
    const breaker = new ModelCircuitBreaker('A', { failures: 1, cooldownMs: 100, modelId: 'm' });
    const f = breaker.wrap(server.fetchImpl);
    server.status(502);
    await call(f);
    expect(breaker.status().state).toBe('open');
    await new Promise((resolve) => setTimeout(resolve, 120));
    server.status(502);
    expect(await call(f)).toBe(502);
    expect(breaker.status()).toMatchObject({ state: 'open', consecutiveFailures: 2 });
    expect(findModelCircuitOpenError(await call(f))).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 120));
    server.status(200);
    expect(await call(f)).toBe(200);
    expect(breaker.status()).toMatchObject({ state: 'closed', consecutiveFailures: 0, openedAt: null, retryInMs: null });
    expect(server.calls).toBe(3);
  });
});
