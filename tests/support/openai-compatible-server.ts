import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small server speaking the OpenAI chat-completions protocol (plain and
 * streamed, with tool calls), standing in for Ollama / vLLM / OpenAI. Its
 * "model" calls list_services once, then answers from the tool result. The model
 * id picks a failure mode: `slow` (never answers in time), `broken` (malformed JSON).
 * `mode` switches the whole server, for outages: `error` answers HTTP 500, `drop`
 * closes the connection without an answer, `bad-request` answers HTTP 400.
 * Every chat-completions request is counted in `requests`, whatever the mode.
 * A model id starting with `judge` plays an LLM judge (lib/grounding/judge.ts):
 * it answers `judgeReply` if set, else a verdict of its own (an answer claiming
 * a restart is a hallucination, anything else grounded), as a JSON object in prose.
 */
export class FakeOpenAIServer {
  readonly requests: Array<{ model: string; messages: Array<{ role: string; content?: unknown; tool_calls?: unknown }>; tools?: Array<{ function: { name: string } }>; stream?: boolean; authorization?: string }> = [];
  mode: 'ok' | 'error' | 'drop' | 'bad-request' = 'ok';
  /** What a `judge*` model says, word for word; undefined: its own verdict. */
  judgeReply: string | undefined;
  private server = http.createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const request = JSON.parse(body);
      this.requests.push({ ...request, authorization: req.headers.authorization });
      if (this.mode === 'drop') {
        req.socket.destroy();
        return;
      }
      if (this.mode === 'error' || this.mode === 'bad-request') {
        const [status, message, type] = this.mode === 'error' ? [500, 'The model runner crashed', 'server_error'] : [400, 'messages: invalid role', 'invalid_request_error'];
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message, type, code: null } }));
        return;
      }
      if (request.model === 'slow') return; // never answers
      if (request.model === 'broken') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [ {"message": ');
        return;
      }
      if (String(request.model).startsWith('judge')) {
        const asked = String(request.messages.find((m: { role: string }) => m.role === 'user')?.content ?? '');
        const answer = /^Answer: (.*)$/m.exec(asked)?.[1] ?? '';
        const own = /\brestarted\b/i.test(answer)
          ? { verdict: 'hallucination', reason: 'It claims a restart, and no restart tool was called.' }
          : { verdict: 'grounded', reason: 'It agrees with the tool results.' };
        const content = this.judgeReply ?? `Here is my verdict:\n${JSON.stringify(own)}`;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'chatcmpl-j', object: 'chat.completion', created: 1, model: request.model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 300, completion_tokens: 30, total_tokens: 330 } }));
        return;
      }
      const toolResult = request.messages.find((m: { role: string }) => m.role === 'tool');
      const wantsTool = !toolResult && request.tools?.some((t: { function: { name: string } }) => t.function.name === 'list_services');
      const usage = { prompt_tokens: 120, completion_tokens: 18, total_tokens: 138 };
      const text = toolResult ? `The fleet answered: ${String(toolResult.content).slice(0, 120)}` : 'Hello from the fake model.';
      if (!request.stream) {
        const message = wantsTool
          ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'list_services', arguments: '{}' } }] }
          : { role: 'assistant', content: text };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: request.model, choices: [{ index: 0, message, finish_reason: wantsTool ? 'tool_calls' : 'stop' }], usage }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const send = (chunk: unknown) => res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: request.model };
      if (wantsTool) {
        send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'list_services', arguments: '' } }] } }] });
        send({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '{}' } }] } }] });
        send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] });
      } else {
        for (const word of text.split(/(?<= )/)) send({ ...base, choices: [{ index: 0, delta: { content: word } }] });
        send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
      }
      send({ ...base, choices: [], usage });
      res.end('data: [DONE]\n\n');
    });
  }
}
