// MCP tools/call round trip over Streamable HTTP, measured with the official SDK
// client against a running AIMon (or any MCP server):
//
//   npx tsx scripts/bench/mcp-roundtrip.ts [--url http://127.0.0.1:3000/api/mcp] [--calls 300] [--warmup 30] [--tool get_service_status] [--args '{"service":"redis"}'] [--json]
//
// Prints p50/p90/p99/max in ms (or one JSON object with --json, for `npm run bench`).
// A figure, not a test: nothing here asserts a timing.
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { cpuMs } from './profile';

export interface RoundTripReport {
  url: string;
  tool: string;
  calls: number;
  errors: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** The server's CPU time (user + system) per measured call, when its process id was given: steadier than wall time on a loaded machine. */
  serverCpuMsPerCall?: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function measureMcpRoundTrip(options: {
  url: string;
  calls: number;
  warmup: number;
  tool: string;
  args: Record<string, unknown>;
  /** The server's process id (Linux), to read its CPU time around the measured calls. */
  serverPid?: number;
}): Promise<RoundTripReport> {
  const client = new Client({ name: 'aimon-bench', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(options.url)));
  const samples: number[] = [];
  let errors = 0;
  let cpuBefore = 0;
  let cpuUsed: number | undefined;
  try {
    for (let i = 0; i < options.warmup + options.calls; i++) {
      if (i === options.warmup && options.serverPid) cpuBefore = cpuMs(options.serverPid);
      const started = performance.now();
      const result = await client.callTool({ name: options.tool, arguments: options.args });
      const elapsed = performance.now() - started;
      if (i < options.warmup) continue;
      samples.push(elapsed);
      if (result.isError) errors += 1;
    }
    if (options.serverPid) cpuUsed = cpuMs(options.serverPid) - cpuBefore;
  } finally {
    await client.close();
  }
  samples.sort((a, b) => a - b);
  const r = (ms: number) => Math.round(ms * 100) / 100;
  return {
    url: options.url,
    tool: options.tool,
    calls: samples.length,
    errors,
    p50Ms: r(percentile(samples, 50)),
    p90Ms: r(percentile(samples, 90)),
    p99Ms: r(percentile(samples, 99)),
    maxMs: r(samples.at(-1) ?? Number.NaN),
    meanMs: r(samples.reduce((a, b) => a + b, 0) / samples.length),
    ...(cpuUsed === undefined ? {} : { serverCpuMsPerCall: r(cpuUsed / samples.length) }),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:3000/api/mcp' },
      calls: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '30' },
      tool: { type: 'string', default: 'get_service_status' },
      args: { type: 'string', default: '{"service":"redis"}' },
      json: { type: 'boolean', default: false },
    },
  });
  const report = await measureMcpRoundTrip({
    url: values.url,
    calls: Number(values.calls),
    warmup: Number(values.warmup),
    tool: values.tool,
    args: JSON.parse(values.args) as Record<string, unknown>,
  });
  if (values.json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`MCP tools/call ${report.tool} → ${report.url}`);
  console.log(`  ${report.calls} calls (${report.errors} tool errors)`);
  console.log(`  p50 ${report.p50Ms} ms · p90 ${report.p90Ms} ms · p99 ${report.p99Ms} ms · max ${report.maxMs} ms · mean ${report.meanMs} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`bench failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
