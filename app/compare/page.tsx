import type { Metadata } from 'next';
import { CompareDashboard } from '@/components/compare/compare-dashboard';
import { loadComparison } from '@/lib/compare';
import { DEFAULT_COMPARE_RANGE } from '@/lib/compare/types';
import { groundingQuality } from '@/lib/feedback';
import { readInitialData } from '@/lib/pages';

export const metadata: Metadata = { title: 'Compare' };

export default async function ComparePage() {
  // The report /api/compare answers for the range the page opens with (same read): tables in the first paint.
  const [initial, quality] = await Promise.all([
    readInitialData('/compare report', () => loadComparison(DEFAULT_COMPARE_RANGE)),
    // The detector's figures too (GET /api/grounding/quality's read), so that panel does not push the page down.
    readInitialData('/compare grounding quality', () => groundingQuality()),
  ]);
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
      <CompareDashboard initial={initial} quality={quality} />
    </>
  );
}
