import { EventEmitter } from 'node:events';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { context, createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isServerEmitter, leaveServerEmittersUnbound } from './server-emitters';

const KEY = createContextKey('request');
const patched = (ee: object) => Object.prototype.hasOwnProperty.call(ee, 'on');

/** One request through a server whose handler binds req and res as the HTTP instrumentation does. */
async function roundTrip(): Promise<{ req: boolean; res: boolean; clientRes: boolean; seenAfterAwait: unknown }> {
  let seen: { req: boolean; res: boolean; seenAfterAwait: unknown } | undefined;
  const server = http.createServer((req, res) => {
    const ctx = ROOT_CONTEXT.setValue(KEY, 'the request');
    void context.with(ctx, async () => {
      context.bind(context.active(), req);
      context.bind(context.active(), res);
      await new Promise((r) => setTimeout(r, 1));
      seen = { req: patched(req), res: patched(res), seenAfterAwait: context.active().getValue(KEY) };
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const clientRes = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, (res) => {
        context.bind(ROOT_CONTEXT.setValue(KEY, 'the call'), res);
        res.resume();
        res.on('end', () => resolve(res));
      }).on('error', reject);
    });
    return { ...seen!, clientRes: patched(clientRes) };
  } finally {
    await new Promise((r) => server.close(r));
  }
}

describe('leaveServerEmittersUnbound', () => {
  let manager: AsyncLocalStorageContextManager;

  beforeEach(() => {
    manager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(manager);
  });

  afterEach(() => {
    context.disable();
  });

  it('binds nothing of the server side, the client side as before, and the handler keeps its context', async () => {
    expect(await roundTrip()).toEqual({ req: true, res: true, clientRes: true, seenAfterAwait: 'the request' });
    expect(leaveServerEmittersUnbound()).toBe(true);
    expect(await roundTrip()).toEqual({ req: false, res: false, clientRes: true, seenAfterAwait: 'the request' });
  });

  it('wraps the manager once', () => {
    expect(leaveServerEmittersUnbound()).toBe(true);
    expect(leaveServerEmittersUnbound()).toBe(false);
  });

  it('tells the server side from a client response', () => {
    const socket = new net.Socket();
    const incoming = new http.IncomingMessage(socket);
    expect(isServerEmitter(incoming)).toBe(true);
    expect(isServerEmitter(new http.ServerResponse(incoming))).toBe(true);
    expect(isServerEmitter(Object.assign(new http.IncomingMessage(socket), { req: {} }))).toBe(false);
    expect(isServerEmitter(new EventEmitter())).toBe(false);
  });
});
