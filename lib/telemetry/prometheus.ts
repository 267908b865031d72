import { PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { telemetryState } from './sdk';

const serializer = new PrometheusSerializer();

/** Current metrics in the Prometheus text format (for GET /metrics), or undefined when telemetry is off. */
export async function prometheusText(): Promise<string | undefined> {
  const exporter = telemetryState().prometheus;
  if (!exporter) return undefined;
  const { resourceMetrics, errors } = await exporter.collect();
  if (errors.length) throw new AggregateError(errors, 'metric collection failed');
  return serializer.serialize(resourceMetrics);
}
