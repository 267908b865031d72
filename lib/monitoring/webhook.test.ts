import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postAlertWebhook } from './webhook';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP receiver on a free port: the webhook is tested at the wire. */
async function receiver(status: number) {
  const received: { method?: string; type?: string; body: string }[] = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ method: req.method, type: req.headers['content-type'], body });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

describe('alert webhook', () => {
  it('POSTs the alert as JSON', async () => {
    const { url, received } = await receiver(204);
    const payload = { event: 'alert.fired', instance_id: 'a', alert: { rule: 'error_rate_high' } };
    expect(await postAlertWebhook(url, payload)).toBe(true);
    expect(received).toEqual([{ method: 'POST', type: 'application/json', body: JSON.stringify(payload) }]);
  });

  it('reports a refusal or an unreachable receiver without throwing', async () => {
    const { url } = await receiver(500);
    expect(await postAlertWebhook(url, {})).toBe(false);
    expect(await postAlertWebhook('http://127.0.0.1:1/none', {})).toBe(false);
  });
});
