import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The files in deploy/ as their tools read them: Prometheus's promtool, Debian's
 * docker-compose (1.29, which validates and interpolates like Compose v2), and
 * the collector config's shape (no collector binary here). The live part, a
 * real Prometheus scraping the app, is e2e/prometheus.spec.ts.
 */
const deploy = (...p: string[]) => path.resolve('deploy', ...p);

function run(command: string, args: string[], env: Record<string, string> = {}) {
  // An empty ADMIN_TOKEN counts as unset for `${ADMIN_TOKEN:?…}`, whatever the caller's shell has.
  const r = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ADMIN_TOKEN: '', SESSION_SECRET: '', ...env } });
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('deploy/prometheus', () => {
  it('promtool accepts the scrape config (with its rule file) and the alert rules', () => {
    const config = run('promtool', ['check', 'config', deploy('prometheus/prometheus.yml')]);
    expect(config.out).toContain('1 rule files found');
    expect(config.status).toBe(0);
    const rules = run('promtool', ['check', 'rules', deploy('prometheus/alert-rules.yml')]);
    expect(rules.status, rules.out).toBe(0);
    expect(rules.out).toMatch(/SUCCESS: \d+ rules found/);
  });
});

describe('deploy/docker-compose.yml', () => {
  it('refuses to start without ADMIN_TOKEN, and has no default for it', () => {
    const missing = run('docker-compose', ['-f', deploy('docker-compose.yml'), 'config']);
    expect(missing.status).not.toBe(0);
    expect(missing.out).toContain('set ADMIN_TOKEN');
  });

  it('is a valid compose file whose services reach each other as the configs say', () => {
    const r = run('docker-compose', ['-f', deploy('docker-compose.yml'), 'config'], { ADMIN_TOKEN: 'compose-test-token-0123' });
    expect(r.status, r.out).toBe(0);
    const compose = parse(r.out) as { services: Record<string, { environment?: Record<string, string>; ports?: unknown[] }> };
    const aimon = compose.services.aimon!.environment!;
    expect(aimon.ADMIN_TOKEN).toBe('compose-test-token-0123');
    // Metrics are scraped from /metrics; over OTLP they would reach Prometheus twice.
    expect(aimon.OTEL_METRICS_EXPORTER).toBe('prometheus');
    const otlp = new URL(aimon.OTEL_EXPORTER_OTLP_ENDPOINT!);
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining([otlp.hostname, 'prometheus', 'grafana', 'jaeger', 'postgres']));

    const collector = parse(readFileSync(deploy('otel-collector/config.yaml'), 'utf8'));
    expect(collector.receivers.otlp.protocols.http.endpoint).toBe(`0.0.0.0:${otlp.port}`);
    // Collector ≥ 0.111 serves its own metrics on localhost only unless told otherwise.
    expect(collector.service.telemetry.metrics.readers[0].pull.exporter.prometheus).toEqual({ host: '0.0.0.0', port: 8888 });
    const prometheus = parse(readFileSync(deploy('prometheus/prometheus.yml'), 'utf8'));
    const targets = Object.fromEntries(prometheus.scrape_configs.map((j: { job_name: string; static_configs: { targets: string[] }[] }) => [j.job_name, j.static_configs[0]!.targets[0]]));
    expect(targets['otel-collector']).toBe('otel-collector:8888');
    expect(targets.aimon).toBe('aimon:3000');

    // Every pipeline's exporters are defined, and traces reach a real backend (Jaeger in the stack), not only debug.
    for (const pipeline of Object.values(collector.service.pipelines) as { exporters: string[] }[]) {
      for (const e of pipeline.exporters) expect(Object.keys(collector.exporters)).toContain(e);
    }
    expect(collector.service.pipelines.traces.exporters).not.toEqual(['debug']);
    const jaeger = new URL(`http://${collector.exporters['otlp/jaeger'].endpoint}`);
    expect(jaeger.hostname in compose.services).toBe(true);
    // Grafana's data sources point at services of the stack.
    const sources = parse(readFileSync(deploy('grafana/provisioning/datasources/datasources.yml'), 'utf8')).datasources as { url: string }[];
    for (const s of sources) expect(new URL(s.url).hostname in compose.services).toBe(true);
  });
});
