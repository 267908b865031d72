import { PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { DataPointType, type MetricData, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { telemetryState } from './sdk';

const serializer = new PrometheusSerializer();

/** UCUM units (as OpenTelemetry instruments declare them) in the words Prometheus names use. */
const UNIT_WORDS: Record<string, string> = {
  d: 'days',
  h: 'hours',
  min: 'minutes',
  s: 'seconds',
  ms: 'milliseconds',
  us: 'microseconds',
  ns: 'nanoseconds',
  By: 'bytes',
  KiBy: 'kibibytes',
  MiBy: 'mebibytes',
  GiBy: 'gibibytes',
  KBy: 'kilobytes',
  MBy: 'megabytes',
  GBy: 'gigabytes',
  '%': 'percent',
  Hz: 'hertz',
};
const PER_WORDS: Record<string, string> = { s: 'second', min: 'minute', h: 'hour', d: 'day' };

/**
 * The suffix the OpenTelemetry-Prometheus compatibility spec gives a unit:
 * words for abbreviations (`s` → `seconds`, `By` → `bytes`), `1` → `ratio`
 * for gauges, `a/b` → `a_per_b`, and annotations (`{token}`) dropped.
 * The JavaScript exporter does not do this itself (the collector's
 * Prometheus exporters do, so both paths give the same names).
 */
export function prometheusUnitSuffix(unit: string | undefined, gauge: boolean): string {
  const u = (unit ?? '').replace(/\{[^}]*\}/g, '').trim();
  if (!u) return '';
  if (u === '1') return gauge ? 'ratio' : '';
  const [num, per] = u.split('/', 2) as [string, string | undefined];
  const word = (x: string) => UNIT_WORDS[x] ?? x.replace(/[^a-zA-Z0-9]/g, '');
  if (per !== undefined) {
    const a = num && num !== '1' ? word(num) : '';
    const b = PER_WORDS[per] ?? word(per);
    return [a, b && `per_${b}`].filter(Boolean).join('_');
  }
  return word(num);
}

function isGauge(m: MetricData): boolean {
  return m.dataPointType === DataPointType.GAUGE || (m.dataPointType === DataPointType.SUM && !m.isMonotonic);
}

/** `http.server.request.duration` with unit `s` → `http.server.request.duration_seconds` (the serializer then writes `_` and `_total`). */
export function prometheusMetricName(name: string, unit: string | undefined, gauge: boolean): string {
  const suffix = prometheusUnitSuffix(unit, gauge);
  if (!suffix) return name;
  // "unless the metric name already contains the unit" (aimon.disk.used.percent stays as it is).
  const tokens = `_${name.replace(/[^a-zA-Z0-9]+/g, '_')}_`;
  return tokens.includes(`_${suffix}_`) ? name : `${name}_${suffix}`;
}

function withUnitSuffixes(rm: ResourceMetrics): ResourceMetrics {
  return {
    ...rm,
    scopeMetrics: rm.scopeMetrics.map((sm) => ({
      ...sm,
      metrics: sm.metrics.map((m) => ({ ...m, descriptor: { ...m.descriptor, name: prometheusMetricName(m.descriptor.name, m.descriptor.unit, isGauge(m)) } }) as MetricData),
    })),
  };
}

/** Collected metrics in the Prometheus text format, with unit suffixes in the names. */
export function toPrometheusText(resourceMetrics: ResourceMetrics): string {
  return serializer.serialize(withUnitSuffixes(resourceMetrics));
}

/** Current metrics in the Prometheus text format (for GET /metrics), or undefined when telemetry is off. */
export async function prometheusText(): Promise<string | undefined> {
  const exporter = telemetryState().prometheus;
  if (!exporter) return undefined;
  const { resourceMetrics, errors } = await exporter.collect();
  if (errors.length) throw new AggregateError(errors, 'metric collection failed');
  return toPrometheusText(resourceMetrics);
}
