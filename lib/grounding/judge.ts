import { generateText } from 'ai';
import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { getFleet } from '@/lib/fleet';
import { getJudgeModel } from '@/lib/models';
import { processSingleton } from '@/lib/runtime';
import { logger, observeCounter, withSpan, type Observation } from '@/lib/telemetry';
import type { CheckInput } from './check-answer';
import type { GroundingResult, GroundingVerdict } from './types';

/**
 * The optional second opinion on an answer: an LLM reads the question, the
 * answer, the turn's tool results and the fleet's state, and gives its own
 * verdict. The rules' verdict stays the answer's verdict (it is repeatable and
 * measured); the judge's goes beside it (`GroundingResult.judge`) and is
 * counted against the rules (agree or not) and against users' votes.
 * Off unless GROUNDING_JUDGE_MODEL is set; a judge that fails or is slow
 * leaves the answer with the rules' verdict alone, never an error.
 */

/** What is stored per answer: the judge's verdict, or `failed` (it was asked and gave none). */
export type JudgeOutcome = GroundingVerdict | 'failed';

/** Bounds what one verdict costs in tokens: tool results and the fleet are cut to these many characters. */
const TOOL_RESULTS_MAX_CHARS = 12_000;
const FLEET_MAX_CHARS = 6_000;
const REASON_MAX_CHARS = 400;

const SYSTEM_PROMPT = `You check answers of an AI assistant about a fleet of software services for hallucinations.
You get the user's question, the assistant's answer, the results of the tools the assistant called for this answer,
and the fleet's current state. The tool results are what the assistant saw: they win over the fleet's state.
Decide one verdict:
- "hallucination": the answer states something the facts contradict, names a service, tool, endpoint or version
  that does not exist, claims an action (restart, rollback, scaling, cache flush) that no successful tool call did,
  or confidently answers a question the facts cannot answer (history, causes, people, costs, the future).
- "unverified": nothing contradicts it, but some claims cannot be checked against the facts.
- "grounded": every claim that can be checked agrees with the facts (refusals and "I don't know" are grounded).
Reply with one JSON object and nothing else: {"verdict": "grounded" | "unverified" | "hallucination", "reason": "<one sentence>"}`;

const replySchema = z.object({
  verdict: z.enum(['grounded', 'unverified', 'hallucination']),
  reason: z.string().optional().default(''),
});

function cut(value: unknown, max: number): string {
  const text = JSON.stringify(value ?? null);
  return text.length > max ? `${text.slice(0, max)}… (cut at ${max} characters)` : text;
}

/** The first JSON object in the reply (models like to wrap it in prose or a code fence). */
export function parseJudgeReply(text: string): { verdict: GroundingVerdict; reason: string } | undefined {
  const match = /\{[\s\S]*\}/.exec(text);
  if (!match) return undefined;
  try {
    const parsed = replySchema.safeParse(JSON.parse(match[0]));
    if (!parsed.success) return undefined;
    return { verdict: parsed.data.verdict, reason: parsed.data.reason.trim().slice(0, REASON_MAX_CHARS) };
  } catch {
    return undefined;
  }
}

interface JudgeCounters {
  checks: Map<string, Observation>;
}

/** Per answering model and outcome, for /metrics: agree | disagree | failed. */
function judgeCounters(): JudgeCounters {
  return processSingleton('grounding-judge-metrics', () => {
    const c: JudgeCounters = { checks: new Map() };
    observeCounter('aimon.grounding.judge.checks', 'Answers the LLM judge gave a second opinion on, by the answering model slot and outcome (agree | disagree | failed with the rules)', () => [...c.checks.values()]);
    return c;
  });
}

function count(slot: string, outcome: 'agree' | 'disagree' | 'failed'): void {
  const map = judgeCounters().checks;
  const key = `${slot}:${outcome}`;
  const entry = map.get(key) ?? { value: 0, attributes: { 'aimon.model.slot': slot, 'aimon.judge.outcome': outcome } };
  entry.value += 1;
  map.set(key, entry);
}

/** Starts the judge's counter (so /metrics lists it before the first verdict). */
export function registerJudgeMetrics(): void {
  judgeCounters();
}

/** Whether a judge is configured, and how the pages name it. */
export function judgeSettings(): { label: string } | undefined {
  const judge = getConfig().grounding.judge;
  if (!judge) return undefined;
  return { label: judge.kind === 'slot' ? `Model ${judge.slot}` : judge.model };
}

/**
 * Asks the judge about one answer the rules have checked. Returns the rules'
 * result with the judge's verdict beside it, and the outcome to store; without
 * a judge, the rules' result as it is and no outcome.
 */
export async function judgeAnswer(input: CheckInput, rules: GroundingResult, answeringSlot: string): Promise<{ grounding: GroundingResult; judgeVerdict?: JudgeOutcome }> {
  const config = getConfig().grounding.judge;
  if (!config) return { grounding: rules };
  try {
    const judge = getJudgeModel()!;
    const verdict = await withSpan('grounding.judge', { 'aimon.model.slot': answeringSlot, 'aimon.judge.model': judge.label }, async () => {
      const { services } = await getFleet().services();
      const { text } = await generateText({
        model: judge.model,
        system: SYSTEM_PROMPT,
        prompt: [
          `Question: ${input.question ?? '(none given)'}`,
          `Answer: ${input.answer}`,
          `Tool results of this turn: ${cut(input.toolResults ?? [], TOOL_RESULTS_MAX_CHARS)}`,
          `Fleet state now: ${cut(services, FLEET_MAX_CHARS)}`,
        ].join('\n\n'),
        temperature: 0,
        maxOutputTokens: 300,
        maxRetries: Math.min(1, getConfig().models.maxRetries),
        abortSignal: AbortSignal.timeout(config.timeoutMs),
      });
      const parsed = parseJudgeReply(text);
      if (!parsed) throw new Error(`the judge's reply is not a verdict: ${text.slice(0, 80)}`);
      return parsed;
    });
    const agree = (verdict.verdict === 'hallucination') === (rules.verdict === 'hallucination');
    count(answeringSlot, agree ? 'agree' : 'disagree');
    return { grounding: { ...rules, judge: { model: judge.label, verdict: verdict.verdict, reason: verdict.reason } }, judgeVerdict: verdict.verdict };
  } catch (error) {
    count(answeringSlot, 'failed');
    // The error's name and message only: a provider's error object can carry request headers.
    logger.warn({ errorType: (error as Error)?.name, error: (error as Error)?.message?.slice(0, 200) }, 'grounding judge failed; the answer keeps the rules\u2019 verdict');
    return { grounding: rules, judgeVerdict: 'failed' };
  }
}
