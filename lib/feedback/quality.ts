import { cached } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { judgeSettings, labelledFigures, readPrecomputedFigures, registerJudgeMetrics, type LabelledFigures } from '@/lib/grounding';
import { processSingleton } from '@/lib/runtime';
import { logger, runInBackgroundSpan } from '@/lib/telemetry';
import { registerFeedbackMetrics, rememberQuality } from './feedback-metrics';
import { liveFigures, type VoteGroup } from './live-figures';
import { FEEDBACK_CACHE_PREFIX } from './store';
import type { GroundingQuality, JudgeAgreement } from './types';

const VERDICTS = ['grounded', 'unverified', 'hallucination'];
const LABELLED_EVALUATION_DELAY_MS = 30_000;

/**
 * The labelled set's figures, once per process: the set only changes with a
 * new build. A production build computed them already (read from its file);
 * otherwise (dev, a plain `next build`) they are evaluated here, a few
 * seconds of CPU for ~2 000 answers.
 */
function labelled(): LabelledFigures[] {
  return processSingleton('grounding-labelled-figures', () => {
    const built = process.env.NODE_ENV === 'production' ? readPrecomputedFigures() : undefined;
    if (built) return built;
    try {
      const started = performance.now();
      const figures = labelledFigures();
      logger.info({ splits: figures.map((f) => f.split), ms: Math.round(performance.now() - started) }, 'labelled grounding set evaluated');
      return figures;
    } catch (error) {
      logger.warn({ err: error }, 'the labelled grounding set could not be evaluated; the pages show live figures only');
      return [];
    }
  });
}

/** Rules and judge agree when both flag the answer or neither does. */
async function judgeAgreement(): Promise<Omit<JudgeAgreement, 'configured' | 'model' | 'againstUsers'>> {
  const prisma = await db();
  const where = { judgeVerdict: { not: null } };
  const [chat, ask] = await Promise.all([
    prisma.chatMessage.groupBy({ by: ['verdict', 'judgeVerdict'], where: { ...where, role: 'assistant' }, _count: { _all: true } }),
    prisma.askAnswer.groupBy({ by: ['verdict', 'judgeVerdict'], where, _count: { _all: true } }),
  ]);
  let agreements = 0, disagreements = 0, failures = 0;
  for (const g of [...chat, ...ask]) {
    if (!VERDICTS.includes(g.judgeVerdict!)) failures += g._count._all;
    else if ((g.verdict === 'hallucination') === (g.judgeVerdict === 'hallucination')) agreements += g._count._all;
    else disagreements += g._count._all;
  }
  const checks = agreements + disagreements;
  return { checks, agreements, disagreements, failures, agreementPct: checks ? Math.round((1000 * agreements) / checks) / 10 : null };
}

async function compute(): Promise<GroundingQuality> {
  const prisma = await db();
  const voted = { hallucination: { not: null } };
  const [byDetector, byJudge, ratings, agreement] = await Promise.all([
    prisma.answerFeedback.groupBy({ by: ['modelSlot', 'detectorVerdict', 'hallucination'], where: voted, _count: { _all: true } }),
    prisma.answerFeedback.groupBy({ by: ['judgeVerdict', 'hallucination'], where: { ...voted, judgeVerdict: { in: VERDICTS } }, _count: { _all: true } }),
    prisma.answerFeedback.groupBy({ by: ['rating'], where: { rating: { not: null } }, _count: { _all: true } }),
    judgeAgreement(),
  ]);
  const groups = (slot?: string): VoteGroup[] =>
    byDetector.filter((g) => slot === undefined || g.modelSlot === slot).map((g) => ({ verdict: g.detectorVerdict, hallucination: g.hallucination!, count: g._count._all }));
  const judge = judgeSettings();
  return {
    generatedAt: new Date().toISOString(),
    live: {
      ...liveFigures(groups()),
      perModel: { A: liveFigures(groups('A')), B: liveFigures(groups('B')) },
      thumbsUp: ratings.find((r) => r.rating === 'up')?._count._all ?? 0,
      thumbsDown: ratings.find((r) => r.rating === 'down')?._count._all ?? 0,
    },
    labelled: labelled(),
    judge: {
      configured: judge !== undefined,
      ...(judge ? { model: judge.label } : {}),
      ...agreement,
      againstUsers: liveFigures(byJudge.map((g) => ({ verdict: g.judgeVerdict, hallucination: g.hallucination!, count: g._count._all }))),
    },
  };
}

/**
 * The detector's live precision and recall against users' votes, the judge's
 * agreement with the rules, and the labelled-set figures beside them. Read from
 * the database, so every replica shows the same; cached like the Compare
 * page's other aggregates (CACHE_COMPARE_TTL_MS) and dropped on every vote.
 */
export async function groundingQuality(): Promise<GroundingQuality> {
  registerFeedbackMetrics(refreshForMetrics);
  const quality = await cached(`${FEEDBACK_CACHE_PREFIX}quality`, getConfig().cache.compareTtlMs, compute);
  rememberQuality(quality, refreshForMetrics);
  return quality;
}

let refreshing = false;
/** For the /metrics gauges: one computation at a time, failures left to the next scrape. */
function refreshForMetrics(): void {
  if (refreshing) return;
  refreshing = true;
  // Called from a metrics collection: no request of its own.
  runInBackgroundSpan('feedback.quality.refresh', () => groundingQuality())
    .catch(() => undefined)
    .finally(() => {
      refreshing = false;
    });
}

/** At start-up: the feedback and judge instruments exist on /metrics before the first vote. */
export function startFeedbackMetrics(): void {
  registerFeedbackMetrics(refreshForMetrics);
  registerJudgeMetrics();
  // Evaluated in the background once start-up is well over rather than on the first page view, which
  // would wait for it: it takes a CPU for about a second, and at 3 s it delayed readiness on every
  // warm start (profiled: start-up is CPU-bound until the server is ready). A page asking sooner
  // computes it then.
  setTimeout(() => void labelled(), LABELLED_EVALUATION_DELAY_MS).unref();
}
