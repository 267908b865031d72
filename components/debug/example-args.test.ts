import { describe, expect, it } from 'vitest';
import { exampleArgs, parseArgs } from './example-args';

describe('exampleArgs', () => {
  it('fills required fields and defaults, leaves other optional fields out', () => {
    expect(
      exampleArgs({
        type: 'object',
        properties: {
          service: { type: 'string', enum: ['model-a', 'model-b'] },
          replicas: { type: 'integer', minimum: 1, maximum: 10 },
          limit: { type: 'integer', default: 50 },
          q: { type: 'string' },
          note: { type: 'string' },
        },
        required: ['service', 'replicas', 'note'],
      }),
    ).toEqual({ service: 'model-a', replicas: 1, limit: 50, note: '' });
  });

  it('gives an empty object for a tool without inputs', () => {
    expect(exampleArgs({ type: 'object', properties: {} })).toEqual({});
    expect(exampleArgs(undefined)).toEqual({});
  });
});

describe('parseArgs', () => {
  it('accepts an object or nothing', () => {
    expect(parseArgs(' {"service":"redis"} ')).toEqual({ ok: true, args: { service: 'redis' } });
    expect(parseArgs('  ')).toEqual({ ok: true, args: {} });
  });

  it.each(['{service: redis}', '[1]', '"redis"', 'null'])('refuses %s with a message', (text) => {
    const parsed = parseArgs(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.message).toMatch(/JSON/);
  });
});
