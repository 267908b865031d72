import type { Metadata } from 'next';
import { UnderConstruction } from '@/components/layout/under-construction';

export const metadata: Metadata = { title: 'Monitoring' };

export default function MonitoringPage() {
  return <UnderConstruction title="Monitoring" blurb="The app watches itself: request rate, errors, p95/p99 latency, resources, health and alerts." />;
}
