import { context, propagation, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { failSpan } from './span-errors';

/** The W3C trace context fields MCP carries in a request's `params._meta`. */
const FIELDS = ['traceparent', 'tracestate'] as const;

interface JsonRpcRequest {
  jsonrpc?: string;
  id?: string | number;
  method?: string;
  params?: { name?: unknown; _meta?: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * Adds the active trace context to an outgoing MCP request's `params._meta`
 * (`traceparent`, `tracestate`), so the MCP server continues the caller's
 * trace whatever the transport (the HTTP header reaches only the HTTP layer,
 * and not through every proxy). Notifications and responses are left alone.
 */
export function withTraceMeta<M>(message: M): M {
  const request = message as JsonRpcRequest;
  if (typeof request !== 'object' || request === null || request.id === undefined || typeof request.method !== 'string') return message;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  if (!carrier.traceparent) return message;
  const meta: Record<string, unknown> = { ...(request.params?._meta ?? {}) };
  for (const field of FIELDS) if (carrier[field]) meta[field] = carrier[field];
  return { ...request, params: { ...(request.params ?? {}), _meta: meta } } as M;
}

/**
 * Runs the handling of one MCP request under a span (`tools/call restart_service`,
 * the MCP conventions' name) whose parent is the trace context in the request's
 * `params._meta` when it has one, else the HTTP request's. INTERNAL, not SERVER:
 * the HTTP server span is already this request's row in Application Insights.
 */
export async function traceMcpRequest<T>(message: unknown, fn: () => Promise<T>): Promise<T> {
  const request = message as JsonRpcRequest | undefined;
  if (!request || typeof request !== 'object' || typeof request.method !== 'string') return fn();
  const meta = request.params?._meta;
  const carrier: Record<string, string> = {};
  for (const field of FIELDS) if (typeof meta?.[field] === 'string') carrier[field] = meta[field] as string;
  const fromMeta = carrier.traceparent ? propagation.extract(ROOT_CONTEXT, carrier) : undefined;
  const parent = fromMeta && trace.getSpanContext(fromMeta) ? fromMeta : context.active();
  const tool = request.method === 'tools/call' && typeof request.params?.name === 'string' ? request.params.name : undefined;
  const span = trace.getTracer('aimon.mcp').startSpan(
    tool ? `${request.method} ${tool}` : request.method,
    {
      kind: SpanKind.INTERNAL,
      attributes: {
        'mcp.method.name': request.method,
        ...(request.id !== undefined ? { 'jsonrpc.request.id': String(request.id) } : {}),
        ...(tool ? { 'gen_ai.tool.name': tool, 'gen_ai.operation.name': 'execute_tool' } : {}),
        'network.transport': 'tcp',
        'mcp.trace_context.source': parent === fromMeta ? 'params._meta' : 'http',
      },
    },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), fn);
  } catch (error) {
    failSpan(span, error);
    throw error;
  } finally {
    span.end();
  }
}
