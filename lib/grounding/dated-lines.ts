/**
 * Timeline lines dated before the turn's latest reading ("13:59:50 — redis healthy", "14:00:20 — snapshot:
 * model-a stopped" when the list that shows it running was read at 14:01:10): they tell how things were then,
 * not how they are, so what they say of a state is not held to the latest one.
 */

/** The time of day (seconds) that opens the answer's line holding `at`, if one does. */
export function lineClock(answer: string, at: number): number | undefined {
  const line = answer.slice(answer.lastIndexOf('\n', at - 1) + 1);
  const m = /^[\s*_>•+-]*(?:\*\*)?(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\b/i.exec(line);
  if (!m) return undefined;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** Seconds since midnight (UTC) of an epoch time in ms. */
export const secondsOfDay = (ms: number) => Math.floor((ms % 86_400_000) / 1000);

/** Whether the answer's line holding `at` is dated earlier than `latest` (an epoch time in ms, the turn's latest reading). */
export function datedBefore(answer: string, at: number, latest: number | undefined): boolean {
  if (latest === undefined || !Number.isFinite(latest)) return false;
  const clock = lineClock(answer, at);
  return clock !== undefined && clock < secondsOfDay(latest);
}
