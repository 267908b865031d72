'use client';

// The look every recharts chart shares (axis, tooltip, grid) and the box it
// fills. Imported only by the *-chart-views modules, which each page loads
// with next/dynamic, so recharts stays out of the first bundle.
import { ResponsiveContainer } from 'recharts';

export const AXIS = { stroke: '#8b949e', fontSize: 11 };
export const TOOLTIP = { contentStyle: { background: '#161b22', border: '1px solid #30363d', borderRadius: 8 }, labelStyle: { color: '#e6edf3' } };

/** Fills its (fixed-height) box; `initialHeight` is the size drawn before the box is measured. */
export function ChartFrame({ initialHeight, children }: { initialHeight: number; children: React.ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: initialHeight }}>
      {children}
    </ResponsiveContainer>
  );
}
