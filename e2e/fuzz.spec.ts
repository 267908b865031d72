import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { spawnServer, waitFor, type ServerProcess } from './support/server-process';

// Property-based fuzzing of every API route over HTTP, against a server of its
// own: malformed, huge, wrongly typed and unicode-heavy bodies, queries and
// headers. Whatever arrives, the answer is never a 5xx, an error is always
// the JSON error shape without a stack trace, and the process stays up with
// no secret in its output. Runs are bounded so the suite stays fast; a failure
// prints the seed and the shrunk request to replay it.

const ADMIN_TOKEN = 'fuzz-admin-token-0123456789abcdef';
const SESSION_SECRET = 'fuzz-session-secret-0123456789abcdefghijklmnop';
const ROUTES = [
  '/api/health',
  '/api/health/live',
  '/api/health/ready',
  '/api/session',
  '/api/admin/login',
  '/api/admin/logout',
  '/api/admin/audit',
  '/api/no-such-endpoint',
  '/api/admin/no/such/thing',
  '/api/workflows',
  '/api/workflows/not-a-uuid',
  '/api/workflows/00000000-0000-4000-8000-000000000000/cancel',
  '/api/traces',
  '/api/traces/0123',
  '/api/rum',
  '/api/containers',
  '/api/logs/web-ui',
  '/api/logs/no-such-service',
  '/api/faults',
  '/api/debug/call',
  '/api/metrics',
  '/api/alerts',
  '/api/alerts/1/ack',
  '/api/chaos',
  '/api/admin/alert-rules',
  '/api/health/detailed',
  '/api/compare',
  '/api/compare/ask',
  '/api/load-test/start',
  '/api/load-test/stop',
  '/api/load-test/status',
  '/api/load-test/runs',
  '/api/chat',
  '/api/grounding/check',
];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const ERROR_CODES = [
  'bad_request', 'unauthorized', 'forbidden', 'not_found', 'method_not_allowed', 'conflict',
  'payload_too_large', 'unsupported_media_type', 'rate_limited',
];

test.describe.configure({ timeout: 180_000 });

let server: ServerProcess;
let dataDir: string;
test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-fuzz-'));
  server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN,
    SESSION_SECRET,
    // Budgets out of the way, so inputs reach the handlers (limits: rate-limit.spec.ts).
    RATE_LIMIT_READ_PER_MIN: '1000000',
    RATE_LIMIT_LOGIN_PER_MIN: '1000000',
  });
  const deadline = Date.now() + 90_000;
  while ((await waitFor(server, '/api/health/ready')).status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Any text, sent as its UTF-8 bytes (header values travel as bytes). Control
 * characters are not valid in a header at all (the HTTP parser refuses them
 * before any of our code runs), so they become spaces.
 */
const utf8Bytes = (s: string) =>
  Buffer.from(s, 'utf8').toString('latin1').replace(/[\x00-\x08\x0a-\x1f\x7f]/g, ' ').trim();

const unicodeText = fc.string({ unit: 'grapheme', maxLength: 300 });
const anyText = fc.oneof(unicodeText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 50 }));
const hugeText = fc.integer({ min: 70_000, max: 2_000_000 }).map((n) => 'é'.repeat(Math.floor(n / 2)));
const wronglyTyped = fc.oneof(
  fc.jsonValue().map((token) => JSON.stringify({ token })),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom('token', 'limit', 'action', '__proto__', 'constructor'), fc.jsonValue()).map((v) => JSON.stringify(v)),
  fc.constantFrom('{"token":', '[', '{"token": "\\ud800"}', 'null', '"', '{"token":"x","token":1}', '\uFEFF{"token":"x"}', '{'.repeat(5000)),
);
const body = fc.oneof(
  { weight: 3, arbitrary: wronglyTyped },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
const contentType = fc.option(
  fc.oneof(
    fc.constantFrom('application/json', 'application/json; charset=utf-16', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'),
    anyText.map(utf8Bytes),
  ),
  { nil: undefined },
);
const queryValue = fc.oneof(anyText, fc.integer().map(String), fc.constantFrom('-1', '0', '1e9', 'NaN', '%', '%zz', '500', '501'), fc.string({ maxLength: 3000 }));
const query = fc.dictionary(fc.oneof(fc.constantFrom('limit', 'action', 'sessionId'), fc.string({ maxLength: 20 })), queryValue, { maxKeys: 4 });
const headers = fc.record(
  {
    cookie: fc.oneof(anyText.map((v) => `aimon_session=${v}`), anyText, fc.constant(`aimon_session=Fe26.2*1*${'a'.repeat(64)}*x*y*1*z~2`)),
    authorization: fc.oneof(fc.constant(`Bearer ${ADMIN_TOKEN}`), anyText.map((v) => `Bearer ${v}`), anyText),
    'x-forwarded-for': anyText,
    'accept-language': unicodeText,
    'user-agent': unicodeText,
    'x-aimon-peer-address': anyText,
  },
  { requiredKeys: [] },
);
// Browser headers, now and then: most requests should get past the CSRF check.
const browserHeaders = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        origin: fc.oneof(anyText, fc.constantFrom('null', 'https://evil.example', 'http://127.0.0.1')),
        'sec-fetch-site': fc.oneof(anyText, fc.constantFrom('same-origin', 'cross-site', 'none', 'same-site')),
      },
      { requiredKeys: [] },
    ),
  },
);

const request = fc.record({
  route: fc.constantFrom(...ROUTES),
  method: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('GET', 'POST') }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
  query,
  body,
  contentType: fc.oneof({ weight: 2, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: contentType }),
  headers: fc.tuple(headers, browserHeaders).map(([a, b]) => ({ ...a, ...b })),
});

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

async function send(input: FuzzRequest) {
  const url = new URL(server.url + input.route);
  for (const [key, value] of Object.entries(input.query)) url.searchParams.append(key, value);
  const headerList: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers)) {
    const v = utf8Bytes(value as string);
    if (v) headerList[name] = v;
  }
  if (input.contentType) headerList['content-type'] = input.contentType;
  const hasBody = input.method !== 'GET' && input.body !== undefined;
  const response = await fetch(url, {
    method: input.method,
    headers: headerList,
    body: hasBody ? Buffer.from(input.body!, 'utf8') : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

function checkAnswer(answer: { status: number; type: string; text: string }) {
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
  expect(answer.type).toContain('application/json');
  const json = JSON.parse(answer.text);
  if (answer.status >= 400) {
    expect(Object.keys(json)).toEqual(['error']);
    expect(ERROR_CODES).toContain(json.error.code);
    expect(typeof json.error.message).toBe('string');
  }
  expect(answer.text).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  expect(answer.text).not.toContain(ADMIN_TOKEN);
  expect(answer.text).not.toContain(SESSION_SECRET);
}

test('every API route answers any request with a 2xx-4xx JSON, never a 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(request, async (input) => {
      const answer = await send(input);
      // FUZZ_HISTOGRAM=1 prints each answer, to see which code paths the inputs reach.
      if (process.env.FUZZ_HISTOGRAM) console.log('FUZZ', input.method, input.route, answer.status, answer.text.slice(0, 60));
      checkAnswer(answer);
    }),
    { numRuns: 250 },
  );
  // The process is still up and serving, and said nothing secret.
  expect(server.child.exitCode).toBeNull();
  expect((await fetch(`${server.url}/api/health/live`)).status).toBe(200);
  expect((await fetch(`${server.url}/api/health/ready`)).status).toBe(200);
  const output = server.output();
  expect(output).not.toContain(ADMIN_TOKEN);
  expect(output).not.toContain(SESSION_SECRET);
  expect(output).not.toContain('unhandled error in route handler');
});

test('the handlers that parse input: login bodies and audit queries of every shape', async () => {
  const login = fc.record({
    route: fc.constant('/api/admin/login'),
    method: fc.constant('POST' as const),
    query: fc.constant({}),
    body: fc.oneof(wronglyTyped, fc.string({ unit: 'grapheme', maxLength: 600 }).map((token) => JSON.stringify({ token })), hugeText.map((t) => JSON.stringify({ token: t }))),
    contentType: fc.constant('application/json'),
    headers: fc.constant({}),
  });
  const audit = fc.record({
    route: fc.constant('/api/admin/audit'),
    method: fc.constant('GET' as const),
    query,
    body: fc.constant(undefined),
    contentType: fc.constant(undefined),
    headers: fc.constant({ authorization: `Bearer ${ADMIN_TOKEN}` }),
  });
  const seen = new Set<number>();
  await fc.assert(
    fc.asyncProperty(fc.oneof(login, audit), async (input) => {
      const answer = await send(input);
      seen.add(answer.status);
      checkAnswer(answer);
    }),
    { numRuns: 150 },
  );
  // The inputs got past parsing into every outcome, not just one refusal.
  for (const status of [200, 400, 401, 413]) expect(seen).toContain(status);
});

test('concurrent malformed requests do not take the server down', async () => {
  const samples = fc.sample(request, { numRuns: 60, seed: 42 });
  const answers = await Promise.all(samples.map((input) => send(input)));
  for (const answer of answers) checkAnswer(answer);
  expect((await fetch(`${server.url}/api/health/live`)).status).toBe(200);
});
