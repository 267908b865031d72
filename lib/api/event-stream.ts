import 'server-only';

const encoder = new TextEncoder();

/**
 * A Server-Sent Events response. `produce` gets `send(event)`, which writes
 * `event: <type>` and the event as JSON; the stream closes when `produce`
 * settles, and a rejection becomes a last `error` event carrying
 * `describeError(error)` (a plain message, never a stack). A client that goes
 * away just stops receiving: cancel the work through the request's signal.
 */
export function eventStreamResponse<E extends { type: string }>(
  produce: (send: (event: E) => void) => Promise<unknown>,
  describeError: (error: unknown) => string,
): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (event: { type: string; message?: string }) => {
        try {
          controller.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
        } catch {
          // the client went away
        }
      };
      produce(write)
        .catch((error: unknown) => write({ type: 'error', message: describeError(error) }))
        .finally(() => {
          try {
            controller.close();
          } catch {
            // already closed
          }
        });
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
  });
}

/** Whether the client asked for Server-Sent Events rather than one JSON answer. */
export function wantsEventStream(req: Request): boolean {
  return (req.headers.get('accept') ?? '').includes('text/event-stream');
}
