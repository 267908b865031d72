import type { LanguageModelV3CallOptions, LanguageModelV3ToolResultOutput } from '@ai-sdk/provider';

/** A tool the model was offered, as the simulator needs it. */
export interface OfferedTool {
  name: string;
  description: string;
  inputSchema: { properties?: Record<string, { type?: string | string[]; enum?: unknown[]; minimum?: number; maximum?: number }>; required?: string[] };
}

/** One tool call the model made earlier in this conversation and what came back. */
export interface ToolExchange {
  id: string;
  toolName: string;
  input: Record<string, unknown>;
  output: unknown;
  isError: boolean;
}

export interface Conversation {
  system: string;
  /** The latest user message. */
  goal: string;
  exchanges: ToolExchange[];
  tools: OfferedTool[];
}

function outputValue(output: LanguageModelV3ToolResultOutput): { value: unknown; isError: boolean } {
  switch (output.type) {
    case 'json':
      return { value: output.value, isError: false };
    case 'error-json':
      return { value: output.value, isError: true };
    case 'text':
    case 'error-text': {
      let value: unknown = output.value;
      try {
        value = JSON.parse(output.value);
      } catch {
        // plain text result
      }
      return { value, isError: output.type === 'error-text' };
    }
    default:
      return { value: undefined, isError: true };
  }
}

/** Reads the prompt the AI SDK sends (system, user turns, tool calls and results) into a Conversation. */
export function readConversation(options: LanguageModelV3CallOptions): Conversation {
  let system = '';
  let goal = '';
  const calls = new Map<string, ToolExchange>();
  const order: string[] = [];
  for (const message of options.prompt) {
    if (message.role === 'system') system += `${message.content}\n`;
    else if (message.role === 'user') {
      goal = message.content.map((part) => (part.type === 'text' ? part.text : '')).join(' ').trim();
      // A new question starts a new exchange list: earlier turns are history, not this task.
      calls.clear();
      order.length = 0;
    } else if (message.role === 'assistant') {
      for (const part of message.content) {
        if (part.type === 'tool-call') {
          calls.set(part.toolCallId, { id: part.toolCallId, toolName: part.toolName, input: (part.input ?? {}) as Record<string, unknown>, output: undefined, isError: false });
          order.push(part.toolCallId);
        }
      }
    } else if (message.role === 'tool') {
      for (const part of message.content) {
        if (part.type !== 'tool-result') continue;
        const exchange = calls.get(part.toolCallId);
        if (!exchange) continue;
        const { value, isError } = outputValue(part.output);
        exchange.output = value;
        exchange.isError = isError;
      }
    }
  }
  const tools: OfferedTool[] = (options.tools ?? [])
    .filter((t): t is Extract<typeof t, { type: 'function' }> => t.type === 'function')
    .map((t) => ({ name: t.name, description: t.description ?? '', inputSchema: (t.inputSchema ?? {}) as OfferedTool['inputSchema'] }));
  return { system, goal, exchanges: order.map((id) => calls.get(id)!), tools };
}

/** Roughly four characters a token, the usual rule of thumb for English. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

export function promptText(options: LanguageModelV3CallOptions): string {
  return JSON.stringify(options.prompt) + JSON.stringify(options.tools ?? []);
}
