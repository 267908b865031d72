import 'server-only';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { isJSONRPCErrorResponse, isJSONRPCRequest, isJSONRPCResultResponse, type JSONRPCMessage, type MessageExtraInfo, type RequestId } from '@modelcontextprotocol/sdk/types.js';

/**
 * An MCP transport for stateless request/response HTTP: one long-lived server
 * answers every POST's messages, each exchange waiting for the responses to
 * its own requests.
 *
 * Why not the SDK's WebStandardStreamableHTTPServerTransport: in stateless
 * mode it must be built, connected and closed with a fresh McpServer for every
 * request (it refuses reuse), and that set-up and teardown (eight tools
 * registered, a server closed with an McpError per request) plus rebuilding
 * the web Request it reads was ~1 ms of the ~5 ms of CPU a tools/call cost
 * over HTTP (profiled, bench/notes.md). The header and body checks it made are
 * kept in ./http.ts; the JSON-RPC handling (method routing, validation of
 * params, errors in MCP's shape) stays the SDK's Server.
 *
 * Two callers may both send `"id": 1` at once, so each request is renumbered on
 * the way in and given its own id back on the way out. Server-to-client
 * messages (notifications, sampling requests) have nowhere to go in a JSON
 * response and are dropped, as the SDK's JSON response mode does.
 */
export class ExchangeTransport implements Transport {
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;

  private nextId = 0;
  private readonly waiting = new Map<number, { id: RequestId; resolve: (message: JSONRPCMessage) => void }>();

  async start(): Promise<void> {}

  async close(): Promise<void> {
    this.waiting.clear();
    this.onclose?.();
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (!isJSONRPCResultResponse(message) && !isJSONRPCErrorResponse(message)) return;
    const internal = typeof message.id === 'number' ? message.id : Number.NaN;
    const waiter = this.waiting.get(internal);
    if (!waiter) return;
    this.waiting.delete(internal);
    waiter.resolve({ ...message, id: waiter.id } as JSONRPCMessage);
  }

  /** Hands the messages of one POST to the server; resolves with the responses to its requests, in their order. */
  exchange(messages: JSONRPCMessage[], extra: MessageExtraInfo): Promise<JSONRPCMessage[]> {
    const answers: Promise<JSONRPCMessage>[] = [];
    for (const message of messages) {
      if (isJSONRPCRequest(message)) {
        const internal = ++this.nextId;
        answers.push(new Promise((resolve) => this.waiting.set(internal, { id: message.id, resolve })));
        this.onmessage?.({ ...message, id: internal }, extra);
      } else {
        this.onmessage?.(message, extra);
      }
    }
    return Promise.all(answers);
  }
}
