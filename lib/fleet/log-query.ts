/**
 * `since` for log filters: an ISO timestamp, or a look-back such as `90s`,
 * `15m` or `2h`. Returns undefined when the text is neither.
 */
export function parseSince(text: string, now: number): Date | undefined {
  const relative = /^(\d{1,6})([smh])$/.exec(text.trim());
  if (relative) {
    const unit = { s: 1_000, m: 60_000, h: 3_600_000 }[relative[2] as 's' | 'm' | 'h'];
    return new Date(now - Number(relative[1]) * unit);
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export const SINCE_HELP = 'an ISO 8601 timestamp or a look-back like 90s, 15m, 2h';
