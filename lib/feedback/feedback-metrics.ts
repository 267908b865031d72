import { processSingleton } from '@/lib/runtime';
import { observeCounter, observeGauge, type Observation } from '@/lib/telemetry';
import type { GroundingQuality } from './types';

/**
 * What /metrics (and OTLP, Azure) show of feedback and the judge. Votes are
 * counted by this process as they happen (the judge's checks: lib/grounding/judge.ts); the live precision
 * and recall are the database's figures (every replica) as last computed, and
 * each collection asks for a fresh computation (cached), so a scrape is at
 * most one scrape behind.
 */
interface FeedbackCounters {
  votes: Map<string, { value: number; attributes: Record<string, string> }>;
  last?: GroundingQuality;
  refresh?: () => void;
}

function bump(map: FeedbackCounters['votes'], attributes: Record<string, string>) {
  const key = JSON.stringify(attributes);
  const entry = map.get(key) ?? { value: 0, attributes };
  entry.value += 1;
  map.set(key, entry);
}

const values = (map: FeedbackCounters['votes']): Observation[] => [...map.values()].map(({ value, attributes }) => ({ value, attributes }));

function counters(): FeedbackCounters {
  return processSingleton('feedback-metrics', () => {
    const c: FeedbackCounters = { votes: new Map() };
    observeCounter('aimon.feedback.votes', 'Votes users cast on answers (a changed vote counts again), by source, model slot, kind (rating | hallucination) and value', () => values(c.votes));
    const live = (pick: (q: GroundingQuality) => number | null) => (): Observation[] => {
      c.refresh?.();
      const q = c.last;
      const v = q ? pick(q) : null;
      return v === null ? [] : [{ value: v, attributes: {} }];
    };
    observeGauge('aimon.grounding.live.precision', "The detector's precision against users' hallucination votes (all instances; absent until a flagged answer has a vote)", live((q) => q.live.precision));
    observeGauge('aimon.grounding.live.recall', "The detector's recall against users' hallucination votes (all instances; absent until users called an answer a hallucination)", live((q) => q.live.recall));
    observeGauge('aimon.grounding.live.votes', "Answers with a hallucination vote, the live precision and recall rest on (all instances)", live((q) => q.live.votes));
    observeGauge('aimon.grounding.judge.agreement.percent', 'Share of judged answers where the LLM judge and the rules agree (all instances)', live((q) => q.judge.agreementPct));
    return c;
  });
}

export function countVote(attributes: { source: string; slot: string; kind: 'rating' | 'hallucination'; value: string }): void {
  bump(counters().votes, { 'aimon.answer.source': attributes.source, 'aimon.model.slot': attributes.slot, 'aimon.feedback.kind': attributes.kind, 'aimon.feedback.value': attributes.value });
}

/** Registers the gauges' source of figures (once, from quality.ts) and remembers each computed value. */
export function rememberQuality(quality: GroundingQuality, refresh: () => void): void {
  const c = counters();
  c.last = quality;
  c.refresh = refresh;
}

/** Starts the instruments (so /metrics lists them before the first vote). */
export function registerFeedbackMetrics(refresh: () => void): void {
  counters().refresh ??= refresh;
}
