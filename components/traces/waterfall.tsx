'use client';

import { useMemo, useState } from 'react';
import type { StoredSpan } from '@/lib/telemetry/types';

interface Row {
  span: StoredSpan;
  depth: number;
}

/** Orders spans parent-first (depth-first by start time) so the waterfall reads as a tree. */
export function toRows(spans: StoredSpan[]): Row[] {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string | undefined, StoredSpan[]>();
  for (const s of spans) {
    const parent = s.parentSpanId && ids.has(s.parentSpanId) ? s.parentSpanId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  const rows: Row[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const s of (children.get(parent) ?? []).sort((a, b) => a.startMs - b.startMs)) {
      rows.push({ span: s, depth });
      walk(s.spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return rows;
}

function tone(span: StoredSpan) {
  if (span.status === 'error') return 'var(--bad)';
  if (span.attributes['gen_ai.operation.name'] === 'execute_tool') return 'var(--warn)';
  if (span.attributes['gen_ai.operation.name']) return 'var(--ok)';
  if (span.attributes['db.system'] || span.attributes['db.system.name']) return '#d2a8ff';
  if (span.kind === 1) return 'var(--accent)';
  return '#6e7681';
}

export function Waterfall({ spans }: { spans: StoredSpan[] }) {
  const rows = useMemo(() => toRows(spans), [spans]);
  const [selected, setSelected] = useState<string | undefined>(rows[0]?.span.spanId);
  const start = Math.min(...spans.map((s) => s.startMs));
  const end = Math.max(...spans.map((s) => s.startMs + s.durationMs));
  const total = Math.max(end - start, 0.001);
  const chosen = spans.find((s) => s.spanId === selected);

  return (
    <div className="waterfall-layout">
      <ol className="waterfall" aria-label="Spans, in call order">
        {rows.map(({ span, depth }) => {
          const left = ((span.startMs - start) / total) * 100;
          const width = Math.max((span.durationMs / total) * 100, 0.4);
          return (
            <li key={span.spanId}>
              <button
                type="button"
                className="waterfall__row"
                aria-pressed={span.spanId === selected}
                onClick={() => setSelected(span.spanId)}
              >
                <span className="waterfall__name" style={{ paddingLeft: depth * 14 }}>
                  {span.name}
                </span>
                <span className="waterfall__track" aria-hidden="true">
                  <span className="waterfall__bar" style={{ left: `${left}%`, width: `${width}%`, background: tone(span) }} />
                </span>
                <span className="waterfall__ms">{span.durationMs.toFixed(1)} ms</span>
              </button>
            </li>
          );
        })}
      </ol>
      {chosen && (
        <section className="card waterfall__detail" aria-label="Span details">
          <h3>{chosen.name}</h3>
          <p className="muted">
            {chosen.durationMs.toFixed(2)} ms · status {chosen.status}
            {chosen.statusMessage ? ` (${chosen.statusMessage})` : ''} · span {chosen.spanId}
          </p>
          <table className="table">
            <tbody>
              {Object.entries(chosen.attributes).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row"><code>{k}</code></th>
                  <td className="break-all">{String(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {chosen.events.length > 0 && (
            <>
              <h4>Events</h4>
              <ul>
                {chosen.events.map((e, i) => (
                  <li key={i}>
                    <strong>{e.name}</strong>{' '}
                    <pre className="pre-wrap">{JSON.stringify(e.attributes, null, 2)}</pre>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
