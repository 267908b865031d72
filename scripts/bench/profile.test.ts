import { describe, expect, it } from 'vitest';
import { category, grouped, summarize } from './profile';

describe('CPU profile breakdown', () => {
  it('files each frame under its package, Next.js, the app or Node.js', () => {
    expect(category('file:///srv/node_modules/@opentelemetry/sdk-trace-base/build/src/Tracer.js', 'startSpan')).toBe('@opentelemetry/sdk-trace-base');
    expect(category('file:///srv/node_modules/next/dist/server/base-server.js', 'handleRequest')).toBe('next');
    expect(category('file:///srv/node_modules/next/dist/compiled/next-server/app-route.runtime.prod.js', 'x')).toBe('next (compiled deps)');
    expect(category('file:///srv/.next/server/chunks/lib_telemetry.js', 'onEnd')).toBe('app chunks (.next/server/chunks)');
    expect(category('node:internal/streams/writable', 'write')).toBe('node:internal');
    expect(category('', '(garbage collector)')).toBe('(garbage collector)');
    expect(category('', 'writev')).toBe('(native) writev');
  });

  it('sums self time from the given offset on, and groups it', () => {
    const frame = (id: number, url: string, functionName: string) => ({ id, callFrame: { functionName, url, lineNumber: 0 } });
    const profile = {
      nodes: [frame(1, '', '(root)'), frame(2, 'file:///n/node_modules/@opentelemetry/api/x.js', 'with'), frame(3, 'file:///n/.next/server/chunks/a.js', 'handler'), frame(4, '', '(idle)')],
      // 10 µs each: the first two samples fall before the 20 µs offset.
      samples: [3, 3, 2, 2, 2, 3, 4],
      timeDeltas: [10, 10, 10, 10, 10, 10, 10],
      startTime: 0,
      endTime: 70,
    };
    const s = summarize(profile, 25);
    expect(Object.fromEntries(s.byCategory)).toEqual({ '@opentelemetry/api': 30, 'app chunks (.next/server/chunks)': 10, '(idle)': 10 });
    // Idle time is not work: the groups share the busy samples only.
    expect(grouped(s.byCategory)).toEqual([
      ['OpenTelemetry (spans, context, HTTP instrumentation, metrics)', 30],
      ['app code (route handler, in-app span processor, monitoring)', 10],
    ]);
  });
});
