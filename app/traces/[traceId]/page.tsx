import type { Metadata } from 'next';
import { TraceDetail } from '@/components/traces/trace-detail';

export const metadata: Metadata = { title: 'Trace' };

export default async function TracePage({ params }: { params: Promise<{ traceId: string }> }) {
  const { traceId } = await params;
  return <TraceDetail traceId={traceId} />;
}
