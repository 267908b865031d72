/**
 * A fenced JSON or YAML block in an answer ("```json { "status": "stopped" }```")
 * is a set of claims, not a quote: a model writes its own summary that way as
 * often as it pastes a tool's output. This reads such a block into one line
 * per field, in words the claim modules read ("latency: 5113 ms" for
 * `latency_ms: 5113`, "error rate: 23.8 %" for `errorRate: 0.238`), each with
 * the service it is about: the block's `name`/`service` field, or the key a
 * service's fields are nested under. A block that is neither (a log excerpt,
 * a shell command) is left to be read as quoted words.
 */
export interface Field {
  /** The field as words: "latency: 5113 ms". */
  text: string;
  /** The field's name as words ("latency"), what a bare value is. */
  label: string;
  /** Offset of the field in the block's text. */
  start: number;
  subjects: string[];
}

const UNIT_WORDS: Record<string, string> = { ms: ' ms', millis: ' ms', milliseconds: ' ms', s: ' s', sec: ' s', secs: ' s', seconds: ' s', mb: ' MB', mib: ' MiB', gb: ' GB', gib: ' GiB', pct: ' %', percent: ' %', rps: ' requests per second' };

/** `latency_ms`, `memoryPct`, `error-rate` → its words and the unit its name carries. */
function words(key: string): { label: string; unit: string } {
  const parts = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
  const last = parts.at(-1) ?? '';
  const unit = parts.length > 1 && UNIT_WORDS[last] ? UNIT_WORDS[last]! : '';
  const label = (unit ? parts.slice(0, -1) : parts).join(' ');
  return { label: label === 'requests per sec' || label === 'req per sec' ? 'requests per second' : label, unit };
}

function fieldText(key: string, value: string): { text: string; label: string } {
  const { label, unit } = words(key);
  let v = value.trim().replace(/^["']|["'],?$|,$/g, '').replace(/^["']|["']$/g, '');
  // An error rate written as a fraction (0.238) is a share of requests.
  if (/^error rate$/.test(label) && !unit && /^0?\.\d+$|^[01]$/.test(v)) v = `${Math.round(Number(v) * 10000) / 100} %`;
  return { text: `${label}: ${v}${unit}`, label };
}

/** A block as a tree: objects (fields in order, with where each starts in the block), lists, values. */
type Node = { fields: Array<{ key: string; value: Node | string; start: number }> } | { items: Array<Node | string> };

function fromJson(block: string): Node | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(block.trim());
  } catch {
    return undefined;
  }
  let from = 0;
  const at = (key: string) => {
    const i = block.indexOf(`"${key}"`, from);
    if (i >= 0) from = i + key.length + 2;
    return Math.max(0, i);
  };
  const build = (v: unknown): Node | string => {
    if (Array.isArray(v)) return { items: v.map(build) };
    if (v && typeof v === 'object') return { fields: Object.entries(v as Record<string, unknown>).map(([key, x]) => ({ key, start: at(key), value: build(x) })) };
    return String(v);
  };
  const root = build(parsed);
  return typeof root === 'string' ? undefined : root;
}

/** YAML as models write it: `key: value`, `key:` over an indented map, `- key: value` list items. Anything else is not YAML here. */
function fromYaml(block: string): Node | undefined {
  const lines: Array<{ indent: number; item: boolean; key: string; value?: string; start: number; scalar?: boolean }> = [];
  let offset = 0;
  for (const raw of block.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    if (!raw.trim() || /^\s*(#|---\s*$)/.test(raw)) continue;
    const m = /^(\s*)(-\s+)?["']?([\w. -]*?[\w.-])["']?\s*:(?:\s+(.*?))?\s*$/.exec(raw);
    // "- restart postgres (busy)": a list item that is a value, not a map.
    const item = /^(\s*)-\s+(.+?)\s*$/.exec(raw);
    if (!m && item) {
      lines.push({ indent: item[1]!.length + 2, item: true, key: '', value: item[2]!, start: start + item[1]!.length + 2, scalar: true });
      continue;
    }
    if (!m) return undefined;
    lines.push({ indent: m[1]!.length + (m[2]?.length ?? 0), item: !!m[2], key: m[3]!, value: m[4] || undefined, start: start + m[1]!.length + (m[2]?.length ?? 0) });
  }
  if (lines.length < 2) return undefined;
  let i = 0;
  // Reads the map whose keys sit at `indent` (a list item's map starts on its "- " line).
  const map = (indent: number): Node => {
    const fields: Array<{ key: string; value: Node | string; start: number }> = [];
    while (i < lines.length && lines[i]!.indent === indent) {
      if (lines[i]!.item && fields.length) break;
      const line = lines[i++]!;
      if (line.value !== undefined) fields.push({ key: line.key, value: line.value, start: line.start });
      else if (i < lines.length && lines[i]!.indent > indent) fields.push({ key: line.key, value: lines[i]!.item ? list(lines[i]!.indent) : map(lines[i]!.indent), start: line.start });
    }
    return { fields };
  };
  const list = (indent: number): Node => {
    const items: Array<Node | string> = [];
    while (i < lines.length && lines[i]!.indent === indent && lines[i]!.item) items.push(lines[i]!.scalar ? lines[i++]!.value! : map(indent));
    return { items };
  };
  const root = lines[0]!.item ? list(lines[0]!.indent) : map(lines[0]!.indent);
  return i === lines.length ? root : undefined;
}

/** The fields of a structured block, or undefined when it is not one. `outer` is who the text around it is about. */
export function structuredFields(block: string, lang: string, names: readonly string[], outer: string[]): Field[] | undefined {
  if (lang && !/^(json|jsonc|ya?ml)$/i.test(lang)) return undefined;
  const root = /^\s*[{[]/.test(block) ? fromJson(block) : fromYaml(block);
  if (!root) return undefined;
  const service = (v: string) => names.find((n) => n === v.trim().replace(/^["']|["']$/g, '').toLowerCase());
  const isName = (k: string) => /^(name|service|service_?name|id)$/i.test(k);
  const fields: Field[] = [];
  const walk = (node: Node, subjects: string[]) => {
    if ('items' in node) {
      for (const item of node.items) if (typeof item !== 'string') walk(item, subjects);
      return;
    }
    const own = node.fields.find((f) => isName(f.key) && typeof f.value === 'string' && service(f.value));
    const here = own ? [service(own.value as string)!] : subjects;
    // { "action": "clear_cache", "state": "done" }: the action and how far it got are one claim, "cache flush: done".
    const action = node.fields.find((f) => /^(action|kind|operation|op)$/i.test(f.key) && typeof f.value === 'string');
    const state = node.fields.find((f) => /^(state|status|result|outcome|progress)$/i.test(f.key) && typeof f.value === 'string');
    for (const f of node.fields) {
      if (Array.isArray((f.value as { items?: unknown }).items) && (f.value as { items: unknown[] }).items.every((x) => typeof x === 'string')) {
        // "degraded": ["model-a", "web-ui"], "refused": ["restart postgres (busy)"]: the key said of each entry.
        const items = (f.value as { items: string[] }).items;
        fields.push({ text: `${words(f.key).label}: ${items.join(', ')}`, label: words(f.key).label, start: f.start, subjects: here });
      } else if (typeof f.value === 'string') {
        if (f === own || (action && state && f === state)) continue;
        if (action && state && f === action) {
          const noun = /clear.?cache|flush|purge/i.test(f.value) ? 'cache flush' : f.value.replace(/_/g, ' ');
          fields.push({ text: `${noun}: ${(state.value as string).replace(/_/g, ' ')}`, label: 'action', start: f.start, subjects: here });
          continue;
        }
        const { text, label } = fieldText(f.key, f.value);
        fields.push({ text, label, start: f.start, subjects: here });
      } else {
        const named = service(f.key);
        walk(f.value, named ? [named] : here);
      }
    }
  };
  walk(root, outer);
  return fields.length ? fields : undefined;
}
