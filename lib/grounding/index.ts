import 'server-only';
import { getFleet } from '@/lib/fleet';
import { checkAnswer, type CheckInput } from './check-answer';
import { fleetFacts } from './fleet-facts';
import type { GroundingResult } from './types';

export { checkAnswer } from './check-answer';
export type { CheckInput } from './check-answer';
export { fleetFacts, KNOWN_ENDPOINTS } from './fleet-facts';
export { evaluate } from './evaluate';
export { labelledFigures, readPrecomputedFigures } from './labelled-sets';
export { judgeAnswer, judgeSettings, parseJudgeReply, registerJudgeMetrics } from './judge';
export type { JudgeOutcome } from './judge';
export type { LabelledFigures } from './types';
export type * from './types';

/** Checks an answer against this turn's tool results and the fleet as it is now. */
export async function checkGrounding(input: CheckInput): Promise<GroundingResult> {
  const { services } = await getFleet().services();
  return checkAnswer(input, fleetFacts(services));
}
