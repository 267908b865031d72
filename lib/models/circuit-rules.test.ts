import { APICallError } from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { describeCircuitOpen, describeFailure, findModelCircuitOpenError, isServerFailureStatus, ModelCircuitOpenError } from './circuit-rules';

describe('isServerFailureStatus', () => {
  it.each([500, 502, 503, 504, 599, 408, 429])('counts HTTP %i as the server failing', (status) => {
    expect(isServerFailureStatus(status)).toBe(true);
  });
  it.each([200, 204, 400, 401, 403, 404, 409, 413, 422])('does not count HTTP %i', (status) => {
    expect(isServerFailureStatus(status)).toBe(false);
  });
});

describe('describeFailure', () => {
  it('names an HTTP answer by its status', () => {
    expect(describeFailure({ value: new Response('', { status: 503 }) })).toBe('HTTP 503');
  });
  it('names a time-out, a network code, or the error class, never the message', () => {
    expect(describeFailure({ error: new DOMException('The operation was aborted due to timeout', 'TimeoutError') })).toBe('timed out');
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:11434 key=sk-secret'), { code: 'ECONNREFUSED' }) });
    expect(describeFailure({ error: refused })).toBe('ECONNREFUSED');
    // Several addresses, each refused: Node's connect reports them as one AggregateError.
    const everyAddress = new TypeError('fetch failed', { cause: new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:11434'), { code: 'ECONNREFUSED' })]) });
    expect(describeFailure({ error: everyAddress })).toBe('ECONNREFUSED');
    expect(describeFailure({ error: new TypeError('https://user:sk-secret@host/v1 is bad') })).toBe('TypeError');
    expect(describeFailure({ error: 'thrown string' })).toBe('network error');
  });
});

describe('findModelCircuitOpenError', () => {
  const open = new ModelCircuitOpenError('A', 5, Date.now() + 30_000);

  it('finds the error itself and inside the RetryError the AI SDK throws when a retry was refused', () => {
    expect(findModelCircuitOpenError(open)).toBe(open);
    const first = new APICallError({ message: 'Internal Server Error', url: 'http://m/v1', requestBodyValues: {}, statusCode: 500 });
    const retry = new RetryError({ message: 'Failed after 2 attempts', reason: 'errorNotRetryable', errors: [first, open] });
    expect(findModelCircuitOpenError(retry)).toBe(open);
  });

  it('finds nothing in other errors, and is not fooled by a look-alike', () => {
    expect(findModelCircuitOpenError(new Error('x'))).toBeUndefined();
    expect(findModelCircuitOpenError(undefined)).toBeUndefined();
    expect(findModelCircuitOpenError(Object.assign(new Error('x'), { name: 'ModelCircuitOpenError', consecutiveFailures: 5 }))).toBeUndefined();
  });

  it('is neither an APICallError nor carries a network code, so the AI SDK never retries it', () => {
    expect(APICallError.isInstance(open)).toBe(false);
    expect(open.cause).toBeUndefined();
    expect((open as unknown as { code?: unknown }).code).toBeUndefined();
    expect(open.name).toBe('ModelCircuitOpenError');
  });
});

describe('describeCircuitOpen', () => {
  it('says how many failures and how long calls stay paused, rounded up to whole seconds', () => {
    const now = 1_000_000;
    expect(describeCircuitOpen('Model A', new ModelCircuitOpenError('A', 5, now + 26_100), now)).toBe(
      'Model A: the model server has failed 5 times in a row; calls are paused for another 27 s.',
    );
    expect(describeCircuitOpen('Model B', new ModelCircuitOpenError('B', 1, now + 10), now)).toBe(
      'Model B: the model server has failed 1 time in a row; calls are paused for another 1 s.',
    );
    // A cool-down that has just ended still reads as a pause, never "0 s" or negative.
    expect(describeCircuitOpen('Model B', new ModelCircuitOpenError('B', 6, now - 500), now)).toMatch(/another 1 s\.$/);
  });
});
