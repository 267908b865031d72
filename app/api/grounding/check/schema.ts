import { z } from 'zod';

const toolResult = z.object({
  name: z.string().trim().min(1, { error: 'each tool result needs a name' }).max(100),
  arguments: z.record(z.string(), z.unknown()).optional(),
  result: z.unknown().optional(),
  isError: z.boolean().optional(),
});

export const groundingCheckSchema = z.object({
  answer: z.string().trim().min(1, { error: 'answer must not be empty' }).max(8000, { error: 'answer must be at most 8000 characters' }),
  question: z.string().max(4000, { error: 'question must be at most 4000 characters' }).optional(),
  toolResults: z.array(toolResult).max(50, { error: 'at most 50 tool results' }).optional(),
});
