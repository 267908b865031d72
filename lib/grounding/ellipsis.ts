import { mentionsOf } from './subjects';
import { NUMBER } from './text';

/**
 * An answer that only names services leaves its claim in the question:
 * "Which services still have two replicas?" → "Two: ai-agent and
 * mcp-server." claims "ai-agent and mcp-server still have two replicas".
 * This rebuilds that sentence so the claim modules can read it; findings on
 * it point at the names in the answer.
 */
export interface Ellipsis {
  /** The claim as a full sentence: the answer's names, then the question's predicate. */
  sentence: string;
  /** The answer's words it stands for, and where they start. */
  span: string;
  start: number;
}

const WHICH = /^\s*(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:which|what)\s+(?:(?:two|three|\d+)\s+)?(?:services?|model servers?|one|ones|of them|of the services|component|components)?\s*(.+?)\s*\?\s*$/i;
const WHO = /^\s*(?:and\s+|so\s+)?who\s+(.+?)\s*\?\s*$/i;
/** "What's downstream of X?", "What depends on X?": the services that depend on X. */
const DOWNSTREAM = /^\s*what(?:['’]s| is| are)?\s+(?:downstream of|depend(?:s|ing)? on|relies on|relying on|calls|uses)\s+([\w-]+)\s*\?\s*$/i;
// ("It's model-b, creeping toward its limit", "That would be redis": the names after an "it is" that only points at the answer.)
const LEAD = new RegExp(`^\\s*(?:(?:it|that)(?:['’]s|\\s+is|\\s+would be|\\s+will be)\\s+|the (?:one|answer) is\\s+)?(?:(?:only|just|exactly)\\s+)?(?:(?:${NUMBER})(?:\\s+(?:services?|of them))?\\s*[:—–-]\\s*|(?:only|just)\\s+)?`, 'i');

/** "What does X depend on?", "What does X need?": the services X depends on. */
const UPSTREAM = /^\s*(?:and\s+|so\s+)?what(?:\s+services?)?\s+(?:does|do)\s+([\w-]+)\s+(?:depend on|rely on|lean on|need|use|call|talk to)\s*\?\s*$/i;
/** An answer that gives some of the list, not all of it. */
const PARTIAL = /\b(?:among others|for example|e\.g\.|including|such as|mainly|mostly|chiefly|and (?:more|others)|etc\.?|amongst)\b/i;

export function questionEllipsis(question: string, answer: string, names: readonly string[]): Ellipsis | undefined {
  if (!question.trim()) return undefined;
  const upstream = UPSTREAM.exec(question);
  const owner = upstream ? mentionsOf(upstream[1]!, names)[0]?.service : undefined;
  if (owner) {
    // "Just postgres." answers with the whole list: X depends on those, and only those.
    const list = namesFirst(answer, names);
    if (!list || list.services.includes(owner)) return undefined;
    const first = /^[^.;\n]*/.exec(answer)![0];
    // ("postgres (redis too, for sessions)" names more than its list; "among others" says there are more.)
    const whole = !PARTIAL.test(first) && mentionsOf(first, names).every((m) => list.services.includes(m.service));
    return { sentence: `${owner} depends on ${joined(list.services)}${whole ? ' only' : ''}.`, span: list.span, start: list.start };
  }
  const downstream = DOWNSTREAM.exec(question);
  let predicate = downstream ? `depend on ${downstream[1]}` : (WHICH.exec(question)?.[1] ?? WHO.exec(question)?.[1]);
  if (!predicate) return undefined;
  // "Which is busier, redis or postgres?": the choices are not part of the claim.
  predicate = predicate.replace(/,\s*(?:[\w-]+\s*,\s*)*[\w-]+\s+or\s+[\w-]+\s*$/i, '').trim();
  // A question about something other than services ("which version…", "which endpoint…") has no service list for an answer.
  if (!/^(?:is|are|has|have|had|was|were|still|runs?|run|uses?|use|needs?|need|depends?|depend|relies|rely|calls?|sits?|looks?|seems?|gets?|takes?|handles?|serves?|fails?|shows?|reports?|restarted|got|went|can|did|does|do)\b/i.test(predicate)) return undefined;
  const list = namesFirst(answer, names);
  if (!list) return undefined;
  const { services } = list;
  const plural = services.length > 1;
  const verb = predicate.replace(/^(has|is|does|depends|relies|runs|uses|needs|calls)\b/i, (w) => (plural ? ({ has: 'have', is: 'are', does: 'do', depends: 'depend', relies: 'rely', runs: 'run', uses: 'use', needs: 'need', calls: 'call' } as Record<string, string>)[w.toLowerCase()]! : w));
  return { sentence: `${joined(services)} ${verb}.`, span: list.span, start: list.start };
}

function joined(services: string[]): string {
  return services.length > 1 ? `${services.slice(0, -1).join(', ')} and ${services.at(-1)}` : services[0]!;
}

/** The names an answer opens with, when its first sentence is an optional count ("Two:", "Just") and names only. */
function namesFirst(answer: string, names: readonly string[]): { services: string[]; span: string; start: number } | undefined {
  const first = /^[^.;\n]*/.exec(answer)![0];
  const lead = LEAD.exec(first)![0];
  const body = first.slice(lead.length);
  // Names and separators up to the first other word: "ai-agent and mcp-server", "postgres, at about 41 hours" → "postgres".
  let listEnd = '';
  for (const m of body.matchAll(/(\s*(?:,|and\b|&|or\b)?\s*\**`?)([\w-]+)(`?\**)/gy)) {
    if (!mentionsOf(m[2]!, names).length) break;
    listEnd += m[0];
  }
  const listed = mentionsOf(listEnd, names);
  if (!listed.length) return undefined;
  const tail = body.slice(listEnd.length);
  if (tail.trim() && !/^\s*(?:,|—|–|-|\(|:)/.test(tail)) return undefined;
  const services = [...new Set(listed.map((m) => m.service))];
  return { services, span: listEnd.trim(), start: lead.length + (listEnd.length - listEnd.trimStart().length) };
}
