import { expect, test } from '@playwright/test';

/** POST /api/grounding/check on the production build: its shape, the tool-results rule, and every kind of bad input. */
test('the detector answers { verdict, findings, claims } with findings pointing at the words; the turn’s tool results decide', async ({ request }) => {
  const answer = 'The invoice-service is fine, and I have flushed the redis cache.';
  const res = await request.post('/api/grounding/check', { data: { answer, question: 'How is the invoice-service?' } });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { verdict: string; claims: number; findings: Array<{ kind: string; span: string; start: number; message: string; fact?: string }> };
  expect(body.verdict).toBe('hallucination');
  expect(body.claims).toBeGreaterThanOrEqual(2);
  expect(body.findings.map((f) => f.kind).sort()).toEqual(['unknown_entity', 'unperformed_action']);
  for (const f of body.findings) {
    expect(answer.slice(f.start, f.start + f.span.length)).toBe(f.span);
    expect(f.message.length).toBeGreaterThan(0);
  }

  const toolResults = [{ name: 'get_service_status', arguments: { service: 'postgres' }, result: { name: 'postgres', status: 'stopped', health: 'critical', replicas: 1 } }];
  expect((await (await request.post('/api/grounding/check', { data: { answer: 'postgres is stopped, with 1 replica.', toolResults } })).json()).verdict).toBe('grounded');
  expect((await (await request.post('/api/grounding/check', { data: { answer: 'postgres is up and running.', toolResults } })).json()).verdict).toBe('hallucination');
});

test('bad input is a 400 JSON error (413 for a body over 256 kB), never a 500', async ({ request }) => {
  const cases: Array<[string, unknown]> = [
    ['no answer', { question: 'x' }],
    ['empty answer', { answer: '   ' }],
    ['answer not a string', { answer: 42 }],
    ['answer over 8000 characters', { answer: 'a'.repeat(8001) }],
    ['NUL in the answer', { answer: 'redis is\u0000 fine' }],
    ['NUL in the question', { answer: 'ok', question: 'why\u0000' }],
    ['NUL inside a tool result', { answer: 'ok', toolResults: [{ name: 'list_services', result: { services: [{ name: 'redis\u0000' }] } }] }],
    ['toolResults not an array', { answer: 'ok', toolResults: 'list_services' }],
    ['a tool result without a name', { answer: 'ok', toolResults: [{ result: {} }] }],
    ['isError not a boolean', { answer: 'ok', toolResults: [{ name: 'x', isError: 'yes' }] }],
    ['a JSON array', ['answer']],
  ];
  for (const [what, data] of cases) {
    const res = await request.post('/api/grounding/check', { data });
    expect(res.status(), what).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code, what).toBe('bad_request');
    expect(json.error.message, what).not.toBe('');
  }
  const notJson = await request.post('/api/grounding/check', { headers: { 'content-type': 'application/json' }, data: '{"answer": ' });
  expect(notJson.status()).toBe(400);
  const huge = await request.post('/api/grounding/check', { data: { answer: 'ok', toolResults: [{ name: 'x', result: 'y'.repeat(300 * 1024) }] } });
  expect(huge.status()).toBe(413);
  expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
});
