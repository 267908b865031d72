import { z } from 'zod';

const NUL = /\u0000/;
const noNul = (what: string) => ({ error: `${what} must not contain NUL characters` });

/** A tool result's JSON holds no NUL in any string (bounded walk: the body limit bounds its size). */
function hasNul(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === 'string') return NUL.test(value);
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => NUL.test(k) || hasNul(v, depth + 1));
  return false;
}

const toolResult = z
  .object({
    name: z.string().trim().min(1, { error: 'each tool result needs a name' }).max(100).refine((s) => !NUL.test(s), noNul('a tool name')),
    arguments: z.record(z.string(), z.unknown()).optional(),
    result: z.unknown().optional(),
    isError: z.boolean().optional(),
  })
  .refine((t) => !hasNul(t.arguments) && !hasNul(t.result), noNul('tool results'));

export const groundingCheckSchema = z.object({
  answer: z
    .string({ error: 'answer must be a string' })
    .trim()
    .min(1, { error: 'answer must not be empty' })
    .max(8000, { error: 'answer must be at most 8000 characters' })
    .refine((s) => !NUL.test(s), noNul('answer')),
  question: z.string({ error: 'question must be a string' }).max(4000, { error: 'question must be at most 4000 characters' }).refine((s) => !NUL.test(s), noNul('question')).optional(),
  toolResults: z.array(toolResult, { error: 'toolResults must be an array' }).max(50, { error: 'at most 50 tool results' }).optional(),
});
