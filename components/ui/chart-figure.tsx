'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * recharts 3 draws its layers through React portals into `<g>` elements, and
 * React listens for focus events on every portal container: Chromium makes an
 * SVG element with focus listeners focusable, so each chart held about eight
 * invisible Tab stops (accessibilityLayer={false} removes only the surface's).
 * tabindex="-1" takes them out of the Tab order, as layers are added too.
 */
function useNoTabStopsInside(box: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fix = () => {
      for (const node of el.querySelectorAll('svg, g[class*="recharts-zIndex-layer"]')) if (!node.hasAttribute('tabindex')) node.setAttribute('tabindex', '-1');
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [box]);
}

/** The figures behind a chart, for the table that stands in for it. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * One chart as the page shows it: a titled figure whose drawing (recharts) is
 * hidden from assistive technology and out of the Tab order, with its figures
 * as a table one disclosure away (the figure's only Tab stop) and a sentence
 * for screen readers. `boxClassName` gives the box its fixed height, so
 * nothing moves when the chart (loaded after the page) fills it.
 */
export function ChartFigure({ title, caption, summary, boxClassName, table, children }: { title: string; caption?: ReactNode; summary?: string; boxClassName: string; table?: ChartTable; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useNoTabStopsInside(box);
  const hydrated = useHydrated();
  return (
    <figure className="card mon-chart" aria-label={title} data-chart={title}>
      <figcaption className="mon-chart__title">{caption ?? title}</figcaption>
      <div className={boxClassName} aria-hidden="true" ref={box}>
        {children}
      </div>
      {summary && <p className="visually-hidden">{summary}</p>}
      {table && table.rows.length > 0 && (
        <details className="chart-table">
          <summary>Figures as a table</summary>
          {/* Filled after hydration: its times are in the visitor's zone and locale, which the server does not know. Closed, so nothing moves. */}
          {hydrated && (
          <div className="table-wrap">
            <table className="table cmp-table">
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col">{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          )}
        </details>
      )}
    </figure>
  );
}
