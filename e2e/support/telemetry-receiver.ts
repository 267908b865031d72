import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTraceRequest } from './otlp-protobuf';

/** One Application Insights envelope as the Azure Monitor exporter sends it. */
export interface Envelope {
  name: string;
  time: string;
  iKey: string;
  tags: Record<string, string>;
  data: { baseType: string; baseData: Record<string, unknown> };
}

/**
 * A local stand-in for the telemetry backends, decoding what the exporters send:
 * Application Insights ingestion (`POST …/v2.1/track`, gzip JSON envelopes) and
 * OTLP/HTTP, protobuf or JSON (`POST /v1/traces|metrics|logs`, or a path in
 * signalPaths). Anything else (live metrics pings) is answered 200 and ignored.
 */
export class TelemetryReceiver {
  readonly envelopes: Envelope[] = [];
  readonly otlp = { traces: [] as unknown[], metrics: [] as unknown[], logs: [] as unknown[] };
  /** Every OTLP POST: its path and content type (which endpoint and encoding the app used). */
  readonly otlpRequests: Array<{ path: string; contentType: string; signal: string }> = [];
  /** Paths other than /v1/<signal> that take a signal (per-signal endpoints such as OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). */
  readonly signalPaths = new Map<string, 'traces' | 'metrics' | 'logs'>();
  private servers: Array<http.Server | https.Server> = [];
  private sockets = new Set<Socket>();
  /** PEM file of the self-signed certificate of the https listener (for NODE_EXTRA_CA_CERTS). */
  caFile = '';

  /** Plain http (OTLP). */
  start(): Promise<string> {
    return this.listen(http.createServer((req, res) => this.handle(req, res)), 'http');
  }

  /**
   * https with a fresh self-signed certificate for 127.0.0.1: the Azure Monitor
   * exporter only speaks https. Give the app NODE_EXTRA_CA_CERTS=caFile.
   */
  startTls(): Promise<string> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-tls-'));
    const key = path.join(dir, 'key.pem');
    this.caFile = path.join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', this.caFile,
    ], { stdio: 'ignore' });
    const server = https.createServer({ key: readFileSync(key), cert: readFileSync(this.caFile) }, (req, res) => this.handle(req, res));
    return this.listen(server, 'https');
  }

  private async listen(server: http.Server | https.Server, scheme: string): Promise<string> {
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.servers.push(server);
    return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    this.servers = [];
  }

  ofType(baseType: string): Array<Record<string, unknown> & { tags: Record<string, string> }> {
    return this.envelopes.filter((e) => e.data?.baseType === baseType).map((e) => ({ ...e.data.baseData, tags: e.tags }));
  }

  /** Every OTLP span, flattened, with attributes as a plain object. */
  otlpSpans(): Array<{ name: string; traceId: string; kind: number; attributes: Record<string, unknown>; resource: Record<string, unknown> }> {
    const out = [];
    for (const payload of this.otlp.traces as Array<{ resourceSpans?: unknown[] }>) {
      for (const rs of (payload.resourceSpans ?? []) as Array<{ resource?: { attributes?: Kv[] }; scopeSpans?: Array<{ spans?: OtlpSpan[] }> }>) {
        const resource = kvs(rs.resource?.attributes);
        for (const ss of rs.scopeSpans ?? []) for (const span of ss.spans ?? []) out.push({ name: span.name, traceId: span.traceId, kind: span.kind, attributes: kvs(span.attributes), resource });
      }
    }
    return out;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    // The browser SDK posts from the page's origin, as the real ingestion endpoint allows.
    res.setHeader('access-control-allow-origin', String(req.headers.origin ?? '*'));
    res.setHeader('access-control-allow-credentials', 'true');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'POST, OPTIONS', 'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? 'content-type'), 'access-control-max-age': '600' });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip' || (body[0] === 0x1f && body[1] === 0x8b)) body = gunzipSync(body);
      const url = req.url ?? '';
      try {
        if (url.includes('/v2.1/track') || url.includes('/v2/track')) {
          const text = body.toString('utf8').trim();
          const items: Envelope[] = text.startsWith('[') ? JSON.parse(text) : text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
          this.envelopes.push(...items);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
          return;
        }
        const signal = this.signalPaths.get(url) ?? (/\/v1\/(traces|metrics|logs)$/.exec(url)?.[1] as 'traces' | 'metrics' | 'logs' | undefined);
        if (signal) {
          const contentType = String(req.headers['content-type'] ?? '');
          this.otlpRequests.push({ path: url, contentType, signal });
          if (contentType.includes('protobuf')) {
            // Spans are decoded; metrics and logs are kept as text, enough to find the names they carry.
            this.otlp[signal].push(signal === 'traces' ? decodeTraceRequest(body) : { protobuf: body.toString('latin1') });
          } else {
            this.otlp[signal].push(JSON.parse(body.toString('utf8')));
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{}');
          return;
        }
      } catch {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  }
}

type Kv = { key: string; value: Record<string, unknown> };
type OtlpSpan = { name: string; traceId: string; kind: number; attributes?: Kv[] };

function kvs(list: Kv[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of list ?? []) out[key] = Object.values(value)[0];
  return out;
}
