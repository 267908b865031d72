import { describe, expect, it } from 'vitest';
import { readEvents } from './read-events';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

async function collect(chunks: string[]) {
  const out: unknown[] = [];
  for await (const e of readEvents(streamOf(chunks))) out.push(e);
  return out;
}

describe('readEvents', () => {
  it('yields each event once, whether chunks split events or carry several', async () => {
    const a = 'event: step\ndata: {"type":"step","n":1}\n\n';
    const b = 'event: step\ndata: {"type":"step","n":2,"text":"é ✓"}\n\n';
    expect(await collect([a + b])).toEqual([{ type: 'step', n: 1 }, { type: 'step', n: 2, text: 'é ✓' }]);
    const whole = a + b;
    // Split everywhere, even inside a multi-byte character.
    const bytes = new TextEncoder().encode(whole);
    const pieces: ReadableStream<Uint8Array> = new ReadableStream({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const out: unknown[] = [];
    for await (const e of readEvents(pieces)) out.push(e);
    expect(out).toEqual([{ type: 'step', n: 1 }, { type: 'step', n: 2, text: 'é ✓' }]);
  });

  it('joins multi-line data and skips blocks without data (comments, keep-alives)', async () => {
    expect(await collect([': keep-alive\n\n', 'event: x\ndata: {"type":\ndata: "x"}\n\n'])).toEqual([{ type: 'x' }]);
  });

  it('drops an unfinished last event (the stream ended mid-event)', async () => {
    expect(await collect(['data: {"type":"a"}\n\n', 'data: {"type":"b"'])).toEqual([{ type: 'a' }]);
  });
});
