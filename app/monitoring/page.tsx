import type { Metadata } from 'next';
import { LoadTestSection } from '@/components/monitoring/load-test-section';
import { MonitoringDashboard } from '@/components/monitoring/monitoring-dashboard';

export const metadata: Metadata = { title: 'Monitoring' };

export default function MonitoringPage() {
  return (
    <>
      <section className="page-header">
        <h1>Monitoring</h1>
        <p>
          The app watches itself: every request (counted once, from its server span), latency percentiles, errors by
          class, resources, AI figures, health and alerts. Refreshes every 5 seconds.
        </p>
      </section>
      <MonitoringDashboard />
      <div className="mon-stack lt-section">
        <LoadTestSection />
      </div>
    </>
  );
}
