import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';

// Two servers one after the other on the same data directory: the vote must
// outlive the first. A server of its own, so the live figures start from zero.
test.describe.configure({ timeout: 240_000 });

let dataDir: string;
const servers: ServerProcess[] = [];
test.beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-feedback-'));
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<ServerProcess> {
  const server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    AIMON_SIM_LATENCY_SCALE: '0.1',
    RATE_LIMIT_READ_PER_MIN: '100000',
    RATE_LIMIT_CHAT_PER_MIN: '10000',
    // The live figures are cached like the Compare aggregates; short here so the poll shows a vote at once.
    CACHE_COMPARE_TTL_MS: '500',
  });
  servers.push(server);
  await waitReady(server, 150_000);
  return server;
}

/** Clicks a vote button and waits for the server to have stored it (the button presses at once, before the answer). */
async function vote(page: Page, button: Locator) {
  const stored = page.waitForResponse((r) => r.url().endsWith('/api/feedback') && r.request().method() === 'PUT');
  await button.click();
  expect((await stored).status()).toBe(200);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

async function ask(page: Page, model: 'A' | 'B', text: string) {
  const messages = page.getByRole('list', { name: 'Messages' });
  const before = await messages.locator('[data-role="assistant"]').count();
  await page.getByLabel('Model').selectOption(model);
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  const answer = messages.locator('[data-role="assistant"]').nth(before);
  await expect(answer).toHaveAttribute('data-verdict', /.+/, { timeout: 60_000 });
  return answer;
}

test('a user marks answers in /chat, the live precision and recall move on /compare, and the votes survive a restart', async ({ browser }) => {
  const first = await start();
  // Cookies belong to the host, not the port: the same browser session on both servers.
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto(`${first.url}/compare`);
  const panel = page.getByTestId('grounding-quality');
  await expect(panel.getByTestId('live-precision')).toHaveText('no votes on flagged answers yet');
  await expect(panel.getByTestId('live-votes')).toContainText('0 votes');
  // The labelled-set figures sit beside them, read from the fixtures the build carries.
  await expect(panel.locator('thead th')).toContainText(['Figures', 'Live (users’ votes)', /Labelled set/]);
  await expect(panel.locator('tbody tr').first().locator('td').nth(1)).toHaveText(/^\d\.\d{3} \(\d+ of \d+ flagged\)$/);

  await page.goto(`${first.url}/chat`);
  // Model B claims a restart chat cannot do: flagged. The user agrees.
  const flagged = await ask(page, 'B', 'Please restart web-ui.');
  await expect(flagged).toHaveAttribute('data-verdict', 'hallucination');
  const flaggedId = await flagged.getAttribute('data-id');
  await vote(page, flagged.getByRole('button', { name: 'This is a hallucination' }));
  await vote(page, flagged.getByRole('button', { name: 'Bad answer' }));

  await page.goto(`${first.url}/compare`);
  await expect(panel.getByTestId('live-precision')).toHaveText('1.000 (1 of 1 flagged)');
  await expect(panel.getByTestId('live-recall')).toHaveText('1.000 (1 of 1 caught)');
  await expect(panel.getByTestId('live-votes')).toHaveText('1 vote · 👍 0 · 👎 1');

  // Changed mind: still one vote on that answer, now a false alarm; the page follows without a reload.
  const res = await page.request.put(`${first.url}/api/feedback`, { data: { source: 'chat', answerId: flaggedId, hallucination: false } });
  expect(res.status()).toBe(200);
  await expect(panel.getByTestId('live-precision')).toHaveText('0.000 (0 of 1 flagged)', { timeout: 20_000 });
  await expect(panel.getByTestId('live-votes')).toContainText('1 vote ·');
  expect((await page.request.put(`${first.url}/api/feedback`, { data: { source: 'chat', answerId: flaggedId, hallucination: true } })).status()).toBe(200);

  await test.step('bad votes are 4xx JSON, never 500', async () => {
    const put = (data: unknown) => page.request.put(`${first.url}/api/feedback`, { data: data as object });
    for (const body of [{}, { source: 'chat', answerId: flaggedId }, { source: 'chat', answerId: 'abc', rating: 'up' }, { source: 'mail', answerId: '1', rating: 'up' }, { source: 'chat', answerId: flaggedId, rating: 'meh' }, { source: 'chat', answerId: `1\u0000`, rating: 'up' }, { source: 'chat', answerId: flaggedId, rating: 'up', extra: 1 }]) {
      const r = await put(body);
      expect(r.status(), JSON.stringify(body)).toBe(400);
      expect((await r.json()).error.code).toBe('bad_request');
    }
    const missing = await put({ source: 'chat', answerId: '987654321', rating: 'up' });
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error).toMatchObject({ code: 'not_found' });
    // Another browser session cannot vote on this one's answer.
    const stranger = await fetch(`${first.url}/api/feedback`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: 'chat', answerId: flaggedId, rating: 'up' }) });
    expect(stranger.status).toBe(404);
    const wrongMethod = await page.request.post(`${first.url}/api/feedback`, { data: {} });
    expect(wrongMethod.status()).toBe(405);
  });

  await test.step('/metrics counts the votes and shows the live figures', async () => {
    const prom = await (await fetch(`${first.url}/metrics`)).text();
    expect(prom).toMatch(/aimon_feedback_votes(_total)?\{[^}]*aimon_feedback_kind="hallucination"[^}]*\} [1-9]/);
    expect(prom).toMatch(/aimon_grounding_live_votes\{[^}]*\} 1\b/);
  });

  await page.close();
  await first.stop();

  const second = await start();
  const again = await context.newPage();
  await again.goto(`${second.url}/chat`);
  const kept = again.locator(`[data-role="assistant"][data-id="${flaggedId}"]`);
  await expect(kept.getByRole('button', { name: 'This is a hallucination' })).toHaveAttribute('aria-pressed', 'true');
  await expect(kept.getByRole('button', { name: 'Bad answer' })).toHaveAttribute('aria-pressed', 'true');
  await again.goto(`${second.url}/compare`);
  const after = again.getByTestId('grounding-quality');
  await expect(after.getByTestId('live-precision')).toHaveText('1.000 (1 of 1 flagged)');
  await expect(after.getByTestId('live-votes')).toHaveText('1 vote · 👍 0 · 👎 1');

  // The same panel on Monitoring.
  await again.goto(`${second.url}/monitoring`);
  await expect(again.getByTestId('grounding-quality').getByTestId('live-precision')).toHaveText('1.000 (1 of 1 flagged)');
  await context.close();
});

test('an ask-both answer on /compare takes a vote like a chat answer', async ({ browser }) => {
  const server = servers.find((s) => s.child.exitCode === null) ?? (await start());
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/compare`);
  const panel = page.getByTestId('grounding-quality');
  await expect(panel.getByTestId('live-votes')).toContainText(/^\d+ votes? ·/);
  const votesBefore = Number((await panel.getByTestId('live-votes').textContent())!.split(' ')[0]);
  await page.getByRole('textbox', { name: 'Question', exact: true }).fill('Please restart web-ui.');
  await page.getByRole('button', { name: 'Ask both' }).click();
  const answerB = page.getByRole('region', { name: 'Answers' }).locator('[data-slot="B"]');
  await expect(answerB).toHaveAttribute('data-verdict', /.+/, { timeout: 60_000 });
  await vote(page, answerB.getByRole('button', { name: 'This is a hallucination' }));
  await expect(panel.getByTestId('live-votes')).toContainText(`${votesBefore + 1} vote${votesBefore + 1 === 1 ? '' : 's'} ·`, { timeout: 20_000 });
});
