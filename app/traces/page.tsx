import type { Metadata } from 'next';
import { TraceList } from '@/components/traces/trace-list';

export const metadata: Metadata = { title: 'Traces' };

export default function TracesPage() {
  return (
    <>
      <section className="page-header">
        <h1>Traces</h1>
        <p>
          The last few hundred traces this server recorded, kept in memory: every request, database call, model call and
          tool call. Open one to see it as a waterfall. The same traces go to Application Insights or OTLP when configured.
        </p>
      </section>
      <TraceList />
    </>
  );
}
