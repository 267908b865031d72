import { tidy, type Claim, type ClaimModule } from './claim';
import { isHealthy } from './facts';
import { mentionsOf } from './subjects';
import { cachedRegExp, NUMBER, parseNumber } from './text';

/**
 * Who depends on whom: "web-ui depends on postgres", "redis has no
 * dependencies", "X relies on just two services", "nothing depends on
 * load-generator", "three services depend on redis", "all of web-ui's
 * dependencies are healthy". Dependencies do not change at run time, so the
 * fleet's inventory (or check_dependencies) is the fact.
 */
interface RelationClaim extends Claim {
  relation: 'depends_on' | 'depends_only_on' | 'dependency_count' | 'dependent_count' | 'dependents_are' | 'dependents_within' | 'dependencies_status' | 'cannot_reach' | 'reaches' | 'only_without_dependencies';
  value: string[] | number | string;
}

const VERB = '(?:depends|depend|relies|rely|leans|lean|is built|sits|runs)\\s+(?:only\\s+|just\\s+|solely\\s+|directly\\s+|entirely\\s+|mainly\\s+|heavily\\s+)?on|needs|need|talks to|talk to|calls|call|requires|require|connects to|connect to|reads from|read from|writes to|write to|is backed by|uses|use|goes through|go through|routes through|route through';
const ONLY = /\b(only|just|solely|exclusively|nothing but|nothing except)\b/i;

function clauseEnd(text: string): string {
  // (A dash starts another clause: "doesn't use redis directly — its dependencies are …".)
  return text.split(/[;(]|\s[—–]\s|\s-\s|\bbut\b|\bbecause\b|\bsince\b|\bwhile\b|\bso\b|\bwhich\b|\bwhereas\b|\band (?:it|its|is|has|both|they)\b|\bthat (?:is|are)\b|\.\s/i)[0]!;
}


// Built once (the parts are constants); used per unit of every answer.
const REVERSE_RE = new RegExp(`\\b(nothing|no (?:other )?(?:service|services|one|component)|none of the (?:other )?services|no services?|(?:only |just |exactly )?(${NUMBER})\\s+(?:other\\s+)?services?)\\s+(?:else\\s+|at all\\s+|currently\\s+|directly\\s+)?(?:depends?|relies|rely|leans?|needs?|calls?|uses?)\\s+on\\s+([\\w-]+)|\\b([\\w-]+)\\s+(?:is|has)\\s+(?:a dependency of|used by|needed by|relied on by|called by|depended on by|no dependents|(${NUMBER})\\s+dependents)\\b([^.;]*)`, 'gi');
const VERB_RE = new RegExp(`\\b(${VERB})\\b`, 'gi');
const COUNTED_RE = new RegExp(`^\\s*(?:only |just |exactly )?(?:${NUMBER})\\s+(?:other\\s+)?services?\\b`, 'i');
const COUNT_RE = new RegExp(`^\\s*(?:only |just |exactly |on |solely )*(${NUMBER}|no)\\s+(?:other\\s+|upstream\\s+|direct\\s+)?(?:services?|dependenc(?:y|ies)|components?|others)\\b`, 'i');
const HAS_N_DEPS_RE = new RegExp(`\\b(?:([\\w-]+)|it|its)\\s+has\\s+(no|zero|(${NUMBER}))\\s+(?:direct\\s+|upstream\\s+)?dependenc(?:y|ies)\\b`, 'gi');
const ELLIPSIS_RE = /\b(?:and\s+|but\s+)?(neither|nor|so|as)\s+(?:does|do|is|can)\s+([\w-]+)|\b([\w-]+)\s+(?:does|do)\s+(?:too|as well|also)\b/gi;
export const relations: ClaimModule<RelationClaim> = {
  name: 'relations',
  extract({ doc, facts, question }) {
    const claims: RelationClaim[] = [];
    const names = facts.names;
    const names0 = names;
    let previousStart = 0;
    // "Which connection did ai-agent lose?" → "Its connection to model-b; …": an answer that opens on the connection takes the question's verb and subject.
    const asked = /\b(?:which|what)\s+(?:connection|link|dependency|upstream)s?\b[^?]*\b(?:lose|lost|drop(?:ped)?|can(?:no|['’])?t reach|cannot reach|fail(?:ed|s|ing)? to reach)\b/i.test(question ?? '') ? mentionsOf(question ?? '', names) : [];
    const opening = doc.units[0] && /^[\s*_>-]*(?:its|the|their)\s+(?:connection|link)s?\s+(?:to|with)\s+([\w-]+)/i.exec(doc.units[0].text);
    if (asked.length === 1 && opening) {
      const y = mentionsOf(opening[1]!, names)[0]?.service;
      if (y && y !== asked[0]!.service) claims.push({ subjects: [asked[0]!.service], relation: 'cannot_reach', value: y, polarity: true, ...tidy(opening[0].trim(), doc.units[0]!.start + opening.index! + opening[0].length - opening[0].trimStart().length) });
    }
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      const mentions = unit.mentions;
      // An ellipsis ("nor does X") can take its relation from the sentence before ("…; nor does X").
      const unitIndex = doc.units.indexOf(unit);
      previousStart = unitIndex > 0 && cachedRegExp(ELLIPSIS_RE.source, 'i').test(text) ? doc.units[unitIndex - 1]!.start : unit.start;
      const taken: number[] = [];
      const push = (c: RelationClaim) => {
        claims.push(c);
        taken.push(c.start);
      };

      // Reverse direction first: "nothing depends on X", "two services depend on X", "only Y depends on X".
      const reverse = REVERSE_RE;
      for (const m of text.matchAll(reverse)) {
        if (m[4]) {
          const x = mentionsOf(m[4], names)[0]?.service;
          if (!x) continue;
          if (/no dependents/i.test(m[0])) push({ subjects: [x], relation: 'dependent_count', value: 0, polarity: true, ...tidy(m[0], unit.start + m.index!) });
          else if (m[5]) push({ subjects: [x], relation: 'dependent_count', value: parseNumber(m[5]), polarity: true, ...tidy(m[0], unit.start + m.index!) });
          else {
            const users = [...new Set(mentionsOf(clauseEnd(m[6] ?? ''), names).map((y) => y.service))];
            if (users.length) push({ subjects: [x], relation: 'dependents_are', value: users, polarity: !/\bnot\b/i.test(m[0]), ...tidy(m[0], unit.start + m.index!) });
          }
          continue;
        }
        const x = mentionsOf(m[3]!, names)[0]?.service;
        if (!x) continue;
        // ("Two of the eight services depend on redis": the count is the part, "the eight" the whole fleet.)
        const part = m[2] ? cachedRegExp(`\\b(${NUMBER})\\s+of\\s+(?:the\\s+|our\\s+|all\\s+)?$`, 'i').exec(text.slice(Math.max(0, m.index! - 30), m.index!)) : null;
        const n = /^(nothing|no |none)/i.test(m[1]!) ? 0 : parseNumber(part?.[1] ?? m[2] ?? '');
        if (!Number.isFinite(n)) continue;
        // "No other service depends on model-a" (after naming ai-agent): none besides the ones the answer has named.
        // "Nothing depends on postgres except mcp-server and web-ui": the exception after it names the dependents, and only those.
        const except = n === 0 ? /^\s*,?\s*(?:except(?: for)?|but|other than|apart from|besides|save(?: for)?|bar)\s+((?:(?:the\s+)?[\w-]+\s*(?:,|and|&)\s*)*(?:the\s+)?[\w-]+)/i.exec(text.slice(m.index! + m[0].length)) : null;
        if (except) {
          const users = [...new Set(mentionsOf(except[1]!, names).map((y) => y.service))];
          if (users.length) push({ subjects: [x], relation: 'dependents_are', value: users, polarity: true, ...tidy(m[0] + except[0], unit.start + m.index!) });
          continue;
        }
        if (n === 0 && /\b(other|else)\b/i.test(m[0])) {
          const named = [...new Set([...doc.units.slice(0, doc.units.indexOf(unit)).flatMap((u) => u.mentions.map((y) => y.service)), ...mentions.filter((y) => y.end <= m.index!).map((y) => y.service)])].filter((y) => y !== x);
          push({ subjects: [x], relation: 'dependents_within', value: named, polarity: true, ...tidy(m[0], unit.start + m.index!) });
          continue;
        }
        push({ subjects: [x], relation: 'dependent_count', value: n, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }

      // "X depends on Y and Z", "it relies on just two services", "X has no dependencies".
      for (const m of text.matchAll(VERB_RE)) {
        if (taken.some((t) => t <= unit.start + m.index! && t + 60 > unit.start + m.index!)) continue;
        const verbAt = m.index!;
        const before = text.slice(0, verbAt);
        // "model-b, which depends on ai-agent": a relative clause after a name says the relation of that name.
        const relClause = /,\s*(?:which|who|that)\s+(?:also\s+|itself\s+|in turn\s+|directly\s+)?$/i.exec(before);
        // ("A, B and C, which all go through X": the relative clause speaks for the whole list before it.)
        const relList = /,\s*(?:which|who|that)\s+(?:all|both|each)\s+(?:also\s+|directly\s+)?$/i.exec(before);
        const relOwner = relClause ? mentions.filter((x) => x.end <= relClause.index).at(-1) : undefined;
        const relSubject = relOwner && /^[\s*`'’)]*$/.test(text.slice(relOwner.end, relClause!.index)) ? relOwner.service : undefined;
        if (!relSubject && !relList && /\b(what|which|who|whether|if)\b[^,]*$/i.test(before)) continue;
        // "needs", "uses", "calls" name a dependency only when a service follows right away.
        if (/^(uses|use|calls|call|needs|need|requires|require|goes through|go through|routes through|route through)$/i.test(m[1]!)) {
          const first = mentionsOf(text.slice(verbAt + m[0].length, verbAt + m[0].length + 16), names)[0];
          const counted = COUNTED_RE.test(text.slice(verbAt + m[0].length));
          if ((!first || first.start > 6) && !counted) continue;
        }
        let negated = /\b(not|\w*n['’]t|never|no longer)\s*(\w+\s*)?$/i.test(before);
        const owners = mentions.filter((x) => x.end <= verbAt);
        let subjects: string[];
        const last = owners.at(-1);
        // "the two that depend on it: ai-agent and web-ui", "those which rely on redis — A, B": the relative clause's subject is
        // the names listed after its object, who depend on that object (not the other way round).
        const relative = /\b(?:that|which|who)\s+(?:all\s+|both\s+|also\s+|still\s+|directly\s+|actually\s+)?$/i.exec(before);
        if (relative && !relSubject && (!last || /\b(?:the|those|ones?|services?|others?|two|three|four|both|all|any|each|every)\b/i.test(text.slice(last.end, relative.index)))) {
          if (negated) continue;
          const after = text.slice(verbAt + m[0].length);
          const object = /^\s*(?:it|them)\b/i.exec(after);
          const named = mentionsOf(after.slice(0, 24), names)[0];
          const x = object ? (unit.lead.length === 1 ? unit.lead[0] : undefined) : named && /^\s*(?:the\s+)?$/i.test(after.slice(0, named.start)) ? named.service : undefined;
          const objectEnd = object ? object[0].length : named ? named.end : 0;
          const list = /^\s*(?:[:—–(]|,\s*(?:namely|i\.e\.)?|\s-\s)\s*([^;.]*)/.exec(after.slice(objectEnd));
          const listed = list ? list[1]!.replace(/\([^)]*\)/g, ' ').split(/,\s*(?:both|all|each|which|who|and (?:both|all|they))\b|\s[—–-]\s/i)[0]! : '';
          const users = [...new Set(mentionsOf(listed, names).map((y) => y.service))].filter((y) => y !== x);
          if (x && users.length) push({ subjects: [x], relation: 'dependents_are', value: users, polarity: true, ...tidy(text.slice(relative.index, verbAt + m[0].length + objectEnd + (list ? list.index + list[0].length : 0)), unit.start + relative.index) });
          continue;
        }
        if (last && (relList ? /^[\s*`'’]*$/.test(text.slice(last.end, relList.index)) : /^[\s*`'’s]*(?:(?:all|both|each)\s+)?(?:directly\s+|also\s+|itself\s+|still\s+|only\s+|just\s+|does(?:n['’]t| not)\s+|do(?:n['’]t| not)\s+)?$/i.test(text.slice(last.end, verbAt)))) {
          // "web-ui and redis depend on …": every name joined to the one before the verb.
          subjects = [last.service];
          for (let i = owners.length - 2; i >= 0; i--) {
            if (/^[\s,*`]*(and|&|,|or|nor)?[\s,*`]*(both\s*)?$/i.test(text.slice(owners[i]!.end, owners[i + 1]!.start).replace(/\([^()]*\)/g, ' '))) subjects.unshift(owners[i]!.service);
            else break;
          }
          // "Neither model-a nor model-b uses …", "none of web-ui, redis depends on …": the subjects' own word denies the relation.
          if (!negated && /\b(?:neither|none of|not one of|no one of)\s*[*`]*$/i.test(text.slice(Math.max(0, owners.find((o) => o.service === subjects[0])!.start - 16), owners.find((o) => o.service === subjects[0])!.start))) negated = true;
        } else if (relSubject) subjects = [relSubject];
        else if (!owners.length || /\b(it|its|they|both|the latter|the former)\s*(\w+\s*)?$/i.test(before)) subjects = unit.lead;
        else continue;
        if (!subjects.length) continue;
        const rest = clauseEnd(text.slice(verbAt + m[0].length));
        // "depends on ai-agent and postgres only", "… and nothing else": the list is the whole list.
        const only = ONLY.test(m[0]) || ONLY.test(rest.slice(0, 12)) || (!!last && ONLY.test(text.slice(last.end, verbAt))) || /\b(?:only|alone|and nothing else|and no others?)\s*[.!]?\s*$/i.test(rest);
        const count = COUNT_RE.exec(rest);
        const span = tidy(text.slice(verbAt, verbAt + m[0].length + rest.length), unit.start + verbAt);
        if (count) {
          push({ subjects, relation: 'dependency_count', value: /^no$/i.test(count[1]!) ? 0 : parseNumber(count[1]!), polarity: !negated, ...span });
          // "calls four services: A, B, C and D": the list after the count is the whole list.
          // (The list runs to the end of the sentence, past an aside on one of its names: "postgres, which is fine, and redis".)
          const sentence = text.slice(verbAt + m[0].length).split(/[;]|\.(?:\s|$)/)[0]!;
          const listed = /^[^:]*:\s*([^.;]+)/.exec(rest.includes(':') ? sentence.replace(/,\s*(?:which|who|that)\b[^,]*(?:,|$)/gi, ',') : rest);
          const names = listed ? [...new Set(mentionsOf(listed[1]!, names0).map((x) => x.service))] : [];
          if (names.length && !negated) push({ subjects, relation: 'depends_only_on', value: names, polarity: true, ...tidy(listed![1]!, unit.start + verbAt + m[0].length + rest.indexOf(listed![1]!)) });
          continue;
        }
        if (/^\s*(nothing|no one|no other service|none)\b/i.test(rest)) {
          push({ subjects, relation: 'dependency_count', value: 0, polarity: !negated, ...span });
          continue;
        }
        const deps = [...new Set(mentionsOf(rest, names).map((x) => x.service))].filter((d) => !subjects.includes(d));
        if (!deps.length) continue;
        const restStart = verbAt + m[0].length;
        // "depends on A and B, not on redis", "on A but not B": a name after its own "not" is denied, whatever the list says.
        const deniedHere = (at: number) => /(?:\bnot|\bnor|n['’]t|\bnever|\bexcept(?: for)?|\bother than|\brather than|\binstead of|\bbut not)\s+(?:on\s+|to\s+|directly\s+|even\s+)*(?:the\s+)?$/i.test(rest.slice(Math.max(0, at - 24), at));
        const said: string[] = [];
        for (const dep of deps) {
          const at = mentionsOf(rest, names).find((x) => x.service === dep)!;
          const denied = deniedHere(at.start);
          if (!denied) said.push(dep);
          push({ subjects, relation: 'depends_on', value: dep, polarity: denied ? false : !negated, span: text.slice(restStart + at.start, restStart + at.end), start: unit.start + restStart + at.start });
        }
        if (only && !negated && said.length) push({ subjects, relation: 'depends_only_on', value: said, polarity: true, ...span });
      }

      // "X has no dependencies", "X has three dependencies", "X's dependencies are Y and Z", "the dependencies of X are all healthy".
      // "Only postgres and redis have no dependencies", "model-a and model-b have none of their own": the listed ones, each (and, with "only", no others).
      for (const m of text.matchAll(/\b(only\s+|just\s+)?((?:[\w-]+\s*(?:,|and|&)\s*)+[\w-]+)\s+(?:have|has)\s+no\s+(?:direct\s+|upstream\s+)?dependenc(?:y|ies)(?:\s+of their own)?\b/gi)) {
        const listed = [...new Set(mentionsOf(m[2]!, names).map((x) => x.service))];
        if (listed.length < 2) continue;
        for (const x of listed) push({ subjects: [x], relation: 'dependency_count', value: 0, polarity: true, ...tidy(m[0], unit.start + m.index!) });
        if (m[1]) push({ subjects: listed, relation: 'only_without_dependencies', value: listed, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      for (const m of text.matchAll(HAS_N_DEPS_RE)) {
        const x = m[1] ? mentionsOf(m[1], names)[0]?.service : unit.lead[0];
        if (!x) continue;
        push({ subjects: [x], relation: 'dependency_count', value: /^(no|zero)$/i.test(m[2]!) ? 0 : parseNumber(m[3]!), polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      for (const m of text.matchAll(/\b(?:(?:the )?dependencies of ([\w-]+)|([\w-]+)['’]s (?:direct )?dependencies|its (?:direct )?dependencies|their dependencies)\s*(?:\(([^)]*)\))?\s*(?:are|:|include|—|-)\s*(all |both |each )?((?:[^.;]|\.(?=\d))*)/gi)) {
        const x = m[1] ? mentionsOf(m[1], names)[0]?.service : m[2] ? mentionsOf(m[2], names)[0]?.service : unit.lead[0];
        if (!x) continue;
        const listed = [...new Set(mentionsOf(`${m[3] ?? ''} ${clauseEnd(m[5]!)}`, names).map((y) => y.service))];
        const statusWords = /^\s*(?:all |both |each |every one )?(?:(?:currently|still|now)\s+)?(healthy|fine|up|running|reachable|ok|okay|green|down|unhealthy|degraded|stopped|unreachable|failing)/i.exec(`${m[4] ?? ''}${m[5]!}`);
        // "its dependencies: postgres is restarting, redis is fine": a report on each one in turn, whose clauses need not all be read as the list.
        const report = /^\s*(?:all |both |each )?(?:\*\*)?[\w-]+(?:\*\*)?\s+(?:is|was|shows|showed|looks|looked|reports|reported|answers|answered|responds|responded|has|had|came|stays|remains|seems)\b/i.test(m[5]!);
        if (listed.length && !report) push({ subjects: [x], relation: 'depends_only_on', value: listed, polarity: true, ...tidy(m[0], unit.start + m.index!) });
        if (statusWords) push({ subjects: [x], relation: 'dependencies_status', value: statusWords[1]!.toLowerCase(), polarity: true, ...tidy(m[0], unit.start + m.index!) });
        else if (listed.length) {
          const after = clauseEnd(m[5]!).replace(/^[^;]*?(?:,\s*(?:all|both|each)|all|both|each)\s+(?:of them\s+)?(?:are\s+|is\s+)?/i, '');
          const st = /^(?:currently\s+)?(healthy|fine|up|running|reachable|ok|okay|down|unhealthy|degraded|stopped|unreachable)/i.exec(after.trim());
          if (st && after !== clauseEnd(m[5]!)) push({ subjects: [x], relation: 'dependencies_status', value: st[1]!.toLowerCase(), polarity: true, ...tidy(m[0], unit.start + m.index!) });
        }
      }
      for (const m of text.matchAll(/\b(?:all|every one|each|none)(?:\s+(?:two|three|four|five|\d))? of ([\w-]+)['’]s (?:\w+\s+)?dependencies (?:are|is)\s+(?:currently\s+|still\s+)?(healthy|fine|up|running|reachable|ok|okay|down|unhealthy|degraded|stopped|unreachable)/gi)) {
        const x = mentionsOf(m[1]!, names)[0]?.service;
        if (x) push({ subjects: [x], relation: 'dependencies_status', value: (/^none/i.test(m[0]) ? 'not-' : '') + m[2]!.toLowerCase(), polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "ai-agent can reach every dependency except redis": the ones named are cut off, every other one is reached.
      for (const m of text.matchAll(/\b(?:can|could)\s+(?:still\s+)?(?:reach|connect to)\s+(?:all|every|each)\s+(?:of\s+)?(?:its\s+|their\s+)?(?:\w+\s+)?dependenc(?:y|ies)\s+(?:except(?: for)?|but|apart from|other than|save)\s+((?:[\w-]+\s*(?:,|and|&)\s*)*[\w-]+)/gi)) {
        const x = mentions.filter((z) => z.end <= m.index!).at(-1)?.service ?? unit.lead[0];
        const cut = [...new Set(mentionsOf(m[1]!, names).map((z) => z.service))];
        if (!x || !cut.length) continue;
        for (const d of facts.dependencies(x) ?? []) {
          if (cut.includes(d)) push({ subjects: [x], relation: 'cannot_reach', value: d, polarity: true, ...tidy(m[0], unit.start + m.index!) });
          else push({ subjects: [x], relation: 'reaches', value: d, polarity: true, ...tidy(m[0], unit.start + m.index!) });
        }
      }
      // "mcp-server lost its connection to redis", "can't reach postgres": which dependency is cut off.
      for (const m of text.matchAll(/\b(lost (?:its |the |a |their )?connections? to|can(?:no|['’])?t reach|cannot (?:reach|connect to)|unable to (?:reach|connect to)|fails? to (?:reach|connect to)|connections? (?:to|towards) (?=[\w-]+ (?:are|is|get|being) refused))\s*([\w-]+)/gi)) {
        if (/\b(not|\w*n['’]t|never)\s+$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!)) && !/can/i.test(m[1]!)) continue;
        const y = mentionsOf(m[2]!, names)[0]?.service;
        if (!y) continue;
        const owners = mentions.filter((x) => x.end <= m.index!);
        const x = owners.at(-1)?.service ?? unit.lead[0];
        if (!x || x === y) continue;
        push({ subjects: [x], relation: 'cannot_reach', value: y, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "model-b is unreachable from ai-agent", "both redis and mcp-server are unreachable from it": the second cannot reach the first ones.
      for (const m of text.matchAll(/\b((?:[\w-]+\s*(?:,|and|&)\s*)*[\w-]+)\s+(?:is|are|was|were|remains?|stays?)\s+(?:still\s+|both\s+|all\s+)?(?:unreachable|unavailable)\s+(?:from|to|for)\s+([\w-]+)/gi)) {
        const x = mentionsOf(m[2]!, names)[0]?.service ?? (/^(it|them)$/i.test(m[2]!) ? unit.lead[0] : undefined);
        for (const y of new Set(mentionsOf(m[1]!, names).map((z) => z.service))) {
          if (x && y !== x) push({ subjects: [x], relation: 'cannot_reach', value: y, polarity: true, ...tidy(m[0], unit.start + m.index!) });
        }
      }
      // "Three of redis's dependants are degraded: ai-agent, mcp-server and web-ui", "its dependents (A and B)": each name given is one of X's dependents.
      for (const m of text.matchAll(/\b(?:(?:[\w-]+\s+of\s+)?(?:the\s+)?)?([\w-]+)['’]s\s+(?:dependants|dependents|consumers|callers|clients|downstream services|downstreams)\b([^.;]*)/gi)) {
        const x = mentionsOf(m[1]!, names)[0]?.service ?? (/^it$/i.test(m[1]!) ? unit.lead[0] : undefined);
        const users = [...new Set(mentionsOf(m[2]!, names).map((y) => y.service))].filter((y) => y !== x);
        if (!x || !users.length || /\b(if|would|could|not|n['’]t|except|besides|other than|apart from|unlike)\b/i.test(m[0])) continue;
        push({ subjects: [x], relation: 'dependents_are', value: users, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "Only ai-agent relies on redis", "just A and B lean on X": those, and only those, depend on X.
      for (const m of text.matchAll(/(?:^|[.;:]\s*|\b(?:and|but)\s+)(?:only|just|solely)\s+((?:[\w-]+\s*(?:,|and|&)\s*)*[\w-]+)\s+(?:depends?|relies|rely|leans?|uses?|calls?|needs?|reads? from|talks? to)(?:\s+on)?\s+([\w-]+)/gi)) {
        const x = mentionsOf(m[2]!, names)[0]?.service;
        const users = [...new Set(mentionsOf(m[1]!, names).map((y) => y.service))];
        if (!x || !users.length || users.includes(x)) continue;
        push({ subjects: [x], relation: 'dependent_count', value: users.length, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "Nothing but mcp-server relies on redis", "no service except A and B uses X": those, and only those, depend on X.
      for (const m of text.matchAll(/\b(?:nothing|no one|no (?:other )?services?|none of the services)\s+(?:but|except(?: for)?|other than|besides|apart from|save)\s+((?:[\w-]+\s*(?:,|and|&)\s*)*[\w-]+)\s+(?:depends?|relies|rely|uses?|calls?|needs?|reads? from|talks? to)(?:\s+on)?\s+([\w-]+)/gi)) {
        const x = mentionsOf(m[2]!, names)[0]?.service;
        const users = [...new Set(mentionsOf(m[1]!, names).map((y) => y.service))];
        if (!x || !users.length) continue;
        push({ subjects: [x], relation: 'dependent_count', value: users.length, polarity: true, ...tidy(m[0], unit.start + m.index!) });
        push({ subjects: [x], relation: 'dependents_are', value: users, polarity: true, ...tidy(m[0], unit.start + m.index! + 1) });
      }
      // "ai-agent is slow because model-a refuses its connections": "its" is the sentence's subject.
      for (const m of text.matchAll(/\b([\w-]+)\s+(?:is\s+|keeps\s+|has been\s+)?(?:also\s+|now\s+|still\s+)?(?:refus\w*|reject\w*|dropp\w*)\s+(?:its|their)\s+(?:connections?|requests?|calls?)\b/gi)) {
        if (/\b(not|\w*n['’]t|never|no longer|if|would|could|might)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
        const y = mentionsOf(m[1]!, names)[0]?.service;
        const owner = mentions.filter((z) => z.end <= m.index! && z.service !== y)[0]?.service ?? unit.lead[0];
        if (y && owner && owner !== y) push({ subjects: [owner], relation: 'cannot_reach', value: y, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "model-b refuses connections from web-ui": the same claim seen from the other end.
      for (const m of text.matchAll(/\b([\w-]+)\s+(?:is\s+|are\s+|keeps\s+|has been\s+)?(?:also\s+|now\s+|still\s+)?(?:refus\w*|reject\w*|dropp\w*|den(?:y|ies|ying))\s+(?:the\s+)?(?:connections?|requests?|calls?|traffic)\s+from\s+([\w-]+)/gi)) {
        if (/\b(not|\w*n['’]t|never|no longer)\s+$/i.test(text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
        const y = mentionsOf(m[1]!, names)[0]?.service;
        const x = mentionsOf(m[2]!, names)[0]?.service;
        if (!x || !y || x === y) continue;
        push({ subjects: [x], relation: 'cannot_reach', value: y, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "ai-agent doesn't use postgres, and neither does web-ui", "…, as does web-ui": the relation said again of another service.
      for (const m of text.matchAll(ELLIPSIS_RE)) {
        const who = mentionsOf(m[2] ?? m[3] ?? '', names)[0]?.service;
        const earlier = [...claims].reverse().find((c) => c.start < unit.start + m.index! && c.start >= previousStart && (c.relation === 'depends_on' || c.relation === 'dependency_count' || c.relation === 'cannot_reach'));
        if (!who || !earlier || earlier.subjects.includes(who) || earlier.value === who) continue;
        const polarity = /^(neither|nor)$/i.test(m[1] ?? '') ? false : earlier.polarity;
        push({ ...earlier, subjects: [who], polarity, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    if (claim.relation === 'only_without_dependencies') {
      const standalone = facts.names.filter((n) => (facts.dependencies(n) ?? ['?']).length === 0);
      const listed = claim.value as string[];
      if (standalone.length === listed.length && standalone.every((n) => listed.includes(n))) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says only ${listed.join(' and ')} have no dependencies.`, fact: `Services without dependencies: ${standalone.join(', ') || 'none'}.` };
    }
    for (const x of claim.subjects) {
      const deps = facts.dependencies(x);
      if (!deps) continue;
      const fact = `${x} depends on ${deps.length ? deps.join(', ') : 'nothing'}.`;
      const wrong = (message: string, f = fact) => ({ kind: 'contradicted_fact' as const, severity: 'error' as const, span: claim.span, start: claim.start, message, fact: f });
      if (claim.relation === 'reaches') {
        const y = claim.value as string;
        if (facts.reaches(x, y) === false) return wrong(`Says ${x} reaches ${y}.`, `check_dependencies this turn: ${x} cannot reach ${y}.`);
        continue;
      }
      if (claim.relation === 'cannot_reach') {
        const y = claim.value as string;
        // A connection between two services that do not talk to each other at all is invented, whatever the state.
        if (!deps.includes(y) && !(facts.dependencies(y) ?? []).includes(x)) return wrong(`Says ${x} has a connection to ${y} that fails.`, `${x} does not connect to ${y}: ${fact}`);
        const reached = facts.reaches(x, y);
        if (reached === false) continue;
        if (reached === true) return wrong(`Says ${x} cannot reach ${y}.`, `check_dependencies this turn: ${x} reaches ${y}.`);
        if (!facts.reports(x) && !facts.texts.some((t) => t.service === x)) continue;
        const ys = facts.state(y);
        const cut = facts.texts.some((t) => t.service === x && t.text.toLowerCase().includes(y) && /refus|lost|unavailable|fail|unreachable|econn|timed? ?out/i.test(t.text)) || (ys && (ys.status === 'stopped' || ys.status === 'restarting')) || (facts.state(x)?.issues ?? []).some((i) => i.includes(y));
        if (cut) continue;
        const about = facts.texts.filter((t) => t.service === x && /refus|lost|unavailable|econn/i.test(t.text)).map((t) => t.text);
        return wrong(`Says ${x} cannot reach ${y}.`, about.length ? `The tools say: ${about[0]}` : `Nothing in the tools says ${x} has lost ${y}.`);
      }
      switch (claim.relation) {
        case 'depends_on': {
          const y = claim.value as string;
          if (deps.includes(y) !== claim.polarity) return wrong(claim.polarity ? `Says ${x} depends on ${y}.` : `Says ${x} does not depend on ${y}.`);
          break;
        }
        case 'depends_only_on': {
          const listed = claim.value as string[];
          if (listed.length !== deps.length || listed.some((y) => !deps.includes(y))) return wrong(`Says ${x} depends on exactly ${listed.join(', ')}.`);
          break;
        }
        case 'dependency_count':
          if ((deps.length === claim.value) !== claim.polarity) return wrong(`Says ${x} has ${claim.value} dependencies.`);
          break;
        case 'dependent_count': {
          const dependents = facts.dependents(x);
          if (dependents.length !== claim.value) return wrong(`Says ${claim.value} service(s) depend on ${x}.`, `${dependents.length ? dependents.join(', ') : 'Nothing'} depend${dependents.length === 1 ? 's' : ''} on ${x}.`);
          break;
        }
        case 'dependents_within': {
          const extra = facts.dependents(x).filter((d) => !(claim.value as string[]).includes(d));
          if (extra.length) return wrong(`Says nothing else depends on ${x}.`, `${extra.join(', ')} also depend${extra.length === 1 ? 's' : ''} on ${x}.`);
          break;
        }
        case 'dependents_are': {
          const dependents = facts.dependents(x);
          const users = claim.value as string[];
          if (users.some((u) => !dependents.includes(u)) === claim.polarity) return wrong(`Says ${users.join(', ')} depend${users.length === 1 ? 's' : ''} on ${x}.`, `${dependents.length ? dependents.join(', ') : 'Nothing'} depend${dependents.length === 1 ? 's' : ''} on ${x}.`);
          break;
        }
        case 'dependencies_status': {
          const word = claim.value as string;
          // "reachable" is what check_dependencies measured, when it ran: a healthy service can still refuse this one.
          const reach = deps.map((d) => facts.reaches(x, d));
          if (word === 'reachable' && deps.length && reach.every((r) => r !== undefined)) {
            if (reach.every(Boolean)) break;
            return wrong(`Says every dependency of ${x} is reachable.`, `check_dependencies this turn: ${x} cannot reach ${deps.filter((_, i) => !reach[i]).join(', ')}.`);
          }
          const states = deps.map((d) => facts.state(d)!).filter((s) => s && facts.reports(s.name) && s.status !== undefined);
          if (!states.length || states.length < deps.length) break;
          const good = /^(healthy|fine|ok|okay|green)$/.test(word) ? states.every(isHealthy) : /^(up|running|reachable)$/.test(word) ? states.every((s) => s.status === 'running' || s.status === 'degraded') : word.startsWith('not-') ? states.every((s) => s.status !== 'stopped') : states.some((s) => !isHealthy(s));
          if (!good) return wrong(`Says the dependencies of ${x} are ${word.replace('not-', 'not ')}.`, `${states.map((s) => `${s.name}: ${s.status}${s.health ? `/${s.health}` : ''}`).join(', ')}.`);
          break;
        }
      }
    }
    return undefined;
  },
};
