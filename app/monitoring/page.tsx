import type { Metadata } from 'next';
import { LoadTestSection } from '@/components/monitoring/load-test-section';
import { MonitoringDashboard } from '@/components/monitoring/monitoring-dashboard';
import { groundingQuality } from '@/lib/feedback';
import { metricsReport } from '@/lib/monitoring';
import { DASHBOARD_WINDOW } from '@/lib/monitoring/types';
import { readInitialData } from '@/lib/pages';

export const metadata: Metadata = { title: 'Monitoring' };

export default async function MonitoringPage() {
  // The report /api/metrics answers for the window the page opens with (same cached read):
  // the console is in the first paint, so the load tester below it stays where it is.
  const [initial, quality] = await Promise.all([
    readInitialData('/monitoring report', () => metricsReport(DASHBOARD_WINDOW)),
    readInitialData('/monitoring grounding quality', () => groundingQuality()),
  ]);
  return (
    <>
      <section className="page-header">
        <h1>Monitoring</h1>
        <p>
          The app watches itself: every request (counted once, from its server span), latency percentiles, errors by
          class, resources, AI figures, health and alerts. Refreshes every 5 seconds.
        </p>
      </section>
      <MonitoringDashboard initial={initial} quality={quality} />
      <div className="mon-stack lt-section">
        <LoadTestSection />
      </div>
    </>
  );
}
