import { tidy, type Claim, type ClaimModule } from './claim';
import type { MetricKey } from './quantities';

/**
 * Places below the top of a ranking: "the second most memory is used by
 * postgres", "model-b is the busiest, followed by postgres", "redis has the
 * third-highest latency". The top itself is a superlative (figures). Each is
 * checked against every service's figure now: the turn's tools where they
 * read it, the fleet's own for the rest. A ranking within a group ("of the
 * two", "among the model servers") is left alone: its members are a guess.
 */
interface RankClaim extends Claim {
  relation: 'rank';
  /** 2 for second, 3 for third. */
  value: number;
  metric: MetricKey;
  /** Ranked from the largest figure (most, highest, slowest) or from the smallest. */
  largest: boolean;
}

const ORDINAL: Record<string, number> = { second: 2, third: 3, fourth: 4 };
const MOST = 'most|highest|largest|biggest|busiest|slowest|heaviest|longest';
const LEAST = 'least|lowest|smallest|fewest|quietest|fastest|lightest|shortest';
const ORDINAL_RE = new RegExp(`\\b(second|third|fourth)[- ](${MOST}|${LEAST})\\b`, 'gi');
const FOLLOWED_RE = /\b(?:followed (?:closely )?by|trailed by|then comes|next (?:comes|is)|with|and then)\s+/gi;
const TOP_RE = new RegExp(`\\b(?:the\\s+)?(${MOST}|${LEAST})\\b`, 'i');
/** A ranking inside a group, not over the fleet. */
const GROUP = /\b(?:of the (?:two|three|four|\d)|among|between|of (?:these|those|them)|out of (?:the )?(?:two|three|\d)|except|other than|excluding|apart from|model servers?|degraded (?:ones|services)|if|would|could)\b/i;

function metricOf(text: string): MetricKey | undefined {
  if (/\bcpu\b/i.test(text)) return 'cpuPct';
  if (/\bmemory|\bram\b/i.test(text)) return 'memoryMb';
  if (/\berror/i.test(text)) return 'errorRate';
  if (/\buptime\b/i.test(text)) return 'uptimeSec';
  if (/\breplicas?\b/i.test(text)) return 'replicas';
  if (/\blatenc|slow|fast|response time/i.test(text)) return 'latencyMs';
  if (/\brequests|traffic|throughput|busy|busi/i.test(text)) return 'requestsPerSec';
  return undefined;
}

export const rankings: ClaimModule<RankClaim> = {
  name: 'rankings',
  extract({ doc, question }) {
    const claims: RankClaim[] = [];
    for (const unit of doc.units) {
      const text = unit.text;
      if (unit.kind === 'code' || /\?\s*$/.test(text) || GROUP.test(text) || GROUP.test(question)) continue;
      // The metric is the sentence's, else the question's ("Who uses the most memory?" → "… second, postgres").
      const metricHere = (words: string) => metricOf(words) ?? metricOf(question);
      for (const m of text.matchAll(ORDINAL_RE)) {
        const who = unit.mentions.find((x) => x.start >= m.index! + m[0].length) ?? unit.mentions.filter((x) => x.end <= m.index!).at(-1);
        const metric = metricHere(text.slice(m.index!, m.index! + m[0].length + 30)) ?? metricHere(m[2]!);
        if (!who || !metric) continue;
        claims.push({ subjects: [who.service], relation: 'rank', value: ORDINAL[m[1]!.toLowerCase()]!, metric, largest: new RegExp(`^(?:${MOST})$`, 'i').test(m[2]!), polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "model-b is the busiest at 67.7 %, followed by postgres": the one after the top is second.
      const top = TOP_RE.exec(text);
      if (!top) continue;
      for (const m of text.matchAll(FOLLOWED_RE)) {
        if (m.index! < top.index + top[0].length || (/^with$/i.test(m[0].trim()) && !/,\s*$/.test(text.slice(0, m.index!)))) continue;
        const next = unit.mentions.find((x) => x.start === m.index! + m[0].length);
        const first = unit.mentions.find((x) => x.end <= m.index!);
        const metric = metricHere(text);
        if (!next || !first || next.service === first.service || !metric) continue;
        claims.push({ subjects: [next.service], relation: 'rank', value: 2, metric, largest: new RegExp(`^(?:${MOST})$`, 'i').test(top[1]!), polarity: true, ...tidy(text.slice(m.index!, next.end), unit.start + m.index!) });
        break;
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const s = claim.subjects[0]!;
    const values = facts.names.map((n) => [n, facts.rankingFigure(n, claim.metric)] as const);
    if (values.some(([, v]) => v === undefined)) return undefined;
    const sorted = [...values].sort((a, b) => (claim.largest ? b[1]! - a[1]! : a[1]! - b[1]!));
    const mine = values.find(([n]) => n === s)![1]!;
    const at = sorted[claim.value - 1];
    // A tie with the place's holder is that place too.
    if (!at || at[0] === s || at[1] === mine) return undefined;
    const place = ['', 'first', 'second', 'third', 'fourth'][claim.value];
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Puts ${s} ${place} by ${claim.metric}; it is ${sorted.findIndex(([n]) => n === s) + 1}${['th', 'st', 'nd', 'rd'][sorted.findIndex(([n]) => n === s) + 1] ?? 'th'}.`, fact: sorted.slice(0, Math.max(claim.value, 3)).map(([n, v]) => `${n} ${v}`).join(', ') + ` (${claim.metric}; the tools this turn, the fleet for the rest).` };
  },
};
