import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listAnswerFiguresSince, listRunFiguresSince } from '@/lib/agent';
import { loadComparison } from '@/lib/compare';
import { bySlot, comparisonSeries, summarizeRuns } from '@/lib/compare/aggregate';
import { listAskAnswerFiguresSince } from '@/lib/compare/ask-store';
import { COMPARE_RANGES } from '@/lib/compare/types';
import { computeVerdicts } from '@/lib/compare/verdicts';
import { db } from '@/lib/db';
import { Rng } from '@/lib/random';
import { BACKENDS } from '../support/backends';
import { useBackend } from '../support/use-env';

const HOUR_MS = 3600_000;
const STATUSES = ['succeeded', 'succeeded', 'succeeded', 'failed', 'error', 'cancelled', 'abandoned', 'running'] as const;
const VERDICTS = ['grounded', 'unverified', 'hallucination', null] as const;

/**
 * The comparison is aggregated by the database (percentile_disc, FILTERed
 * counts, arrays of the resampled values); the report must be exactly what
 * the JavaScript figures of the same rows give (lib/compare/aggregate and
 * verdicts, which the unit tests pin down), on both backends. No hourly
 * rollup runs here, so 24 h and 7 days are read from the rows too (exactly);
 * compare-rollup.test.ts covers them read from the hourly aggregates.
 */
describe.each(BACKENDS)('the Compare report aggregated by %s', (_name, create) => {
  useBackend(create, { env: { CACHE_ENABLED: 'false' }, singletons: ['shared-cache'] });

  it('equals the figures computed from the rows, for every range, odd rows included', async () => {
    const prisma = await db();
    const rng = new Rng(7);
    const now = Date.now();
    // Two days of runs (older than 24 h too), other slots, runs without latency, every status.
    await prisma.workflowRun.createMany({
      data: Array.from({ length: 400 }, (_, i) => {
        const slot = i % 23 === 0 ? 'C' : rng.chance(0.5) ? 'A' : 'B';
        const status = STATUSES[i % STATUSES.length]!;
        return {
          id: randomUUID(),
          createdAt: new Date(now - Math.floor(rng.next() * 48 * HOUR_MS)),
          modelSlot: slot,
          modelId: `sim-${slot}`,
          scenario: 'health-check',
          goal: 'g',
          status,
          latencyMs: status === 'running' || i % 17 === 0 ? null : rng.int(50, 5_000),
          toolCalls: rng.int(0, 6),
          inputTokens: rng.int(100, 3_000),
          outputTokens: rng.int(10, 700),
          costUsd: rng.next() / 1_000,
          servicesAffected: [],
          instanceId: 'test',
        };
      }),
    });
    const answerAt = () => new Date(now - Math.floor(rng.next() * 30 * HOUR_MS));
    await prisma.chatMessage.createMany({
      data: Array.from({ length: 150 }, (_, i) => ({
        sessionId: 'agg',
        createdAt: answerAt(),
        role: i % 10 === 0 ? 'user' : 'assistant',
        content: 'x',
        modelSlot: i % 13 === 0 ? null : rng.chance(0.5) ? 'A' : 'B',
        verdict: VERDICTS[i % VERDICTS.length]!,
        costUsd: i % 11 === 0 ? null : rng.next() / 1_000,
      })),
    });
    await prisma.askAnswer.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        id: randomUUID(),
        createdAt: answerAt(),
        prompt: 'p',
        modelSlot: i % 2 ? 'A' : 'B',
        modelId: 'm',
        text: 't',
        latencyMs: 10,
        inputTokens: 1,
        outputTokens: 1,
        costUsd: rng.next() / 1_000,
        verdict: VERDICTS[i % VERDICTS.length]!,
      })),
    });

    for (const spec of COMPARE_RANGES) {
      const at = new Date();
      const from = new Date(at.getTime() - spec.ms);
      const [runs, chat, asked] = await Promise.all([listRunFiguresSince(from, 5_000), listAnswerFiguresSince(from, 5_000), listAskAnswerFiguresSince(from, 5_000)]);
      const answers = [...chat, ...asked];
      const slots = bySlot(runs);
      const report = await loadComparison(spec.id, at);
      expect({ A: report.models.A.workflows, B: report.models.B.workflows }, spec.id).toEqual({ A: summarizeRuns(slots.A), B: summarizeRuns(slots.B) });
      expect(report.series, spec.id).toEqual(comparisonSeries(runs, from, at, spec.bucketMs));
      expect(report.verdicts, spec.id).toEqual(computeVerdicts(slots, { A: answers.filter((a) => a.modelSlot === 'A'), B: answers.filter((a) => a.modelSlot === 'B') }));
    }
    // The week holds every run: enough of each model for real verdicts, not only "too few".
    const week = await loadComparison('7d');
    expect(week.models.A.workflows.runs + week.models.B.workflows.runs).toBeGreaterThan(300);
    expect(week.verdicts.find((v) => v.figure === 'latency_p95')!.status).not.toBe('too_few');
  });
});
