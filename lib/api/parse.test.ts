import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '@/lib/errors';
import { parseBody, validate } from './parse';

function post(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/x', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    // A stream body needs half-duplex in Node's fetch Request.
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
}

describe('validate: NUL characters', () => {
  const schema = z.object({ message: z.string(), nested: z.object({ list: z.array(z.string()) }).optional() });

  it('refuses a NUL anywhere in a body, query or path value with a 400 naming the field', () => {
    const cases: [unknown, string][] = [
      [{ message: 'hi\u0000there' }, 'message'],
      [{ message: 'ok', nested: { list: ['a', 'b\u0000'] } }, 'nested.list.1'],
      [{ message: 'ok', ['ke\u0000y']: 1 }, 'ke\u0000y'],
    ];
    for (const [value, path] of cases) {
      const error = (() => {
        try {
          validate(schema, value, 'body');
        } catch (e) {
          return e;
        }
      })() as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(400);
      expect(error.message).toBe(`Invalid body: ${path}: must not contain the NUL character (\\u0000)`);
    }
    expect(() => validate(z.object({ service: z.string() }), { service: 'web\u0000' }, 'params')).toThrow(/Invalid params: service: must not contain the NUL/);
  });

  it('lets every other character through, surrogates and control characters included', () => {
    expect(validate(schema, { message: 'tab\t, bell\u0007, emoji 😀, lone \ud800' }, 'body').message).toContain('😀');
  });
});

describe('parseBody: the size limit holds while streaming', () => {
  it('refuses a chunked body (no Content-Length) as soon as it passes the limit, without reading the rest', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const error = await parseBody(post(endless), z.unknown(), 64 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(413);
    // 64 kB in 16 kB chunks: the fifth chunk passes the limit (plus what the stream queued ahead).
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const error = await parseBody(post('{}', { 'content-length': String(10 * 1024 * 1024) }), z.unknown()).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(413);
  });
});
