import { expect, test, type Page } from '@playwright/test';

test.describe.configure({ timeout: 90_000 });

async function freshChat(page: Page) {
  await page.goto('/chat');
  await page.request.delete('/api/chat');
  await page.reload();
  await expect(page.getByTestId('chat-empty')).toBeVisible();
}

async function send(page: Page, model: 'A' | 'B', text: string) {
  await page.getByLabel('Model').selectOption(model);
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

test('an example prompt fills the input; the answer streams in with its model, latency, tokens and verdict, and survives a refresh and a second tab', async ({ page, context }) => {
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  await freshChat(page);

  await page.getByRole('list', { name: 'Example prompts' }).getByRole('button', { name: /How is the fleet doing\?/ }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('How is the fleet doing?');
  await page.getByLabel('Model').selectOption('A');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('button', { name: 'Answering…' })).toBeVisible();

  const messages = page.getByRole('list', { name: 'Messages' });
  const answer = messages.locator('[data-role="assistant"]');
  await expect(answer).toHaveCount(1, { timeout: 30_000 });
  await expect(answer).toContainText('The fleet has 8 services');
  await expect(answer).toContainText(/Model A.*\d+ ms.*\d+ in \/ \d+ out tokens.*\$/);
  await expect(answer).toHaveAttribute('data-verdict', 'grounded');
  expect(consoleLines.some((l) => l.startsWith('[Chat] Message sent to Model A'))).toBe(true);
  await expect.poll(() => consoleLines.some((l) => /^\[Chat\] Reply received from Model A in [\d.]+s/.test(l))).toBe(true);

  await page.reload();
  await expect(messages.locator('li')).toHaveCount(2);
  await expect(messages.locator('[data-role="user"]')).toContainText('How is the fleet doing?');
  await expect.poll(() => consoleLines.some((l) => l === '[Chat] Loaded 2 messages from history')).toBe(true);

  const second = await context.newPage();
  await second.goto('/chat');
  await expect(second.getByRole('list', { name: 'Messages' }).locator('li')).toHaveCount(2);
  await second.close();
});

test('a hallucinating answer shows its badge and, opened, the reasons', async ({ page }) => {
  await freshChat(page);
  await send(page, 'B', 'Please restart web-ui.');
  const answer = page.getByRole('list', { name: 'Messages' }).locator('[data-role="assistant"]');
  await expect(answer).toHaveAttribute('data-verdict', 'hallucination', { timeout: 30_000 });
  await expect(answer).toContainText('I restarted web-ui');
  await answer.getByText('Hallucination', { exact: true }).click();
  const findings = answer.getByRole('list', { name: 'Grounding findings' });
  await expect(findings).toBeVisible();
  await expect(findings.locator('[data-kind="unperformed_action"]')).toContainText('action not performed');
  await expect(findings).toContainText('no such action succeeded');
});

test('clearing the history empties the page, and it stays empty after a refresh', async ({ page }) => {
  await freshChat(page);
  await send(page, 'A', 'What is the status of payment-gateway?');
  const messages = page.getByRole('list', { name: 'Messages' });
  await expect(messages.locator('[data-role="assistant"]')).toContainText('There is no service called payment-gateway', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Clear history' }).click();
  await expect(page.getByTestId('chat-empty')).toBeVisible();
  await expect(messages.locator('li')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('chat-empty')).toBeVisible();
});

test('an empty message is refused with a clear message, in the page and by the API', async ({ page, request }) => {
  await freshChat(page);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Type a message first: it is empty.' })).toBeVisible();

  const empty = await request.post('/api/chat', { data: { model: 'A', message: '   ' } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error.message).toContain('Type a message first');
  const long = await request.post('/api/chat', { data: { model: 'A', message: 'x'.repeat(4001) } });
  expect(long.status()).toBe(400);
  expect((await long.json()).error.message).toContain('at most 4000 characters');
  expect((await request.post('/api/chat', { data: { model: 'C', message: 'hi' } })).status()).toBe(400);
  expect((await request.post('/api/chat', { data: { model: 'A', retryOf: '999999' } })).status()).toBe(404);
});

test('the JSON API answers with reply, model, usage, latency and grounding; the detector is usable on its own', async ({ request }) => {
  const res = await request.post('/api/chat', { data: { model: 'A', message: 'Is postgres healthy?' }, headers: { Accept: 'application/json' } });
  expect(res.status()).toBe(201);
  const body = await res.json();
  expect(body.model).toEqual({ slot: 'A', id: 'sim-careful' });
  expect(body.reply).toContain('postgres');
  expect(body.usage.outputTokens).toBeGreaterThan(0);
  expect(body.latencyMs).toBeGreaterThan(0);
  expect(body.grounding.verdict).toBe('grounded');
  expect(body.toolCalls.map((t: { name: string }) => t.name)).toContain('get_service_status');

  const invented = await request.post('/api/grounding/check', { data: { answer: 'billing-service is healthy and I restarted redis.', question: 'How is billing-service?' } });
  const verdict = await invented.json();
  expect(verdict.verdict).toBe('hallucination');
  expect(verdict.findings.map((f: { kind: string }) => f.kind).sort()).toEqual(['unknown_entity', 'unperformed_action']);
  const backed = await request.post('/api/grounding/check', {
    data: { answer: 'I restarted redis.', toolResults: [{ name: 'restart_service', arguments: { service: 'redis' }, result: { service: 'redis' } }] },
  });
  expect((await backed.json()).verdict).toBe('grounded');
  expect((await request.post('/api/grounding/check', { data: { answer: '' } })).status()).toBe(400);
});
