import type { z } from 'zod';
import { ApiError } from '@/lib/errors';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Reads a JSON body with a size bound and validates it: 415 for a body that is
 * not JSON, 413 when too large, 400 naming each invalid field.
 */
export async function parseBody<S extends z.ZodType>(
  req: Request,
  schema: S,
  limitBytes = DEFAULT_BODY_LIMIT,
): Promise<z.infer<S>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().includes('application/json')) {
    throw new ApiError('unsupported_media_type', 'Send a JSON body with Content-Type: application/json.');
  }
  const text = await readBodyText(req, limitBytes);
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    throw new ApiError('bad_request', 'The body is not valid JSON.');
  }
  return validate(schema, json, 'body');
}

/** Validates query parameters (as a plain object of strings). */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(req.url).searchParams.entries());
  return validate(schema, params, 'query');
}

export function validate<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params'): z.infer<S> {
  // PostgreSQL cannot store NUL in text or jsonb (22021, 22P05): refused here,
  // where every body, query and path parameter passes, with the field named.
  const nul = pathToNul(value);
  if (nul !== undefined) {
    const path = nul || where;
    const message = 'must not contain the NUL character (\\u0000)';
    throw new ApiError('bad_request', `Invalid ${where}: ${path}: ${message}`, { issues: [{ path, message }] });
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || where,
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new ApiError('bad_request', `Invalid ${where}: ${summary}`, { issues });
}

/** The dotted path of the first string (value or key) holding a NUL, '' for the value itself, or undefined. */
function pathToNul(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (!value || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return childPath;
    const found = pathToNul(child, childPath, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function tooLarge(limit: number) {
  return new ApiError('payload_too_large', `The body is larger than ${Math.round(limit / 1024)} kB.`);
}

/**
 * The body as text, read with its limit enforced while it streams: a declared
 * Content-Length over it is refused before reading, and a chunked body as soon
 * as it passes it (413), so an endless body never sits in memory.
 */
export async function readBodyText(req: Request, limitBytes = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limitBytes) throw tooLarge(limitBytes);
  return readLimited(req, limitBytes);
}

async function readLimited(req: Request, limit: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
