import type { Metadata } from 'next';
import { CompareDashboard } from '@/components/compare/compare-dashboard';

export const metadata: Metadata = { title: 'Compare' };

export default function ComparePage() {
  return (
    <>
      <section className="page-header">
        <h1>Compare</h1>
        <p>
          Model A and Model B side by side: workflow latency (p50, p95) over time, success rate, tokens, cost and tool
          calls per workflow, and the hallucination rate of their answers. Refreshes every 10 seconds; ask both the same
          question below.
        </p>
      </section>
      <CompareDashboard />
    </>
  );
}
