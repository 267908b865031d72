import { z } from 'zod';

const scenario = z.enum(['repair-degraded', 'diagnose-latency', 'health-check', 'custom'], {
  error: 'scenario must be one of repair-degraded, diagnose-latency, health-check, custom',
});

export const startWorkflowSchema = z
  .object({
    model: z.enum(['A', 'B'], { error: 'model must be "A" or "B"' }),
    scenario: scenario.optional(),
    goal: z.string().trim().min(3, { error: 'goal must be at least 3 characters' }).max(2000, { error: 'goal must be at most 2000 characters' }).optional(),
  })
  .refine((v) => v.scenario !== undefined || v.goal !== undefined, { error: 'give a scenario or a goal', path: ['scenario'] })
  .refine((v) => v.scenario !== 'custom' || v.goal !== undefined, { error: 'a custom scenario needs a goal', path: ['goal'] })
  .transform((v) => ({ model: v.model, scenario: v.scenario ?? ('custom' as const), goal: v.goal }));

export const listWorkflowsSchema = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const workflowIdSchema = z.object({ id: z.string().uuid({ error: 'must be a workflow id (uuid)' }) });

export const replayWorkflowSchema = z.object({
  model: z.enum(['A', 'B'], { error: 'model must be "A" or "B"' }),
  mode: z.enum(['recorded', 'live'], { error: 'mode must be "recorded" or "live"' }).default('recorded'),
});

export const workflowPairSchema = z.object({
  id: z.string().uuid({ error: 'must be a workflow id (uuid)' }),
  other: z.string().uuid({ error: 'must be a workflow id (uuid)' }),
});
